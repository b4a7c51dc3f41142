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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.CasekitException;
import io.casekit.spi.model.DefinitionRef;
import org.apiguardian.api.API;

/**
 * Casekit was built with a workflow definition whose content differs from the one the store has seen
 * under the same id and version: the open cases of that version would silently follow other rules.
 * Thrown by {@code Casekit.builder().build()}. Not retryable: register the changed definition as a
 * new version (cases keep their version until they are migrated), or, if the change is deliberate
 * and right for the open cases (a corrected label, say), declare it with {@code
 * Casekit.builder().redefined(id, version)} once.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ChangedDefinitionException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final transient DefinitionRef definition;

    /**
     * @param definition the definition version whose content changed
     */
    public ChangedDefinitionException(DefinitionRef definition) {
        super("workflow definition " + definition + " differs from the one this store's cases were opened under"
                + " (its fingerprint changed); give the changed definition version " + (definition.version() + 1)
                + ", or, if the change is deliberate and right for the open cases, build once with"
                + " redefined(\"" + definition.id() + "\", " + definition.version() + ")");
        this.definition = definition;
    }

    /** {@return the definition version whose content changed} */
    public DefinitionRef definition() {
        return definition;
    }
}
