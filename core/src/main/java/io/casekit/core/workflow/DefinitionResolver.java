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
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Finds the definition a YAML/JSON definition {@code extends}, by the id written there. The
 * definitions it finds are complete and checked already; a derived definition is checked again as a
 * whole. Implementations must be thread-safe if the reading is.
 *
 * <pre>{@code
 * WorkflowDefinition base = WorkflowDefinitions.fromYaml(Path.of("vendor.yaml"));
 * WorkflowDefinition acme = WorkflowDefinitions.fromYaml(Path.of("acme.yaml"), DefinitionResolver.of(base).orPresets());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface DefinitionResolver {

    /**
     * The definition with this id.
     *
     * @param id the id an {@code extends:} names
     * @return the definition, or empty if this resolver does not know it
     */
    Optional<WorkflowDefinition> find(String id);

    /** {@return the ids this resolver knows, for error messages; empty if it cannot list them} */
    default List<String> known() {
        return List.of();
    }

    /** {@return a resolver of the shipped {@link Presets}, by name} */
    static DefinitionResolver presets() {
        return new DefinitionResolver() {
            @Override
            public Optional<WorkflowDefinition> find(String id) {
                return Presets.names().contains(id) ? Optional.of(Presets.load(id)) : Optional.empty();
            }

            @Override
            public List<String> known() {
                return Presets.names();
            }
        };
    }

    /**
     * The given definitions, by id.
     *
     * @param definitions the definitions
     * @return the resolver
     * @throws IllegalArgumentException if two of them have the same id
     */
    static DefinitionResolver of(WorkflowDefinition... definitions) {
        return of(List.of(definitions));
    }

    /**
     * The given definitions, by id.
     *
     * @param definitions the definitions
     * @return the resolver
     * @throws IllegalArgumentException if two of them have the same id
     */
    static DefinitionResolver of(List<WorkflowDefinition> definitions) {
        Map<String, WorkflowDefinition> byId = definitions.stream().collect(Collectors.toUnmodifiableMap(WorkflowDefinition::id,
                Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("two definitions with id '" + a.id() + "'");
                }));
        return new DefinitionResolver() {
            @Override
            public Optional<WorkflowDefinition> find(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<String> known() {
                return byId.keySet().stream().sorted().toList();
            }
        };
    }

    /**
     * This resolver, and where it finds nothing, {@code other}.
     *
     * @param other the resolver asked second
     * @return the combined resolver
     */
    default DefinitionResolver or(DefinitionResolver other) {
        requireNonNull(other, "other");
        DefinitionResolver self = this;
        return new DefinitionResolver() {
            @Override
            public Optional<WorkflowDefinition> find(String id) {
                return self.find(id).or(() -> other.find(id));
            }

            @Override
            public List<String> known() {
                return java.util.stream.Stream.concat(self.known().stream(), other.known().stream()).distinct().toList();
            }
        };
    }

    /** {@return this resolver, and where it finds nothing, the shipped presets} */
    default DefinitionResolver orPresets() {
        return or(presets());
    }
}
