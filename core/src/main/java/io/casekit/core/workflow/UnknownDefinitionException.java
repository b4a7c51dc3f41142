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
package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import io.casekit.spi.model.DefinitionRef;
import org.apiguardian.api.API;

/**
 * A case follows a workflow definition version that this Casekit instance does not have: every
 * version that stored cases use must be registered with {@code Casekit.builder().definition(...)}.
 * Not retryable: registering the version is the fix.
 */
@API(status = STABLE, since = "0.1.0")
public final class UnknownDefinitionException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final transient DefinitionRef definition;

    /**
     * @param definition the version asked for
     * @param registered what is registered, for the message
     */
    public UnknownDefinitionException(DefinitionRef definition, String registered) {
        super("cases follow workflow definition " + definition + ", which this Casekit instance does not have;"
                + " register every version that stored cases use (registered: " + registered + ")");
        this.definition = definition;
    }

    /** {@return the definition version asked for} */
    public DefinitionRef definition() {
        return definition;
    }
}
