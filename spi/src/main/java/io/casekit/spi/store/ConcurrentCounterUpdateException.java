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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * A commit was refused because one of its counters no longer has the value the commit expected:
 * another commit advanced it first (see {@link CaseCounters}). Nothing of the refused commit was
 * written. Read the counter again and retry: {@link #isRetryable()} is {@code true}. Casekit does
 * that itself when it opens a case with a per-customer number.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ConcurrentCounterUpdateException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The counter that moved. */
    private final String counter;
    /** The value the refused commit expected. */
    private final long expectedValue;

    /**
     * A refused commit.
     *
     * @param counter the counter's name
     * @param expectedValue the value the commit expected the counter to have
     */
    public ConcurrentCounterUpdateException(String counter, long expectedValue) {
        super("counter " + counter + " no longer has the value " + expectedValue + " (another commit advanced it first);"
                + " nothing was written; read the counter again and retry");
        this.counter = counter;
        this.expectedValue = expectedValue;
    }

    /** {@return the name of the counter that moved} */
    public String counter() {
        return counter;
    }

    /** {@return the value the refused commit expected the counter to have} */
    public long expectedValue() {
        return expectedValue;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
