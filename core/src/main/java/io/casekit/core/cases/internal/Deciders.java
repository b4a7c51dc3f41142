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

import io.casekit.core.approvals.internal.Approvals;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.Cancel;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.ChangeCaseType;
import io.casekit.core.cases.ChangeDescription;
import io.casekit.core.cases.ChangePriority;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.ChangeTitle;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.Escalate;
import io.casekit.core.cases.MoveStage;
import io.casekit.core.cases.RefuseApproval;
import io.casekit.core.cases.Reopen;
import io.casekit.core.cases.RequestApproval;
import io.casekit.core.cases.Resolve;
import io.casekit.core.cases.SetCustomField;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.escalation.internal.Escalation;
import io.casekit.core.lifecycle.internal.Conversation;
import io.casekit.core.lifecycle.internal.Edits;
import io.casekit.core.lifecycle.internal.Moves;
import io.casekit.core.workflow.Action;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which decider decides each command on one case: a table from command type to decider, filled
 * once. Immutable and thread-safe.
 */
final class Deciders {

    /** Decides one kind of command: records events in the decision's change, or throws a typed refusal. */
    @FunctionalInterface
    interface Decider<C extends CaseCommand.OnCase> {
        void decide(Decision decision, C command);
    }

    private static final Deciders STANDARD = new Deciders()
            .on(ChangeTitle.class, Edits::title)
            .on(ChangeDescription.class, Edits::description)
            .on(ChangePriority.class, Edits::priority)
            .on(ChangeCaseType.class, Edits::caseType)
            .on(SetCustomField.class, Edits::customField)
            .on(ChangeStatus.class, (d, c) -> Moves.status(d, c.statusReason(), c.comment()))
            .on(Resolve.class, (d, c) -> Moves.action(d, Action.RESOLVE, c.comment()))
            .on(Close.class, (d, c) -> Moves.action(d, Action.CLOSE, c.comment()))
            .on(Cancel.class, (d, c) -> Moves.action(d, Action.CANCEL, c.comment()))
            .on(Reopen.class, (d, c) -> Moves.action(d, Action.REOPEN, c.comment()))
            .on(MoveStage.class, Moves::stage)
            .on(AddComment.class, Conversation::comment)
            .on(Assign.class, Conversation::assign)
            .on(Escalate.class, Escalation::escalate)
            .on(RequestApproval.class, Approvals::request)
            .on(Approve.class, Approvals::approve)
            .on(RefuseApproval.class, Approvals::refuse);

    private final Map<Class<?>, Decider<?>> table = new HashMap<>();

    private Deciders() {}

    /** The deciders of every command on one case. */
    static Deciders standard() {
        return STANDARD;
    }

    private <C extends CaseCommand.OnCase> Deciders on(Class<C> type, Decider<C> decider) {
        if (table.put(type, decider) != null) {
            throw new IllegalStateException("two deciders for " + type.getSimpleName());
        }
        return this;
    }

    /** Decides the command with its type's decider. */
    @SuppressWarnings("unchecked")
    void decide(Decision decision, CaseCommand.OnCase command) {
        Decider<CaseCommand.OnCase> decider = (Decider<CaseCommand.OnCase>) table.get(command.getClass());
        if (decider == null) {
            throw new IllegalStateException("no decider for " + command.getClass().getName());
        }
        decider.decide(decision, command);
    }

    /** The command types the table decides. */
    Set<Class<?>> commands() {
        return Set.copyOf(table.keySet());
    }
}
