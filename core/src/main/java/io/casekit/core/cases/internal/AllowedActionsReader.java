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

import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.AllowedActions;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.Cancel;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.ChangeCaseType;
import io.casekit.core.cases.ChangePriority;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.ChangeTitle;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.Escalate;
import io.casekit.core.cases.MoveStage;
import io.casekit.core.cases.Reopen;
import io.casekit.core.cases.RequestApproval;
import io.casekit.core.cases.Resolve;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.ApprovalKind;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.Stage;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.CasekitException;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Visibility;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what an actor may do on a case now by deciding, without finishing or committing, one probe
 * command of each kind the definition offers (each status, action, stage, priority, case type,
 * approval kind) on the stored case: a decision is pure, so the probe's outcome is what {@link
 * io.casekit.core.cases.CaseService#execute} would do. Thread-safe.
 */
final class AllowedActionsReader {

    private static final String PROBE = "Allowed-actions probe";

    private final Access access;
    private final Definitions definitions;
    private final CaseEngine engine;

    AllowedActionsReader(Access access, Definitions definitions, CaseEngine engine) {
        this.access = access;
        this.definitions = definitions;
        this.engine = engine;
    }

    AllowedActions read(Actor actor, CaseId id) {
        Case c = access.visible(actor, id);
        WorkflowDefinition d = definitions.of(c.definition());
        Instant now = engine.now();
        Probe probe = command -> {
            try {
                engine.plan(actor, command, c, now);
                return true;
            } catch (CasekitException e) {
                return false;
            }
        };
        Map<String, AllowedActions.Comment> statuses = new HashMap<>();
        for (StatusReason status : d.statusReasons()) {
            if (!status.code().equals(c.statusReason())) {
                comment(probe, text -> new ChangeStatus(id, status.code(), text)).ifPresent(rule -> statuses.put(status.code(), rule));
            }
        }
        Map<Action, AllowedActions.Comment> actions = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            if (d.actionTarget(action).filter(target -> !target.equals(c.statusReason())).isPresent()) {
                comment(probe, text -> action(action, id, text)).ifPresent(rule -> actions.put(action, rule));
            }
        }
        Set<String> stages = new HashSet<>();
        d.caseType(c.caseType()).flatMap(CaseType::stagePipeline).flatMap(d::stagePipeline).ifPresent(pipeline -> {
            for (Stage stage : pipeline.stages()) {
                if (!c.stage().equals(Optional.of(stage.code()))
                        && probe.accepts(withRequiredFields(new MoveStage(id, stage.code()), stage, d))) {
                    stages.add(stage.code());
                }
            }
        });
        Set<String> priorities = new HashSet<>();
        for (Priority priority : d.priorities()) {
            if (!priority.code().equals(c.priority()) && probe.accepts(new ChangePriority(id, priority.code()))) {
                priorities.add(priority.code());
            }
        }
        Set<String> caseTypes = new HashSet<>();
        for (CaseType type : d.caseTypes()) {
            if (!type.code().equals(c.caseType()) && probe.accepts(new ChangeCaseType(id, type.code()))) {
                caseTypes.add(type.code());
            }
        }
        Set<Visibility> comments = EnumSet.noneOf(Visibility.class);
        for (Visibility visibility : Visibility.values()) {
            if (probe.accepts(new AddComment(id, PROBE, visibility))) {
                comments.add(visibility);
            }
        }
        Set<String> toRequest = new HashSet<>();
        Set<String> toDecide = new HashSet<>();
        for (ApprovalKind kind : d.approvals()) {
            if (probe.accepts(request(id, kind))) {
                toRequest.add(kind.code());
            }
            if (probe.accepts(new Approve(id, kind.code()))) {
                toDecide.add(kind.code());
            }
        }
        boolean staff = actor.kind() != ActorKind.CONTACT;
        boolean free = c.mergedInto().isEmpty();
        return new AllowedActions(id, statuses, actions, stages, priorities, caseTypes, comments,
                probe.accepts(new ChangeTitle(id, c.title().equals(PROBE) ? PROBE + "." : PROBE)),
                probe.accepts(new Assign(id, Optional.empty())),
                probe.accepts(new Escalate(id)),
                toRequest, toDecide,
                staff && free && c.state().isOpen() && d.merging().isPresent(),
                staff && free);
    }

    /** Whether a move is accepted without a comment, only with one, or not at all. */
    private static Optional<AllowedActions.Comment> comment(Probe probe, Function<Optional<String>, CaseCommand.OnCase> move) {
        if (probe.accepts(move.apply(Optional.empty()))) {
            return Optional.of(AllowedActions.Comment.OPTIONAL);
        }
        return probe.accepts(move.apply(Optional.of(PROBE))) ? Optional.of(AllowedActions.Comment.REQUIRED) : Optional.empty();
    }

    private static CaseCommand.OnCase action(Action action, CaseId id, Optional<String> text) {
        return switch (action) {
            case RESOLVE -> new Resolve(id, text);
            case CLOSE -> new Close(id, text);
            case CANCEL -> new Cancel(id, text);
            case REOPEN -> new Reopen(id, text);
        };
    }

    private static RequestApproval request(CaseId id, ApprovalKind kind) {
        return switch (kind.subject()) {
            case NONE -> new RequestApproval(id, kind.code());
            case TEXT -> new RequestApproval(id, kind.code(), PROBE, PROBE);
            case HOURS -> new RequestApproval(id, kind.code(), "1", PROBE);
        };
    }

    /** Decides a probe command, committing nothing. */
    @FunctionalInterface
    private interface Probe {
        boolean accepts(CaseCommand.OnCase command);
    }

    /**
     * @param move a move to a stage
     * @param stage the stage
     * @param d the definition
     * @return the move with a valid value for each field the stage requires, as a form would send
     */
    private static MoveStage withRequiredFields(MoveStage move, Stage stage, WorkflowDefinition d) {
        MoveStage filled = move;
        for (String name : stage.requiredFields()) {
            Optional<CustomField> field = d.customField(name);
            filled = filled.withField(name, field.map(AllowedActionsReader::sampleValue).orElse(PROBE));
        }
        return filled;
    }

    private static String sampleValue(CustomField field) {
        return switch (field.type()) {
            case CHOICE -> field.allowedValues().isEmpty() ? PROBE : field.allowedValues().get(0);
            case BOOLEAN -> "true";
            case NUMBER -> "1";
            case TEXT -> PROBE;
        };
    }
}
