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
package io.casekit.spi.store;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import io.casekit.spi.model.CaseId;
import org.apiguardian.api.API;

/**
 * A commit was refused because the case changed since it was read (or, for a new case, because a
 * case with its id exists). Nothing of the refused commit was written. Reload the case and try
 * again: {@link #isRetryable()} is {@code true}.
 */
@API(status = STABLE, since = "0.1.0")
public final class ConcurrentCaseUpdateException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The case whose commit was refused. */
    private final CaseId caseId;
    /** The version the refused commit expected. */
    private final long expectedVersion;
    /** The version found in the store; 0 if the case does not exist. */
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

    /** {@return the case whose commit was refused} */
    public CaseId caseId() {
        return caseId;
    }

    /** {@return the version the refused commit expected; 0 for a commit that creates the case} */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** {@return the version in the store when the commit was refused; 0 if the case does not exist} */
    public long actualVersion() {
        return actualVersion;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
