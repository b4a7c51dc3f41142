package io.casekit.core.cases.internal;

import io.casekit.spi.model.CaseId;
import java.util.List;
import java.util.Optional;

/**
 * The changes of a command that changes several cases, to commit in one atomic commit.
 *
 * @param updates the changes of existing cases (empty changes are left out of the commit)
 * @param created the opening of a new case, prepared with its SLA clocks and notifications
 * @param result the case the command returns
 */
record Plan(List<Context> updates, Optional<Change> created, CaseId result) {

    Plan {
        updates = List.copyOf(updates);
    }

    /** Changes of existing cases only. */
    static Plan of(List<Context> updates, CaseId result) {
        return new Plan(updates, Optional.empty(), result);
    }
}
