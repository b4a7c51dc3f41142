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
