package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The coarse state of a case. Every status reason of a workflow definition belongs to exactly one
 * state; portals group their views by it.
 */
@API(status = STABLE, since = "0.1.0")
public enum CaseState {
    /** Being worked on, or waiting on someone; the case accepts changes. */
    OPEN,
    /** Finished with a result; the case takes no changes until it is reopened. */
    RESOLVED,
    /** Finished without a result (withdrawn, duplicate, merged); no changes until reopened. */
    CANCELLED;

    /**
     * {@return whether a case in this state accepts changes other than a transition out of it: only
     * {@link #OPEN} does}
     */
    public boolean isOpen() {
        return this == OPEN;
    }
}
