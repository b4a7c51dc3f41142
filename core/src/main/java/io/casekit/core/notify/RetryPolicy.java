/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.core.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * How often and how long the dispatcher tries a notification whose delivery failed for a reason
 * that may pass: after the n-th failed attempt it waits {@code firstDelay * 2^(n-1)}, at most
 * {@code maxDelay} (and at least what the transport asked for); after {@code maxAttempts} attempts
 * it gives up and marks the notification failed.
 *
 * @param firstDelay the wait after the first failed attempt, positive
 * @param maxDelay the longest wait, at least {@code firstDelay}
 * @param maxAttempts how many attempts in all, 1 or more
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** 30 seconds, doubling up to 1 hour, 12 attempts: a little over 5 hours before giving up. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 12);

    /**
     * Checks the components.
     *
     * @param firstDelay the wait after the first failed attempt, positive
     * @param maxDelay the longest wait, at least {@code firstDelay}
     * @param maxAttempts how many attempts in all, 1 or more
     * @throws IllegalArgumentException if {@code firstDelay} is not positive, {@code maxDelay} is
     *     shorter than it, or {@code maxAttempts} is less than 1
     */
    public RetryPolicy {
        requireNonNull(firstDelay, "firstDelay");
        requireNonNull(maxDelay, "maxDelay");
        checkArgument(!firstDelay.isNegative() && !firstDelay.isZero(), "firstDelay must be positive, was %s", firstDelay);
        checkArgument(maxDelay.compareTo(firstDelay) >= 0, "maxDelay %s must be at least firstDelay %s", maxDelay, firstDelay);
        checkArgument(maxAttempts >= 1, "maxAttempts must be 1 or more, was %s", maxAttempts);
    }

    /**
     * The wait after {@code failedAttempts} (1 or more) failed attempts.
     *
     * @param failedAttempts how many attempts failed so far, 1 or more
     * @return {@code firstDelay} doubled for each failed attempt after the first, at most {@code
     *     maxDelay}
     * @throws IllegalArgumentException if {@code failedAttempts} is less than 1
     */
    public Duration delayAfter(int failedAttempts) {
        checkArgument(failedAttempts >= 1, "failedAttempts must be 1 or more, was %s", failedAttempts);
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * Whether a notification that failed {@code failedAttempts} times may be tried again.
     *
     * @param failedAttempts how many attempts failed so far
     * @return {@code true} while fewer than {@code maxAttempts} attempts were made
     */
    public boolean allowsAnotherAfter(int failedAttempts) {
        return failedAttempts < maxAttempts;
    }
}
