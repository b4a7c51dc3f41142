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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One entry of an SLA instance's pause ledger. Entries are only ever appended (and the open one
 * ended), so the history of every pause is kept.
 *
 * @param from when the clock stopped
 * @param until when it started again; empty while the pause lasts
 * @param statusReason the status that paused the clock
 */
@API(status = STABLE, since = "0.1.0")
public record SlaPause(Instant from, Optional<Instant> until, String statusReason) {

    /**
     * Checks the components.
     *
     * @param from when the clock stopped
     * @param until when it started again; empty while the pause lasts
     * @param statusReason the status that paused the clock
     * @throws IllegalArgumentException if {@code statusReason} is blank or {@code until} is before
     *     {@code from}
     */
    public SlaPause {
        Checks.notNull(from, "pause.from");
        Checks.notNull(until, "pause.until");
        Checks.notBlank(statusReason, "pause.statusReason");
        until.ifPresent(end -> {
            if (end.isBefore(from)) {
                throw new IllegalArgumentException("a pause cannot end before it starts");
            }
        });
    }

    /** {@return whether the pause still lasts, that is {@code until} is empty} */
    public boolean isOpen() {
        return until.isEmpty();
    }
}
