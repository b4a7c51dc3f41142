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
package io.casekit.core.lifecycle.internal;

import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.IllegalTransitionException.Dimension;
import io.casekit.core.approvals.internal.ApprovalLedger;
import io.casekit.core.approvals.internal.Holds;
import io.casekit.core.cases.MoveStage;
import io.casekit.core.cases.SetCustomField;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.Violations;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Guard;
import io.casekit.core.workflow.Stage;
import io.casekit.core.workflow.StagePipeline;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.StageChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves along the definition: status changes (and the actions built on them) and stage moves, with
 * the stages' gates (an approval), required fields and the statuses they set.
 */
public final class Moves {

    private Moves() {}

    /** Moves the case to the status an action names. */
    public static void action(Decision ctx, Action action, Optional<String> comment) {
        Case c = ctx.current();
        String target = ctx.definition().actionTarget(action).orElseThrow(() -> new IllegalTransitionException(
                Dimension.STATUS, c.number(), c.statusReason(), Optional.empty(),
                ctx.definition().targetsFrom(c.statusReason(), ctx.actor().kind()),
                "the workflow definition offers no " + action.key()));
        status(ctx, target, comment);
    }

    /** Moves the case to {@code target} along a transition the actor may take. */
    public static void status(Decision ctx, String target, Optional<String> comment) {
        Case c = ctx.current();
        WorkflowDefinition d = ctx.definition();
        if (c.statusReason().equals(target)) {
            if (comment.isPresent()) {
                // a command that carries text records it or is refused: never "nothing happened" with the words gone
                throw new IllegalTransitionException(Dimension.STATUS, c.number(), c.statusReason(), Optional.of(target),
                        d.targetsFrom(c.statusReason(), ctx.actor().kind()), "the case is in status '" + target
                        + "' already, so the move and its comment would change nothing; add the comment with AddComment");
            }
            return;
        }
        StatusReason to = d.statusReason(target).orElseThrow(() -> Violations.single(ctx.command(), "statusReason",
                "KnownStatus", "unknown status reason '" + target + "'"));
        if (d.merging().filter(m -> m.status().equals(target)).isPresent()) {
            throw new IllegalTransitionException(Dimension.STATUS, c.number(), c.statusReason(), Optional.of(target),
                    d.targetsFrom(c.statusReason(), ctx.actor().kind()), "status '" + target + "' is reached by a merge only"
                    + " (the Merge command), not by a status change");
        }
        Transition transition = d.transition(c.statusReason(), target, ctx.actor().kind()).orElseThrow(() ->
                new IllegalTransitionException(Dimension.STATUS, c.number(), c.statusReason(), Optional.of(target),
                        d.targetsFrom(c.statusReason(), ctx.actor().kind()),
                        "no transition from '" + c.statusReason() + "' to '" + target + "' for " + ctx.actor().kind()));
        if (transition.guards().contains(Guard.NEEDS_COMMENT) && comment.isEmpty()) {
            throw Violations.single(ctx.command(), "comment", "NeedsComment",
                    "the move from '" + c.statusReason() + "' to '" + target + "' needs a comment");
        }
        Holds.holding(ctx, to).ifPresent(kind -> {
            throw new IllegalTransitionException(Dimension.APPROVAL, c.number(), c.statusReason(), Optional.of(target),
                    Set.of(kind), "the case waits for the customer's approval '" + kind + "'; until then it can only be cancelled");
        });
        comment.ifPresent(body -> ctx.change().record(h -> new CommentAdded(h, Change.commentId(h.sequence()), body, Visibility.PUBLIC)));
        record(ctx, to, StatusChanged.Cause.REQUESTED);
    }

    private static void record(Decision ctx, StatusReason to, StatusChanged.Cause cause) {
        Case c = ctx.current();
        ctx.change().record(h -> new StatusChanged(h, c.statusReason(), to.code(), c.state(), to.state(), cause));
    }

    /** Decides a {@link MoveStage}: the fields it sets, then the move. */
    public static void stage(Decision ctx, MoveStage cmd) {
        cmd.fields().forEach((field, value) -> Edits.customField(ctx, new SetCustomField(cmd.caseId(), field, value)));
        move(ctx, cmd);
    }

    private static void move(Decision ctx, MoveStage cmd) {
        ctx.requireStaff("move stages");
        ctx.requireOpen();
        Case c = ctx.current();
        if (c.stage().equals(Optional.of(cmd.stage()))) {
            return;
        }
        WorkflowDefinition d = ctx.definition();
        Optional<StagePipeline> pipeline = d.caseType(c.caseType()).flatMap(CaseType::stagePipeline).flatMap(d::stagePipeline);
        if (pipeline.isEmpty()) {
            throw Violations.single(ctx.command(), "stage", "StagePipeline", "cases of type '" + c.caseType() + "' have no stages");
        }
        if (pipeline.get().stage(cmd.stage()).isEmpty()) {
            throw Violations.single(ctx.command(), "stage", "KnownStage", "unknown stage '" + cmd.stage() + "'; stages: "
                    + pipeline.get().stages().stream().map(Stage::code).toList());
        }
        List<String> successors = c.stage().flatMap(pipeline.get()::stage).map(pipeline.get()::successors)
                .orElse(List.of(pipeline.get().first().code()));
        // the stages that may be entered now: a successor whose gate waits for an approval is not one of them
        Set<String> allowed = successors.stream().filter(code -> gateOpen(ctx, pipeline.get(), code)).collect(Collectors.toSet());
        if (!successors.contains(cmd.stage())) {
            throw new IllegalTransitionException(Dimension.STAGE, c.number(), c.stage().orElse(""), Optional.of(cmd.stage()),
                    allowed, "stage '" + cmd.stage() + "' does not follow '" + c.stage().orElse("(none)") + "'");
        }
        Stage target = pipeline.get().stage(cmd.stage()).orElseThrow();
        if (!allowed.contains(cmd.stage())) {
            throw new IllegalTransitionException(Dimension.STAGE, c.number(), c.stage().orElse(""), Optional.of(cmd.stage()),
                    allowed, "stage '" + cmd.stage() + "' needs a new approval '" + target.gate().orElseThrow()
                    + "' by an authorised contact of the customer");
        }
        Violations violations = ctx.violations();
        for (String field : target.requiredFields()) {
            if (!c.customFields().containsKey(field)) {
                violations.add("customFields[" + field + "]", "Required", "stage '" + cmd.stage() + "' needs a value for '"
                        + field + "'; set it first");
            }
        }
        violations.throwIfAny();
        ctx.change().record(h -> new StageChanged(h, c.stage(), cmd.stage()));
        target.setsStatus().filter(code -> !code.equals(c.statusReason())).ifPresent(code -> Holds.rule(ctx, Optional.of(code)));
    }

    /** Whether the stage has no gate, or its gate's approval was granted since the case last entered a stage it gates. */
    private static boolean gateOpen(Decision ctx, StagePipeline pipeline, String code) {
        Optional<String> gate = pipeline.stage(code).flatMap(Stage::gate);
        return gate.isEmpty() || ApprovalLedger.of(ctx, Optional.of(pipeline)).opens(gate.get());
    }
}
