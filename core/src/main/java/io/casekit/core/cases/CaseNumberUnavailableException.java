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
package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.CasekitException;
import io.casekit.spi.store.ConcurrentCounterUpdateException;
import org.apiguardian.api.API;

/**
 * A case could not be opened because no case number the store accepts was found in a bounded number
 * of attempts. With a format whose numbers differ only in random characters ({@code {customerSeq}}
 * or no sequence), Casekit draws fresh characters when the store refuses a taken number, and reads a
 * per-customer counter again when another opening advanced it first; it gives up after {@link
 * #attempts()} attempts. Nothing was written.
 *
 * <p>Taken numbers that many times in a row mean a format with too few random characters for the
 * cases it numbers, or a random generator that repeats itself ({@code Casekit.Builder.random}): a
 * retry does not help. A counter that moved that many times means many openings for one customer at
 * once: a retry may help ({@link #isRetryable()}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CaseNumberUnavailableException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The number format, as its pattern. */
    private final String format;
    /** How many numbers were tried. */
    private final int attempts;
    /** Whether the last refusal was a counter that moved (contention) rather than a taken number. */
    private final boolean contention;

    /**
     * An opening that found no number.
     *
     * @param format the pattern of the definition's number format
     * @param attempts how many numbers were tried
     * @param last the store's refusal of the last one: a {@link
     *     io.casekit.spi.store.DuplicateCaseNumberException} or a {@link
     *     ConcurrentCounterUpdateException}
     */
    public CaseNumberUnavailableException(String format, int attempts, CasekitException last) {
        super("could not open the case: the store refused " + attempts + " case numbers of format " + format + " in a row ("
                + (last instanceof ConcurrentCounterUpdateException
                        ? "other openings for the same customer took them first; retry"
                        : "taken numbers: the format has too few random characters for the cases it numbers, or the random"
                                + " generator repeats itself")
                + "); nothing was written", last);
        this.format = format;
        this.attempts = attempts;
        this.contention = last instanceof ConcurrentCounterUpdateException;
    }

    /** {@return the pattern of the number format, such as {@code C-{code:8}}} */
    public String format() {
        return format;
    }

    /** {@return how many numbers were tried} */
    public int attempts() {
        return attempts;
    }

    /** {@return {@code true} if the last number was refused because other openings took it first} */
    @Override
    public boolean isRetryable() {
        return contention;
    }
}
