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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One thing wrong with a workflow definition.
 *
 * @param path where: the element's path in the YAML/JSON form, e.g. {@code transitions[3].to}
 * @param message what is wrong and what would be right
 */
@API(status = STABLE, since = "0.1.0")
public record DefinitionProblem(String path, String message) {

    /**
     * Checks that every part is present.
     *
     * @param path where: the element's path in the YAML/JSON form, e.g. {@code transitions[3].to}
     * @param message what is wrong and what would be right
     */
    public DefinitionProblem {
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
