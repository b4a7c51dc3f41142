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
package io.casekit.core.links.internal;

import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.IllegalTransitionException.Dimension;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.ParentClose;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.LinkKind;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.Snapshot;
import io.casekit.spi.model.DefinitionRef;
import java.util.Map;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What closing a parent case does to its open children, as the definition's {@link ParentClose}
 * says: refuse the close, or close the children with it (and their children, and so on).
 */
public final class ParentClosing {

    private ParentClosing() {}

    /**
     * The changes that close the open children of a case that the change closes (moves out of OPEN),
     * to commit with it; none if the change does not close a parent. The parent's snapshot holds its
     * descendants.
     *
     * @throws IllegalTransitionException if the definition blocks closing a parent with open children
     */
    public static List<Decision> childrenOf(Decision parent, Function<DefinitionRef, WorkflowDefinition> definitions) {
        Case before = parent.change().before();
        if (!before.state().isOpen() || parent.change().state().state().isOpen() || before.linked(LinkKind.CHILD).isEmpty()) {
            return List.of();
        }
        List<Decision> closing = new ArrayList<>();
        Set<CaseId> visited = new HashSet<>();
        visited.add(before.id());
        collect(parent, closing, visited, parent.snapshot().related(), definitions);
        return closing;
    }

    private static void collect(Decision parent, List<Decision> closing, Set<CaseId> visited, Map<CaseId, Case> related,
            Function<DefinitionRef, WorkflowDefinition> definitions) {
        Case p = parent.change().state();
        List<Case> open = new ArrayList<>();
        for (CaseId id : p.linked(LinkKind.CHILD)) {
            if (visited.add(id)) {
                Optional.ofNullable(related.get(id)).filter(c -> c.state().isOpen() && c.mergedInto().isEmpty()).ifPresent(open::add);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        Case before = parent.change().before();
        if (parent.definition().parentClose() == ParentClose.BLOCK) {
            throw new IllegalTransitionException(Dimension.STATUS, p.number(), before.statusReason(), Optional.of(p.statusReason()),
                    parent.definition().targetsFrom(before.statusReason(), parent.actor().kind()), "the case has open child cases "
                    + open.stream().map(Case::number).toList() + "; close them first");
        }
        Action action = p.state() == CaseState.CANCELLED ? Action.CANCEL : Action.CLOSE;
        for (Case child : open) {
            WorkflowDefinition d = definitions.apply(child.definition());
            StatusReason to = d.actionTarget(action).flatMap(d::statusReason).orElseThrow(() -> new IllegalTransitionException(
                    Dimension.STATUS, child.number(), child.statusReason(), Optional.empty(), Set.of(),
                    "the child case cannot be closed with its parent: its definition " + d.ref() + " offers no " + action.key()));
            Decision closed = new Decision(parent.actor(), d, new Change(child, parent.actor().ref(), parent.change().at()), parent.command(),
                    Snapshot.of(child));
            closed.change().record(h -> new StatusChanged(h, child.statusReason(), to.code(), child.state(), to.state(),
                    StatusChanged.Cause.RULE));
            closing.add(closed);
            collect(closed, closing, visited, related, definitions);
        }
    }
}
