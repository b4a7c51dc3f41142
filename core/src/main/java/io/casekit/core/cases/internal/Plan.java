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
package io.casekit.core.cases.internal;

import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.CaseId;
import java.util.List;
import java.util.Optional;

/**
 * The decisions of a command, to finish and commit in one atomic commit.
 *
 * @param updates the decisions on existing cases (empty changes are left out of the commit)
 * @param created the opening of a new case, not yet numbered nor finished
 * @param result the case the command returns
 */
record Plan(List<Decision> updates, Optional<NewCase> created, CaseId result) {

    /**
     * A case a command opens besides changing others (a follow-up).
     *
     * @param change the change that opens it
     * @param actor who opens it
     * @param customer its customer
     */
    record NewCase(Change change, Actor actor, Optional<Customer> customer) {}

    Plan {
        updates = List.copyOf(updates);
    }

    /** Decisions on existing cases only. */
    static Plan of(List<Decision> updates, CaseId result) {
        return new Plan(updates, Optional.empty(), result);
    }
}
