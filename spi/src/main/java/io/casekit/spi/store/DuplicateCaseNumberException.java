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
import org.apiguardian.api.API;

/**
 * A new case was refused because another case already has its number. Nothing was written. With a
 * number format that counts store-wide ({@code {seq}}) this points at a misconfigured format or
 * sequence, so a plain retry does not help. A format whose numbers differ in random characters only
 * ({@code {customerSeq}} or no sequence) can draw a taken number by chance: Casekit then opens the
 * case again with fresh random characters, a bounded number of times.
 */
@API(status = STABLE, since = "0.1.0")
public final class DuplicateCaseNumberException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The case number that is taken. */
    private final String number;

    /**
     * A refused new case.
     *
     * @param number the case number that another case has already
     */
    public DuplicateCaseNumberException(String number) {
        super("case number " + number + " is already taken");
        this.number = number;
    }

    /** {@return the case number that another case has already} */
    public String number() {
        return number;
    }
}
