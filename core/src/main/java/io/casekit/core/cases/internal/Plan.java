package io.casekit.core.cases.internal;

import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.spi.model.CaseId;
import java.util.List;
import java.util.Optional;

/**
 * The decisions of a command, to finish and commit in one atomic commit.
 *
 * @param updates the decisions on existing cases (empty changes are left out of the commit)
 * @param created the opening of a new case, already finished
 * @param result the case the command returns
 */
record Plan(List<Decision> updates, Optional<Change> created, CaseId result) {

    Plan {
        updates = List.copyOf(updates);
    }

    /** Decisions on existing cases only. */
    static Plan of(List<Decision> updates, CaseId result) {
        return new Plan(updates, Optional.empty(), result);
    }
}
