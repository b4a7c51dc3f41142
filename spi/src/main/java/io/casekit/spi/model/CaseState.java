package io.casekit.spi.model;

/**
 * The coarse state of a case. Every status reason of a workflow definition belongs to exactly one
 * state; portals group their views by it.
 */
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
