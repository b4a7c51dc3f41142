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
package io.casekit.testkit.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import org.apiguardian.api.API;

/**
 * A case a {@link WorkflowScenario} knows, by id and number. A step returns one; an assertion reads
 * the case as it is at that moment, so a reference never goes stale.
 *
 * @param id the case's id
 * @param number the case's number, as people see it (the reference's {@link #toString()})
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CaseRef(CaseId id, String number) {

    /**
     * Checks that both components are given.
     *
     * @param id the case's id
     * @param number the case's number, as people see it
     * @throws NullPointerException if a component is null
     */
    public CaseRef {
        requireNonNull(id, "id");
        requireNonNull(number, "number");
    }

    /**
     * The reference to a case, for a case read elsewhere (through {@link WorkflowScenario#casekit()}, say).
     *
     * @param c the case
     * @return the reference to it
     */
    public static CaseRef of(Case c) {
        return new CaseRef(c.id(), c.number());
    }

    /** The case number. */
    @Override
    public String toString() {
        return number;
    }
}
