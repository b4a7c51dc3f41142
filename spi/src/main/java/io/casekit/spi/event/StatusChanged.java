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
import io.casekit.spi.model.CaseState;
import org.apiguardian.api.API;

/**
 * The status reason changed, and with it possibly the state (resolve, close, cancel and reopen are status changes too).
 *
 * @param header the header
 * @param from the old status reason code
 * @param to the new status reason code
 * @param fromState the old state
 * @param toState the new state
 * @param cause whether an actor asked for it or a rule of the definition made it
 */
@API(status = STABLE, since = "0.1.0")
public record StatusChanged(EventHeader header, String from, String to, CaseState fromState, CaseState toState, Cause cause) implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param from the old status reason code
     * @param to the new status reason code
     * @param fromState the old state
     * @param toState the new state
     * @param cause whether an actor asked for it or a rule of the definition made it
     * @throws IllegalArgumentException if {@code from} or {@code to} is blank
     */
    public StatusChanged {
        Checks.notNull(header, "header");
        Checks.notBlank(from, "from");
        Checks.notBlank(to, "to");
        Checks.notNull(fromState, "fromState");
        Checks.notNull(toState, "toState");
        Checks.notNull(cause, "cause");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().status(to, toState)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }

    /** Why the status changed. */
    public enum Cause {
        /** The actor asked for this transition. */
        REQUESTED,
        /** A rule of the workflow definition moved the case (e.g. a contact replied while the case waited on the customer). */
        RULE
    }
}
