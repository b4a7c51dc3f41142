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
package io.casekit.core.cases.internal;

import com.google.common.collect.ImmutableMap;
import io.casekit.core.workflow.UnknownDefinitionException;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.model.DefinitionRef;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow definitions a Casekit instance knows, by id and version, and which one a new case
 * of a customer follows: the newest version of the customer's definition, else of the default one.
 * Immutable and thread-safe.
 */
public final class Definitions {

    private final Map<DefinitionRef, WorkflowDefinition> byRef;
    private final Map<String, WorkflowDefinition> newestById;
    private final String defaultId;
    private final Map<String, String> idByCustomer;

    /**
     * @param definitions every known definition version
     * @param defaultId the id new cases follow unless their customer has its own
     * @param idByCustomer definition ids by customer id
     * @throws IllegalArgumentException if a version is given twice or an id is unknown
     */
    public Definitions(Collection<WorkflowDefinition> definitions, String defaultId, Map<String, String> idByCustomer) {
        ImmutableMap.Builder<DefinitionRef, WorkflowDefinition> refs = ImmutableMap.builder();
        Map<String, WorkflowDefinition> newest = new HashMap<>();
        for (WorkflowDefinition d : definitions) {
            refs.put(d.ref(), d);
            newest.merge(d.id(), d, (a, b) -> Comparator.comparingInt(WorkflowDefinition::version).compare(a, b) >= 0 ? a : b);
        }
        try {
            this.byRef = refs.buildOrThrow();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a workflow definition version was registered twice: " + e.getMessage(), e);
        }
        this.newestById = Map.copyOf(newest);
        if (!newestById.containsKey(defaultId)) {
            throw new IllegalArgumentException("default definition '" + defaultId + "' is not registered; registered: " + newestById.keySet());
        }
        idByCustomer.forEach((customer, id) -> {
            if (!newestById.containsKey(id)) {
                throw new IllegalArgumentException("definition '" + id + "' of customer '" + customer + "' is not registered");
            }
        });
        this.defaultId = defaultId;
        this.idByCustomer = Map.copyOf(idByCustomer);
    }

    /** Every known definition version. */
    public List<WorkflowDefinition> all() {
        return List.copyOf(byRef.values());
    }

    /**
     * The definition a case follows.
     *
     * @throws UnknownDefinitionException if this instance does not have it
     */
    public WorkflowDefinition of(DefinitionRef ref) {
        WorkflowDefinition d = byRef.get(ref);
        if (d == null) {
            throw new UnknownDefinitionException(ref, byRef.keySet().toString());
        }
        return d;
    }

    /** The definition version, if this instance has it. */
    public Optional<WorkflowDefinition> find(DefinitionRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /** The definition a customer's new cases follow; without customer, the default definition. */
    WorkflowDefinition forCustomer(Optional<String> customerId) {
        return newestById.get(customerId.map(c -> idByCustomer.getOrDefault(c, defaultId)).orElse(defaultId));
    }

    /** The definition a new case of the customer follows. */
    public WorkflowDefinition forNewCase(String customerId) {
        return newestById.get(idByCustomer.getOrDefault(customerId, defaultId));
    }
}
