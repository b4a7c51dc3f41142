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
package io.casekit.spring.boot;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.workflow.WorkflowDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The workflow definitions a Casekit runs and which customers use which: what the starter read from
 * {@code casekit.definitions}, {@code casekit.customers} and the application's {@link
 * WorkflowDefinition} beans, checked. Define a bean of this type to decide it in code instead.
 *
 * @param definitions every definition version to register, the default one's first unless {@code
 *     defaultDefinition} names another; at least one
 * @param defaultDefinition the id of the definition new cases follow unless their customer has its
 *     own; empty for the first of {@code definitions}
 * @param customers per customer id, the id of the definition its new cases follow
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record CasekitDefinitions(List<WorkflowDefinition> definitions, Optional<String> defaultDefinition, Map<String, String> customers) {

    /**
     * Checks and copies the components.
     *
     * @param definitions every definition version to register; at least one
     * @param defaultDefinition the id of the definition new cases follow by default; empty for the first
     * @param customers per customer id, the id of its definition
     * @throws IllegalArgumentException if there is no definition
     */
    public CasekitDefinitions {
        definitions = List.copyOf(requireNonNull(definitions, "definitions"));
        requireNonNull(defaultDefinition, "defaultDefinition");
        customers = Map.copyOf(requireNonNull(customers, "customers"));
        if (definitions.isEmpty()) {
            throw new IllegalArgumentException("definitions must hold at least one workflow definition");
        }
    }
}
