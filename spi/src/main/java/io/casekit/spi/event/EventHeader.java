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
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.CaseId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * What every event records besides its own payload.
 *
 * @param caseId the case the event belongs to
 * @param sequence the event's position in the case's timeline: 1 for the first event, one more for
 *     each following event, with no gaps
 * @param version the case version the event's commit produced; events committed together share it
 * @param at when the change was committed
 * @param actor who made the change
 */
@API(status = STABLE, since = "0.1.0")
public record EventHeader(CaseId caseId, long sequence, long version, Instant at, ActorRef actor) {

    /**
     * Checks the components.
     *
     * @param caseId the case the event belongs to
     * @param sequence the event's position in the case's timeline: 1 for the first event, one more for
     *     each following event, with no gaps
     * @param version the case version the event's commit produced; events committed together share it
     * @param at when the change was committed
     * @param actor who made the change
     * @throws IllegalArgumentException if {@code sequence} or {@code version} is less than 1
     */
    public EventHeader {
        Checks.notNull(caseId, "caseId");
        Checks.positive(sequence, "sequence");
        Checks.positive(version, "version");
        Checks.notNull(at, "at");
        Checks.notNull(actor, "actor");
    }
}
