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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * No case with this id or number exists for the actor. A contact asking for another customer's
 * case gets this error too, so that it learns nothing about cases it may not see.
 */
@API(status = STABLE, since = "0.1.0")
public final class CaseNotFoundException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The id or number that was asked for. */
    private final String reference;

    /**
     * A case that was not found, or may not be seen.
     *
     * @param reference the id or number that was asked for
     */
    public CaseNotFoundException(String reference) {
        super("no case " + reference);
        this.reference = reference;
    }

    /** {@return the id or number that was asked for} */
    public String reference() {
        return reference;
    }
}
