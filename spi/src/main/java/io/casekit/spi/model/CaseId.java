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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import org.apiguardian.api.API;

/**
 * The stable, opaque identity of a case. Unlike the case number (which a vendor formats for
 * people), the id never changes and is what stores key on.
 *
 * @param value the id text, never blank
 */
@API(status = STABLE, since = "0.1.0")
public record CaseId(String value) {

    /**
     * Checks the id text.
     *
     * @param value the id text, never blank
     * @throws IllegalArgumentException if {@code value} is blank or longer than 64 characters
     */
    public CaseId {
        Checks.notBlank(value, "caseId");
        if (value.length() > 64) {
            throw new IllegalArgumentException("caseId must be at most 64 characters, was " + value.length());
        }
    }

    /**
     * Shorthand for {@code new CaseId(value)}.
     *
     * @param value the id text, not blank, at most 64 characters
     * @return the id
     * @throws IllegalArgumentException if {@code value} is blank or longer than 64 characters
     */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
