package io.casekit.core.cases.internal;

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
import io.casekit.spi.store.CaseStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What closing a parent case does to its open children, as the definition's {@link ParentClose}
 * says: refuse the close, or close the children with it (and their children, and so on).
 */
final class ParentClosing {

    private final CaseStore store;
    private final Definitions definitions;

    ParentClosing(CaseStore store, Definitions definitions) {
        this.store = store;
        this.definitions = definitions;
    }

    /**
     * The changes that close the open children of a case that the change closes (moves out of OPEN),
     * to commit with it; none if the change does not close a parent.
     *
     * @throws IllegalTransitionException if the definition blocks closing a parent with open children
     */
    List<Context> childrenOf(Context parent) {
        Case before = parent.change().before();
        if (!before.state().isOpen() || parent.change().state().state().isOpen() || before.linked(LinkKind.CHILD).isEmpty()) {
            return List.of();
        }
        List<Context> closing = new ArrayList<>();
        Set<CaseId> visited = new HashSet<>();
        visited.add(before.id());
        collect(parent, closing, visited);
        return closing;
    }

    private void collect(Context parent, List<Context> closing, Set<CaseId> visited) {
        Case p = parent.change().state();
        List<Case> open = new ArrayList<>();
        for (CaseId id : p.linked(LinkKind.CHILD)) {
            if (visited.add(id)) {
                store.find(id).filter(c -> c.state().isOpen() && c.mergedInto().isEmpty()).ifPresent(open::add);
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
            WorkflowDefinition d = definitions.of(child.definition());
            StatusReason to = d.actionTarget(action).flatMap(d::statusReason).orElseThrow(() -> new IllegalTransitionException(
                    Dimension.STATUS, child.number(), child.statusReason(), Optional.empty(), Set.of(),
                    "the child case cannot be closed with its parent: its definition " + d.ref() + " offers no " + action.key()));
            Context closed = new Context(parent.actor(), d, new Change(child, parent.actor().ref(), parent.change().at()), parent.command());
            closed.change().record(h -> new StatusChanged(h, child.statusReason(), to.code(), child.state(), to.state(),
                    StatusChanged.Cause.RULE));
            closing.add(closed);
            collect(closed, closing, visited);
        }
    }
}
