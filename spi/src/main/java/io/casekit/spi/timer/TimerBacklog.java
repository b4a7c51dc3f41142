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
package io.casekit.spi.timer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The timers that are due and not yet completed: for health checks and metrics.
 *
 * @param due how many timers are due (at or before the instant asked about), claimed or not
 * @param earliestDueAt the earliest due time among them; empty if none is due
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record TimerBacklog(long due, Optional<Instant> earliestDueAt) {

    /**
     * Checks the components.
     *
     * @param due how many timers are due, 0 or more
     * @param earliestDueAt the earliest due time, present exactly when a timer is due
     * @throws IllegalArgumentException if the count is negative or does not match the earliest
     */
    public TimerBacklog {
        Checks.notNegative(due, "due");
        Checks.notNull(earliestDueAt, "earliestDueAt");
        if (earliestDueAt.isPresent() != (due > 0)) {
            throw new IllegalArgumentException("earliestDueAt is present exactly when a timer is due");
        }
    }
}
