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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import org.apiguardian.api.API;

/**
 * The case went up the customer's escalation ladder (guide 003: service desk, coordinator,
 * operations director, managing director), by an agent's request or because an SLA promise broke.
 * Notification rules act on it to reach the people of the new level.
 *
 * @param header the header
 * @param from the level before, 0 if the case had not escalated
 * @param to the level after, higher than {@code from}
 * @param cause why
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Escalated(EventHeader header, int from, int to, Cause cause) implements CaseChange {

    /** Why a case escalated. */
    public enum Cause {
        /** An agent escalated it by hand. */
        REQUESTED,
        /** An SLA instance breached and the definition escalates on that breach. */
        SLA_BREACH
    }

    /**
     * Checks the components.
     *
     * @param header the header
     * @param from the level before, 0 if the case had not escalated
     * @param to the level after, higher than {@code from}
     * @param cause why
     * @throws IllegalArgumentException if {@code from} is negative or {@code to} is not above it
     */
    public Escalated {
        Checks.notNull(header, "header");
        Checks.notNegative(from, "from");
        Checks.notNull(cause, "cause");
        if (to <= from) {
            throw new IllegalArgumentException("an escalation goes up: to " + to + " must be above from " + from);
        }
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .escalationLevel(to)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
