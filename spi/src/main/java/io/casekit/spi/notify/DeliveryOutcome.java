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
package io.casekit.spi.notify;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/** What became of one delivery attempt. A notifier returns it instead of throwing. */
@API(status = STABLE, since = "0.1.0")
public sealed interface DeliveryOutcome {

    /** The message was handed over for delivery. @param transportId the id the transport gave it, if any */
    record Delivered(Optional<String> transportId) implements DeliveryOutcome {
        /**
         * Checks that the transport id is present or explicitly empty.
         *
         * @param transportId the id the transport gave it, if any
         */
        public Delivered {
            Checks.notNull(transportId, "transportId");
        }
    }

    /**
     * The attempt failed for a reason that may pass (server down, rate limit); try again later.
     *
     * @param reason what went wrong, without secrets
     * @param retryAfter how long to wait at least, if the transport said
     */
    record RetryableFailure(String reason, Optional<Duration> retryAfter) implements DeliveryOutcome {
        /**
         * Checks the components.
         *
         * @param reason what went wrong, without secrets
         * @param retryAfter how long to wait at least, if the transport said
         * @throws IllegalArgumentException if {@code reason} is blank
         */
        public RetryableFailure {
            Checks.notBlank(reason, "reason");
            Checks.notNull(retryAfter, "retryAfter");
        }
    }

    /**
     * The message can never be delivered as it is (address rejected, message refused).
     *
     * @param reason what went wrong, without secrets
     */
    record PermanentFailure(String reason) implements DeliveryOutcome {
        /**
         * Checks the reason.
         *
         * @param reason what went wrong, without secrets
         * @throws IllegalArgumentException if {@code reason} is blank
         */
        public PermanentFailure {
            Checks.notBlank(reason, "reason");
        }
    }
}
