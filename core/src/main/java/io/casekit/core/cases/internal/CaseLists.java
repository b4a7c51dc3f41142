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

import io.casekit.core.workflow.View;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.query.InvalidQueryException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Case lists and dashboard counts for one actor: narrows every filter to what the actor may see (a
 * contact: its own customer's cases) before the store's {@link CaseQueries} answers it, and turns a
 * definition's views into filters.
 */
final class CaseLists {

    private final Optional<CaseQueries> queries;
    private final Definitions definitions;

    CaseLists(Optional<CaseQueries> queries, Definitions definitions) {
        this.queries = queries;
        this.definitions = definitions;
    }

    CasePage search(Actor actor, CaseQuery query) {
        CaseQueries store = queries();
        return visibleTo(actor, query.filter())
                .map(filter -> store.search(query.withFilter(filter)))
                .orElseGet(() -> new CasePage(List.of(), Optional.empty()));
    }

    SortedMap<String, Long> count(Actor actor, CaseFilter filter, CountDimension dimension) {
        CaseQueries store = queries();
        return visibleTo(actor, filter)
                .map(visible -> store.count(visible, dimension))
                .orElseGet(() -> Collections.unmodifiableSortedMap(new TreeMap<>()));
    }

    CaseFilter viewFilter(Actor actor, String viewCode) {
        WorkflowDefinition definition = definitions.forCustomer(actor.customerId());
        View view = definition.view(viewCode).orElseThrow(() -> new InvalidQueryException("view", "unknown view '" + viewCode
                + "' of definition " + definition.id() + "; known: "
                + definition.views().stream().map(View::code).collect(Collectors.joining(", "))));
        return view.filter(definition.statusReasons());
    }

    /** The filter narrowed to the cases the actor may see, or empty if it can see none of them. */
    private static Optional<CaseFilter> visibleTo(Actor actor, CaseFilter filter) {
        if (actor.kind() != ActorKind.CONTACT) {
            return Optional.of(filter);
        }
        return actor.customerId().flatMap(filter::restrictedToCustomer);
    }

    private CaseQueries queries() {
        return queries.orElseThrow(() -> new UnsupportedOperationException(
                "the case store answers no queries: it does not implement " + CaseQueries.class.getName()));
    }
}
