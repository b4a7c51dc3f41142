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
 * Names the workflow definition, and its version, that a case was opened under. The case keeps
 * following that version's rules when newer versions are deployed.
 *
 * @param id the definition's id, never blank
 * @param version the definition's version, 1 or more
 */
@API(status = STABLE, since = "0.1.0")
public record DefinitionRef(String id, int version) {

    /**
     * Checks the components.
     *
     * @param id the definition's id, never blank
     * @param version the definition's version, 1 or more
     * @throws IllegalArgumentException if {@code id} is blank or {@code version} is less than 1
     */
    public DefinitionRef {
        Checks.notBlank(id, "definition.id");
        Checks.positive(version, "definition.version");
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
