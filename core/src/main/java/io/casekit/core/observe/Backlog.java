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
package io.casekit.core.observe;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Work that waits: the notifications the outbox still has to deliver, or the timers that are due
 * and not yet fired. For health checks and gauges.
 *
 * @param size how many wait
 * @param oldestAge how long the oldest has waited (a notification since its change was committed,
 *     a timer since it was due); zero if none waits
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Backlog(long size, Duration oldestAge) {

    /**
     * Checks the components.
     *
     * @param size how many wait, 0 or more
     * @param oldestAge how long the oldest has waited, not negative; zero if none waits
     * @throws IllegalArgumentException if a part is negative
     */
    public Backlog {
        if (size < 0 || oldestAge.isNegative()) {
            throw new IllegalArgumentException("a backlog is not negative: " + size + ", " + oldestAge);
        }
    }
}
