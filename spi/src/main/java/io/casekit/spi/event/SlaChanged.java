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
package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.SlaInstance;
import org.apiguardian.api.API;

/**
 * An SLA instance of the case started, paused, resumed, got a new target, neared its breach,
 * breached, succeeded or was cancelled. Carries the instance as it is after the change, so that a
 * replay needs no calendar arithmetic.
 *
 * @param header the header
 * @param change what happened
 * @param sla the instance after the change
 */
@API(status = STABLE, since = "0.1.0")
public record SlaChanged(EventHeader header, Change change, SlaInstance sla) implements CaseChange {

    /**
     * Checks that every component is present.
     *
     * @param header the header
     * @param change what happened
     * @param sla the instance after the change
     */
    public SlaChanged {
        Checks.notNull(header, "header");
        Checks.notNull(change, "change");
        Checks.notNull(sla, "sla");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .sla(sla)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }

    /** What happened to the instance. */
    public enum Change {
        /** The clock started. */
        STARTED,
        /** The clock stopped: the case waits. */
        PAUSED,
        /** The clock runs again; the deadline moved by the paused business time. */
        RESUMED,
        /** The target changed (a new priority or case type); the deadline was recomputed from the start. */
        RETARGETED,
        /** The warning time passed. */
        NEARING_BREACH,
        /** The deadline passed. */
        BREACHED,
        /** The promise was kept. */
        SUCCEEDED,
        /** The promise no longer applies. */
        CANCELLED
    }
}
