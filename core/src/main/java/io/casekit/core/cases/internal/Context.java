package io.casekit.core.cases.internal;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import java.util.Optional;

/** What a command on an existing case works with: who, under which definition, on which change. */
record Context(Actor actor, WorkflowDefinition definition, Change change, String command) {

    Case current() {
        return change.state();
    }

    StatusReason status() {
        return definition.statusReason(current().statusReason()).orElseThrow(() -> new IllegalStateException(
                "case " + current().number() + " has status '" + current().statusReason() + "', unknown to " + definition));
    }

    boolean byContact() {
        return actor.kind() == ActorKind.CONTACT;
    }

    /** Refuses contacts: the command is for agents and the system. */
    void requireStaff(String what) {
        if (byContact()) {
            throw new AccessDeniedException(actor.id(), "contacts may not " + what);
        }
    }

    /** Refuses the command if the case is resolved or cancelled. */
    void requireOpen() {
        Case c = current();
        if (!c.state().isOpen()) {
            throw new IllegalTransitionException(IllegalTransitionException.Dimension.CHANGE, c.number(), c.statusReason(),
                    Optional.empty(), definition.targetsFrom(c.statusReason(), actor.kind()),
                    "the case is " + c.state() + " and takes no " + command + " until it is reopened");
        }
    }

    Violations violations() {
        return new Violations(command);
    }
}
