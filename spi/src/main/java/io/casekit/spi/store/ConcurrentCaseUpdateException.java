package io.casekit.spi.store;

import io.casekit.spi.CasekitException;
import io.casekit.spi.model.CaseId;

/**
 * A commit was refused because the case changed since it was read (or, for a new case, because a
 * case with its id exists). Nothing of the refused commit was written. Reload the case and try
 * again: {@link #isRetryable()} is {@code true}.
 */
public final class ConcurrentCaseUpdateException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final CaseId caseId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param caseId the case
     * @param expectedVersion the version the commit expected
     * @param actualVersion the version found in the store (0 if the case does not exist)
     */
    public ConcurrentCaseUpdateException(CaseId caseId, long expectedVersion, long actualVersion) {
        super("case " + caseId + " was modified concurrently: expected version " + expectedVersion
                + " but found " + actualVersion + "; reload the case and retry");
        this.caseId = caseId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public CaseId caseId() {
        return caseId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version in the store when the commit was refused; 0 if the case does not exist. */
    public long actualVersion() {
        return actualVersion;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
