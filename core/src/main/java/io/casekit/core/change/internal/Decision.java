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
package io.casekit.core.change.internal;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import java.util.Optional;

/**
 * One decision on one case: who acts, under which definition, on what was loaded, and the change
 * it records. A decider reads these and records events in the change, or throws a typed refusal;
 * it never reads a store, asks the identity provider or calls back into the engine.
 *
 * @param actor who acts
 * @param definition the definition the case follows
 * @param change the change being decided
 * @param command the command's name, for refusals
 * @param snapshot what was loaded for the decision
 */
public record Decision(Actor actor, WorkflowDefinition definition, Change change, String command, Snapshot snapshot) {

    /** The case after the events recorded so far. */
    public Case current() {
        return change.state();
    }

    /** The current status reason, as the definition declares it. */
    public StatusReason status() {
        return definition.statusReason(current().statusReason()).orElseThrow(() -> new IllegalStateException(
                "case " + current().number() + " has status '" + current().statusReason() + "', unknown to " + definition));
    }

    /** Whether a customer contact acts. */
    public boolean byContact() {
        return actor.kind() == ActorKind.CONTACT;
    }

    /** Refuses contacts: the command is for agents and the system. */
    public void requireStaff(String what) {
        if (byContact()) {
            throw new AccessDeniedException(actor.id(), "contacts may not " + what);
        }
    }

    /** Refuses the command if the case is resolved or cancelled. */
    public void requireOpen() {
        Case c = current();
        if (!c.state().isOpen()) {
            throw new IllegalTransitionException(IllegalTransitionException.Dimension.CHANGE, c.number(), c.statusReason(),
                    Optional.empty(), definition.targetsFrom(c.statusReason(), actor.kind()),
                    "the case is " + c.state() + " and takes no " + command + " until it is reopened");
        }
    }

    /** A collector of this command's violations. */
    public Violations violations() {
        return new Violations(command);
    }
}
