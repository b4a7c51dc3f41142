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

import static io.casekit.spi.model.ActorKind.AGENT;
import static io.casekit.spi.model.ActorKind.CONTACT;
import static io.casekit.spi.model.ActorKind.SYSTEM;
import static io.casekit.spi.model.CaseState.CANCELLED;
import static io.casekit.spi.model.CaseState.OPEN;
import static io.casekit.spi.model.CaseState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.casekit.spi.model.ActorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The definition check, driven through the Java builder: every rule of "What the check refuses"
 * with the path of the offending element, plus the transition queries, the set-once builder
 * settings and the immutability of what is built.
 */
class DefinitionCheckTest {

    /**
     * A valid definition: P1, P2; Question; new -> working -> done, new/working -> dropped,
     * done/dropped -> working. Tests add to it; the indices of what they add follow these.
     */
    private static WorkflowDefinition.Builder base() {
        return WorkflowDefinition.builder("check", 1)
                .priority(Priority.of("P1", 1, "Urgent"))
                .priority(Priority.of("P2", 2, "Normal"))
                .caseType(CaseType.of("Question", "Question", "P2"))
                .status(StatusReason.of("new", "New", OPEN))
                .status(StatusReason.of("working", "Working", OPEN))
                .status(StatusReason.of("done", "Done", RESOLVED))
                .status(StatusReason.of("dropped", "Dropped", CANCELLED))
                .initialStatus("new")
                .transition(Transition.from("new").to("working").by(AGENT))
                .transition(Transition.from("working").to("done").by(AGENT))
                .transition(Transition.from("new", "working").to("dropped").by(AGENT, CONTACT))
                .transition(Transition.from("done", "dropped").to("working").by(AGENT));
    }

    @Test
    void theBaseIsValid() {
        WorkflowDefinition definition = base().build();

        assertThat(definition.ref().id()).isEqualTo("check");
        assertThat(definition.ref().version()).isEqualTo(1);
        assertThat(definition.name()).isEqualTo("check");
        assertThat(definition.caseNumberFormat().pattern()).isEqualTo("{seq}");
        assertThat(definition.caseNumberFormat().start()).isEqualTo(1);
        assertThat(definition.statusReasons()).extracting(StatusReason::code).containsExactly("new", "working", "done", "dropped");
        assertThat(definition.transitions()).hasSize(4);
        assertThat(definition.toString()).isEqualTo("WorkflowDefinition[" + definition.ref() + "]");
    }

    @Test
    void lookUpsFindWhatWasDeclared() {
        WorkflowDefinition definition = base()
                .name("Check")
                .caseNumber("C-{seq:3}", 7)
                .noContractPriority("P2")
                .action(Action.CLOSE, "done")
                .stagePipeline(StagePipeline.of("flow", Stage.of("A", "A")))
                .customField(CustomField.of("note", "Note", FieldType.TEXT))
                .view(View.of("all", "All"))
                .build();

        assertThat(definition.name()).isEqualTo("Check");
        assertThat(definition.caseNumberFormat().format(1, () -> 0L)).isEqualTo("C-007");
        assertThat(definition.noContractPriority()).contains("P2");
        assertThat(definition.priority("P1")).contains(Priority.of("P1", 1, "Urgent"));
        assertThat(definition.priority("P9")).isEmpty();
        assertThat(definition.caseType("Question")).contains(CaseType.of("Question", "Question", "P2"));
        assertThat(definition.statusReason("done")).contains(StatusReason.of("done", "Done", RESOLVED));
        assertThat(definition.statusReason("ghost")).isEmpty();
        assertThat(definition.actionTarget(Action.CLOSE)).contains("done");
        assertThat(definition.actionTarget(Action.CANCEL)).isEmpty();
        assertThat(definition.stagePipeline("flow")).contains(StagePipeline.of("flow", Stage.of("A", "A")));
        assertThat(definition.customField("note")).contains(CustomField.of("note", "Note", FieldType.TEXT));
        assertThat(definition.view("all")).contains(View.of("all", "All"));
        assertThat(definition.view("none")).isEmpty();
    }

    // ---- the rules ----------------------------------------------------------------------------------

    @Nested
    class Rules {

        @Test
        void aTransitionBetweenUnknownStatuses() {
            assertThat(problems(base().transition(Transition.from("working", "ghost").to("limbo").by(AGENT)))).containsExactly(
                    new DefinitionProblem("transitions[4].from[1]", "unknown status reason 'ghost'"),
                    new DefinitionProblem("transitions[4].to", "unknown status reason 'limbo'"));
        }

        @Test
        void aStatusThatCannotBeReached() {
            List<DefinitionProblem> problems = problems(base()
                    .status(StatusReason.of("limbo", "Limbo", OPEN))
                    .status(StatusReason.of("archived", "Archived", RESOLVED))
                    .transition(Transition.from("limbo").to("archived").by(AGENT)));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("statusReasons[4]", "status 'limbo' cannot be reached from the initial status 'new'"),
                    new DefinitionProblem("statusReasons[5]", "status 'archived' cannot be reached from the initial status 'new'"));
        }

        @Test
        void aWildcardTransitionOrARuleIsAWayIn() {
            // without a way in
            assertThat(problems(base()
                    .status(StatusReason.of("escalated", "Escalated", OPEN))
                    .transition(Transition.from("escalated").to("working").by(AGENT))))
                    .containsExactly(new DefinitionProblem("statusReasons[4]",
                            "status 'escalated' cannot be reached from the initial status 'new'"));
            // a wildcard transition leads in from every status
            assertThat(problems(base()
                    .status(StatusReason.of("escalated", "Escalated", OPEN))
                    .transition(Transition.from("escalated").to("working").by(AGENT))
                    .transition(Transition.from("*").to("escalated").by(SYSTEM))))
                    .isEmpty();
            // so does a rule, which is also a way out
            assertThat(problems(onlyRules(StatusReason.of("new", "New", OPEN).onAssign("assigned")))).isEmpty();
            assertThat(problems(onlyRules(StatusReason.of("new", "New", OPEN)))).containsExactly(
                    new DefinitionProblem("statusReasons[0]", "OPEN status 'new' has no way out: add a transition from it"),
                    new DefinitionProblem("statusReasons[1]", "status 'assigned' cannot be reached from the initial status 'new'"));
        }

        /** A definition whose statuses are connected by rules only. */
        private WorkflowDefinition.Builder onlyRules(StatusReason initial) {
            return WorkflowDefinition.builder("rules", 1)
                    .priority(Priority.of("P1", 1, "Urgent"))
                    .caseType(CaseType.of("Question", "Question", "P1"))
                    .status(initial)
                    .status(StatusReason.of("assigned", "Assigned", OPEN).onContactComment("new"))
                    .initialStatus("new");
        }

        @Test
        void anOpenStatusWithNoWayOut() {
            List<DefinitionProblem> problems = problems(base()
                    .status(StatusReason.of("stuck", "Stuck", OPEN))
                    .status(StatusReason.of("waiting", "Waiting", OPEN).onContactComment("working"))
                    .status(StatusReason.of("parked", "Parked", OPEN))
                    .transition(Transition.from("working").to("stuck").by(AGENT))
                    .transition(Transition.from("working").to("waiting").by(AGENT))
                    .transition(Transition.from("working").to("parked").by(AGENT))
                    .transition(Transition.from("parked", "stuck").to("parked").by(AGENT)));

            // 'stuck' leaves for 'parked', 'waiting' by its rule; 'parked' only "leaves" for itself,
            // which is refused and is no way out
            assertThat(problems).containsExactly(
                    new DefinitionProblem("transitions[7].from[0]", "a transition from 'parked' to itself"),
                    new DefinitionProblem("statusReasons[6]", "OPEN status 'parked' has no way out: add a transition from it"));
        }

        @Test
        void aWildcardTransitionIsAWayOutOfEveryOtherStatus() {
            List<DefinitionProblem> problems = problems(base()
                    .status(StatusReason.of("stuck", "Stuck", OPEN))
                    .transition(Transition.from("working").to("stuck").by(AGENT))
                    .transition(Transition.from("*").to("stuck").by(SYSTEM)));

            // the wildcard leads into 'stuck' from everywhere, but not out of 'stuck' itself
            assertThat(problems).containsExactly(
                    new DefinitionProblem("statusReasons[4]", "OPEN status 'stuck' has no way out: add a transition from it"));
            assertThat(problems(base()
                    .status(StatusReason.of("stuck", "Stuck", OPEN))
                    .transition(Transition.from("working").to("stuck").by(AGENT))
                    .transition(Transition.from("*").to("dropped").by(SYSTEM))))
                    .isEmpty();
        }

        @Test
        void duplicateCodes() {
            List<DefinitionProblem> problems = problems(base()
                    .priority(Priority.of("P1", 3, "Again"))
                    .caseType(CaseType.of("Question", "Another question", "P1"))
                    .status(StatusReason.of("done", "Done again", RESOLVED))
                    .stagePipeline(StagePipeline.of("flow", Stage.of("A", "A"), Stage.of("B", "B").leadingTo(), Stage.of("A", "A again")))
                    .stagePipeline(StagePipeline.of("flow", Stage.of("X", "X")))
                    .customField(CustomField.of("note", "Note", FieldType.TEXT))
                    .customField(CustomField.of("note", "Note again", FieldType.NUMBER))
                    .view(View.of("all", "All"))
                    .view(View.of("all", "All again")));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("priorities[2].code", "duplicate code 'P1'"),
                    new DefinitionProblem("caseTypes[1].code", "duplicate code 'Question'"),
                    new DefinitionProblem("statusReasons[4].code", "duplicate code 'done'"),
                    new DefinitionProblem("stagePipelines[1].id", "duplicate id 'flow'"),
                    new DefinitionProblem("stagePipelines[0].stages[2].code", "duplicate code 'A'"),
                    new DefinitionProblem("customFields[1].name", "duplicate name 'note'"),
                    new DefinitionProblem("views[1].code", "duplicate code 'all'"));
        }

        @Test
        void brokenStagePipelines() {
            List<DefinitionProblem> problems = problems(base()
                    .stagePipeline(StagePipeline.of("unknown-next", Stage.of("A", "A").leadingTo("B", "Z"), Stage.of("B", "B")))
                    .stagePipeline(StagePipeline.of("unreachable", Stage.of("A", "A").leadingTo("C"), Stage.of("B", "B"), Stage.of("C", "C")))
                    .stagePipeline(StagePipeline.of("endless", Stage.of("A", "A"), Stage.of("B", "B").leadingTo("A")))
                    .stagePipeline(StagePipeline.of("self", Stage.of("A", "A").leadingTo("A", "B"), Stage.of("B", "B")))
                    .stagePipeline(StagePipeline.of("empty"))
                    .stagePipeline(StagePipeline.of(" ", Stage.of("A", "A"))));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("stagePipelines[5].id", "must not be blank"),
                    new DefinitionProblem("stagePipelines[0].stages[0].next[1]", "unknown stage 'Z'"),
                    new DefinitionProblem("stagePipelines[1].stages[1]", "stage 'B' cannot be reached from the first stage"),
                    new DefinitionProblem("stagePipelines[2]",
                            "the pipeline has no end: no stage reachable from 'A' is a last stage (a stage without next)"),
                    new DefinitionProblem("stagePipelines[3].stages[0].next[0]", "a stage cannot lead to itself"),
                    new DefinitionProblem("stagePipelines[4].stages", "must have at least one stage"));
        }

        @Test
        void aPipelineMayLoopBackAsLongAsItCanEnd() {
            WorkflowDefinition definition = base()
                    .stagePipeline(StagePipeline.of("flow",
                            Stage.of("Analysis", "Analysis"),
                            Stage.of("Test", "Test").leadingTo("Analysis", "Done"),
                            Stage.of("Done", "Done").leadingTo()))
                    .caseType(CaseType.of("Change", "Change", "P1").withStages("flow"))
                    .build();

            StagePipeline flow = definition.stagePipeline("flow").orElseThrow();
            assertThat(flow.successors(flow.stage("Analysis").orElseThrow())).containsExactly("Test");
            assertThat(flow.successors(flow.stage("Test").orElseThrow())).containsExactly("Analysis", "Done");
            assertThat(flow.successors(flow.stage("Done").orElseThrow())).isEmpty();
        }

        @Test
        void aDefaultPriorityTheTypeDoesNotAllow() {
            List<DefinitionProblem> problems = problems(base()
                    .caseType(CaseType.of("Change", "Change", "P1").allowing("P2"))
                    .caseType(CaseType.of("Incident", "Incident", "P9"))
                    .caseType(CaseType.of("Update", "Update", "P2").allowing("P2", "P7")));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("caseTypes[1].defaultPriority", "'P1' is not among the type's allowed priorities [P2]"),
                    new DefinitionProblem("caseTypes[2].defaultPriority", "unknown priority 'P9'; known: [P1, P2]"),
                    new DefinitionProblem("caseTypes[3].priorities[1]", "unknown priority 'P7'"));
        }

        @Test
        void referencesToUnknownElements() {
            List<DefinitionProblem> problems = problems(base()
                    .noContractPriority("P0")
                    .caseType(CaseType.of("Change", "Change", "P1").withStages("ghost"))
                    .status(StatusReason.of("waiting", "Waiting", OPEN).onAssign("ghost").onContactComment("working"))
                    .transition(Transition.from("working").to("waiting").by(AGENT))
                    .customField(CustomField.of("env", "Env", FieldType.CHOICE, "DEV").onCaseTypes("Change", "Zeta", "Alpha"))
                    .view(View.of("mine", "Mine").withStatusReasons("ghost")));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("noContractPriority", "unknown priority 'P0'; known: [P1, P2]"),
                    new DefinitionProblem("caseTypes[1].stagePipeline", "unknown stage pipeline 'ghost'; known: []"),
                    new DefinitionProblem("statusReasons[4].onAssign", "unknown status reason 'ghost'"),
                    new DefinitionProblem("customFields[0].caseTypes", "unknown case type 'Alpha'"),
                    new DefinitionProblem("customFields[0].caseTypes", "unknown case type 'Zeta'"),
                    new DefinitionProblem("views[0].statusReasons", "unknown status reason 'ghost'"));
        }

        @Test
        void aViewThatNoStatusCanMatchIsRefused() {
            List<DefinitionProblem> problems = problems(base()
                    .view(View.of("waiting-supplier", "Waiting for supplier").withFlags(StatusFlag.WAITING_ON_SUPPLIER))
                    .view(View.of("closed-received", "Closed").withStates(RESOLVED).withStatusReasons("working")));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("views[0]", "matches no status reason of the definition: the view would always be empty"),
                    new DefinitionProblem("views[1]", "matches no status reason of the definition: the view would always be empty"));
        }

        @Test
        void theInitialStatusMustBeAKnownOpenStatus() {
            WorkflowDefinition.Builder noInitial = WorkflowDefinition.builder("check", 1)
                    .priority(Priority.of("P1", 1, "Urgent"))
                    .caseType(CaseType.of("Question", "Question", "P1"))
                    .status(StatusReason.of("new", "New", OPEN))
                    .status(StatusReason.of("done", "Done", RESOLVED))
                    .transition(Transition.from("new").to("done").by(AGENT))
                    .transition(Transition.from("done").to("new").by(AGENT));

            assertThat(problems(copyOf(noInitial))).containsExactly(new DefinitionProblem("initialStatus", "is required"));
            assertThat(problems(copyOf(noInitial).initialStatus("ghost")))
                    .containsExactly(new DefinitionProblem("initialStatus", "unknown status reason 'ghost'"));
            assertThat(problems(copyOf(noInitial).initialStatus("done")))
                    .containsExactly(new DefinitionProblem("initialStatus", "must be an OPEN status; 'done' is RESOLVED"));
            assertThat(copyOf(noInitial).initialStatus("new").build().initialStatus()).isEqualTo("new");
        }

        @Test
        void transitionsWithoutActorsOrSourcesOrToThemselves() {
            List<DefinitionProblem> problems = problems(base()
                    .transition(Transition.from("new").to("done"))
                    .transition(new Transition(List.of(), "done", Set.of(AGENT), Set.of()))
                    .transition(Transition.from("working", "done", "new").to("done").by(AGENT)));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("transitions[4].actors", "must name at least one of AGENT, CONTACT, SYSTEM"),
                    new DefinitionProblem("transitions[5].from", "must name at least one status, or \"*\""),
                    new DefinitionProblem("transitions[6].from[1]", "a transition from 'done' to itself"));
        }

        @Test
        void actionTargetsOfTheWrongState() {
            List<DefinitionProblem> problems = problems(base()
                    .action(Action.REOPEN, "dropped")
                    .action(Action.CANCEL, "working")
                    .action(Action.CLOSE, "dropped")
                    .action(Action.RESOLVE, "dropped"));

            // reported in the order of the actions, not of the calls
            assertThat(problems).containsExactly(
                    new DefinitionProblem("actions.resolve", "'dropped' is CANCELLED, which resolve cannot target"),
                    new DefinitionProblem("actions.close", "'dropped' is CANCELLED, which close cannot target"),
                    new DefinitionProblem("actions.cancel", "'working' is OPEN, which cancel cannot target"),
                    new DefinitionProblem("actions.reopen", "'dropped' is CANCELLED, which reopen cannot target"));
            assertThat(problems(base().action(Action.CLOSE, "ghost")))
                    .containsExactly(new DefinitionProblem("actions.close", "unknown status reason 'ghost'"));
        }

        @Test
        void actionTargetsOfTheRightState() {
            WorkflowDefinition resolvingToOpen = base()
                    .status(StatusReason.of("confirm", "Confirm", OPEN).flagged(StatusFlag.AWAITING_CONFIRMATION))
                    .transition(Transition.from("working").to("confirm").by(AGENT))
                    .transition(Transition.from("confirm").to("done").by(CONTACT))
                    .action(Action.RESOLVE, "confirm")
                    .action(Action.CLOSE, "done")
                    .action(Action.CANCEL, "dropped")
                    .action(Action.REOPEN, "working")
                    .build();
            WorkflowDefinition resolvingToResolved = base().action(Action.RESOLVE, "done").build();

            assertThat(resolvingToOpen.actionTarget(Action.RESOLVE)).contains("confirm");
            assertThat(resolvingToResolved.actionTarget(Action.RESOLVE)).contains("done");
        }

        @Test
        void customFieldValues() {
            List<DefinitionProblem> problems = problems(base()
                    .customField(CustomField.of("env", "Env", FieldType.CHOICE))
                    .customField(CustomField.of("count", "Count", FieldType.NUMBER, "1", "2"))
                    .customField(CustomField.of("size", "Size", FieldType.CHOICE, "S", "S"))
                    .customField(CustomField.of("ok", "OK", FieldType.CHOICE, "yes", "no"))
                    .customField(CustomField.of("", "Blank", FieldType.BOOLEAN)));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("customFields[4].name", "must not be blank"),
                    new DefinitionProblem("customFields[0].values", "a CHOICE field needs at least one value"),
                    new DefinitionProblem("customFields[1].values", "only CHOICE fields have values; this one is NUMBER"),
                    new DefinitionProblem("customFields[2].values", "duplicate values in [S, S]"));
        }

        @Test
        void aBrokenCaseNumberFormat() {
            assertThat(problems(base().caseNumber("CAS-{rand:6}", 1)))
                    .containsExactly(new DefinitionProblem("caseNumber.format", "caseNumber.format without a sequence ({seq} or {customerSeq}) needs at least 8 random"
                    + " characters ({code:N} or {rand:N}) so that numbers rarely collide, found 6"));
            assertThat(problems(base().caseNumber("CAS-{seq}-{year}", 1))).containsExactly(new DefinitionProblem(
                    "caseNumber.format", "caseNumber.format: unknown placeholder {year}; use {seq}, {seq:N},"
                    + " {customerSeq}, {customerSeq:N}, {rand:N} or {code:N}"));
            assertThat(problems(base().caseNumber("CAS-{seq}", 0)))
                    .containsExactly(new DefinitionProblem("caseNumber.start", "must be 1 or more, was 0"));
            assertThat(problems(base().caseNumber("CAS-{code:8}", 10))).containsExactly(new DefinitionProblem("caseNumber.start",
                    "caseNumber.start applies to a sequence, and caseNumber.format has none: leave the start out, was 10"));
            assertThat(problems(base().caseNumber("CAS-{customerSeq}-{code:5}", 1))).containsExactly(new DefinitionProblem(
                    "caseNumber.format", "caseNumber.format with {customerSeq} needs at least 6 random characters ({code:N} or"
                    + " {rand:N}) to tell apart the numbers of customers with the same sequence value, found 5"));
            assertThat(problems(base().caseNumber("CAS-{customerSeq}-{code:6}", 1))).isEmpty();
            assertThat(problems(base().caseNumber("CAS-{code:8}", 1))).isEmpty();
        }

        @Test
        void blankIdsCodesAndLabelsAndAVersionBelowOne() {
            List<DefinitionProblem> problems = problems(WorkflowDefinition.builder(" ", 0)
                    .priority(new Priority("", 0, Labels.none()))
                    .priority(Priority.of("P1", 1, "Urgent"))
                    .caseType(new CaseType("Question", Labels.of("en", " "), "P1", List.of(), Optional.empty()))
                    .status(new StatusReason("new", Labels.of("en", "New").and("nl", ""), OPEN, Set.of(),
                            Optional.empty(), Optional.empty()))
                    .initialStatus("new")
                    .transition(Transition.from("new").to("new").by(AGENT))
                    .view(new View("v", Labels.none(), Set.of(), Set.of(), Set.of())));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("id", "must not be blank"),
                    new DefinitionProblem("version", "must be 1 or more, was 0"),
                    new DefinitionProblem("priorities[0].code", "must not be blank"),
                    new DefinitionProblem("priorities[0].rank", "must be 1 or more, was 0"),
                    new DefinitionProblem("priorities[0].labels", "needs at least one label"),
                    new DefinitionProblem("caseTypes[0].labels.en", "must not be blank"),
                    new DefinitionProblem("statusReasons[0].labels.nl", "must not be blank"),
                    new DefinitionProblem("transitions[0].from[0]", "a transition from 'new' to itself"),
                    new DefinitionProblem("statusReasons[0]", "OPEN status 'new' has no way out: add a transition from it"),
                    new DefinitionProblem("views[0].labels", "needs at least one label"));
        }

        @Test
        void rulesThatGoNowhereOrApplyToFinishedStatuses() {
            List<DefinitionProblem> problems = problems(WorkflowDefinition.builder("check", 1)
                    .priority(Priority.of("P1", 1, "Urgent"))
                    .caseType(CaseType.of("Question", "Question", "P1"))
                    .status(StatusReason.of("new", "New", OPEN).onAssign("new"))
                    .status(StatusReason.of("done", "Done", RESOLVED).onContactComment("new").flagged(StatusFlag.AWAITING_CONFIRMATION))
                    .initialStatus("new")
                    .transition(Transition.from("new").to("done").by(AGENT)));

            assertThat(problems).containsExactly(
                    new DefinitionProblem("statusReasons[0].onAssign", "moves the status to itself"),
                    new DefinitionProblem("statusReasons[1].onContactComment", "rules apply only to OPEN statuses; 'done' is RESOLVED"),
                    new DefinitionProblem("statusReasons[1].flags", "AWAITING_CONFIRMATION is for OPEN statuses; 'done' is RESOLVED"));
        }

        @Test
        void anEmptyBuilderNeedsAtLeastOneOfEachKind() {
            assertThat(problems(WorkflowDefinition.builder("bare", 1))).containsExactly(
                    new DefinitionProblem("priorities", "must have at least one element"),
                    new DefinitionProblem("caseTypes", "must have at least one element"),
                    new DefinitionProblem("statusReasons", "must have at least one element"),
                    new DefinitionProblem("initialStatus", "is required"));
        }

        @Test
        void everyProblemComesBackInOneException() {
            WorkflowDefinition.Builder builder = base()
                    .caseNumber("{seq}{seq}", 1)
                    .priority(Priority.of("P2", 3, "Low"))
                    .caseType(CaseType.of("Change", "Change", "P1").allowing("P2"))
                    .status(StatusReason.of("limbo", "Limbo", OPEN))
                    .transition(Transition.from("limbo").to("ghost").by(AGENT))
                    .action(Action.CLOSE, "working")
                    .customField(CustomField.of("env", "Env", FieldType.CHOICE));

            InvalidDefinitionException e = invalid(builder);

            assertThat(paths(e.problems())).containsExactly(
                    "caseNumber.format",
                    "priorities[2].code",
                    "caseTypes[1].defaultPriority",
                    "transitions[4].to",
                    "actions.close",
                    "statusReasons[4]",
                    "statusReasons[4]",
                    "customFields[0].values");
            assertThat(messages(e.problems()).subList(5, 7)).containsExactly(
                    "status 'limbo' cannot be reached from the initial status 'new'",
                    "OPEN status 'limbo' has no way out: add a transition from it");
            assertThat(e.getMessage()).startsWith("invalid workflow definition 'check' version 1, 8 problem(s):\n  caseNumber.format: ");
        }
    }

    // ---- transition queries -------------------------------------------------------------------------

    @Nested
    class Transitions {

        private final Transition newToWorking = Transition.from("new").to("working").by(AGENT);
        private final Transition workingToWaiting = Transition.from("working").to("waiting").by(AGENT).guardedBy(Guard.NEEDS_COMMENT);
        private final Transition waitingToWorking = Transition.from("waiting").to("working").by(CONTACT, AGENT);
        private final Transition anyToDropped = Transition.from("*").to("dropped").by(AGENT, CONTACT);
        private final Transition toDone = Transition.from("working", "waiting").to("done").by(AGENT);
        private final Transition anyToWorking = Transition.from("*").to("working").by(SYSTEM, AGENT);
        private final Transition reopen = Transition.from("done", "dropped").to("working").by(AGENT);

        private final WorkflowDefinition definition = WorkflowDefinition.builder("transitions", 1)
                .priority(Priority.of("P1", 1, "Urgent"))
                .caseType(CaseType.of("Question", "Question", "P1"))
                .status(StatusReason.of("new", "New", OPEN))
                .status(StatusReason.of("working", "Working", OPEN))
                .status(StatusReason.of("waiting", "Waiting", OPEN))
                .status(StatusReason.of("done", "Done", RESOLVED))
                .status(StatusReason.of("dropped", "Dropped", CANCELLED))
                .initialStatus("new")
                .transition(newToWorking)
                .transition(workingToWaiting)
                .transition(waitingToWorking)
                .transition(anyToDropped)
                .transition(toDone)
                .transition(anyToWorking)
                .transition(reopen)
                .build();

        @Test
        void findsTheTransitionForTheActorKind() {
            assertThat(definition.transition("new", "working", AGENT)).contains(newToWorking);
            assertThat(definition.transition("new", "working", CONTACT)).isEmpty();
            assertThat(definition.transition("new", "waiting", AGENT)).isEmpty();
            assertThat(definition.transition("working", "waiting", AGENT))
                    .hasValueSatisfying(t -> assertThat(t.guards()).containsExactly(Guard.NEEDS_COMMENT));
            assertThat(definition.transition("waiting", "working", CONTACT)).contains(waitingToWorking);
            assertThat(definition.transition("waiting", "done", AGENT)).contains(toDone);
            assertThat(definition.transition("waiting", "done", CONTACT)).isEmpty();
        }

        @Test
        void theFirstDeclaredTransitionWins() {
            // waitingToWorking and the wildcard both take an AGENT from waiting to working
            assertThat(definition.transition("waiting", "working", AGENT)).contains(waitingToWorking);
            assertThat(definition.transition("waiting", "working", SYSTEM)).contains(anyToWorking);
            // the wildcard and reopen both take an AGENT from done to working
            assertThat(definition.transition("done", "working", AGENT)).contains(anyToWorking);
            assertThat(definition.transition("new", "working", AGENT)).contains(newToWorking);
        }

        @Test
        void theWildcardStandsForEveryStatus() {
            for (String from : List.of("new", "working", "waiting", "done")) {
                assertThat(definition.transition(from, "dropped", CONTACT)).as(from).contains(anyToDropped);
                assertThat(definition.transition(from, "dropped", SYSTEM)).as(from).isEmpty();
            }
            assertThat(definition.transition("new", "working", SYSTEM)).contains(anyToWorking);
        }

        @Test
        void aStatusNeverTransitionsToItself() {
            assertThat(definition.transition("dropped", "dropped", AGENT)).isEmpty();
            assertThat(definition.transition("working", "working", SYSTEM)).isEmpty();
            for (StatusReason status : definition.statusReasons()) {
                for (ActorKind actor : ActorKind.values()) {
                    assertThat(definition.targetsFrom(status.code(), actor)).as(status.code() + " " + actor)
                            .doesNotContain(status.code());
                }
            }
        }

        @Test
        void targetsFromListsTheTargetsInDeclarationOrder() {
            assertThat(definition.targetsFrom("new", AGENT)).containsExactly("working", "dropped");
            assertThat(definition.targetsFrom("working", AGENT)).containsExactly("waiting", "dropped", "done");
            assertThat(definition.targetsFrom("waiting", AGENT)).containsExactly("working", "dropped", "done");
            assertThat(definition.targetsFrom("waiting", CONTACT)).containsExactly("working", "dropped");
            assertThat(definition.targetsFrom("done", AGENT)).containsExactly("dropped", "working");
            assertThat(definition.targetsFrom("dropped", AGENT)).containsExactly("working");
            assertThat(definition.targetsFrom("dropped", CONTACT)).isEmpty();
            assertThat(definition.targetsFrom("working", SYSTEM)).isEmpty();
            assertThat(definition.targetsFrom("new", SYSTEM)).containsExactly("working");
        }

        @Test
        void targetsFromAgreesWithTransition() {
            for (StatusReason from : definition.statusReasons()) {
                for (ActorKind actor : ActorKind.values()) {
                    for (StatusReason to : definition.statusReasons()) {
                        assertThat(definition.targetsFrom(from.code(), actor).contains(to.code()))
                                .as(from.code() + " -> " + to.code() + " by " + actor)
                                .isEqualTo(definition.transition(from.code(), to.code(), actor).isPresent());
                    }
                }
            }
        }
    }

    // ---- the builder --------------------------------------------------------------------------------

    @Nested
    class TheBuilder {

        @Test
        void singleValuedSettingsMayBeSetOnce() {
            assertSecondCallRefused(b -> b.name("One"), b -> b.name("Two"), "name was already set to One");
            assertSecondCallRefused(b -> b.caseNumber("A-{seq}", 1), b -> b.caseNumber("B-{seq}", 1),
                    "caseNumber was already set to A-{seq}");
            assertSecondCallRefused(b -> b.noContractPriority("P1"), b -> b.noContractPriority("P2"),
                    "noContractPriority was already set to P1");
            assertSecondCallRefused(b -> b.initialStatus("new"), b -> b.initialStatus("working"),
                    "initialStatus was already set to new");
            assertSecondCallRefused(b -> b.action(Action.CLOSE, "done"), b -> b.action(Action.CLOSE, "dropped"),
                    "actions.close was already set");
        }

        private void assertSecondCallRefused(Consumer<WorkflowDefinition.Builder> first, Consumer<WorkflowDefinition.Builder> second,
                String message) {
            WorkflowDefinition.Builder builder = WorkflowDefinition.builder("once", 1);
            first.accept(builder);
            assertThatThrownBy(() -> second.accept(builder)).isInstanceOf(IllegalStateException.class).hasMessage(message);
        }

        @Test
        void theFirstValueStaysAfterARefusedSecondOne() {
            WorkflowDefinition.Builder builder = base().name("One").action(Action.CLOSE, "done");
            assertThatThrownBy(() -> builder.name("Two")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> builder.action(Action.CLOSE, "dropped")).isInstanceOf(IllegalStateException.class);

            WorkflowDefinition definition = builder.build();

            assertThat(definition.name()).isEqualTo("One");
            assertThat(definition.actionTarget(Action.CLOSE)).contains("done");
        }

        @Test
        void differentActionsMayEachBeSetOnce() {
            WorkflowDefinition definition = base()
                    .action(Action.CLOSE, "done")
                    .action(Action.CANCEL, "dropped")
                    .action(Action.REOPEN, "working")
                    .action(Action.RESOLVE, "done")
                    .build();

            assertThat(definition.actionTarget(Action.CLOSE)).contains("done");
            assertThat(definition.actionTarget(Action.CANCEL)).contains("dropped");
            assertThat(definition.actionTarget(Action.REOPEN)).contains("working");
            assertThat(definition.actionTarget(Action.RESOLVE)).contains("done");
        }

        @Test
        void nullsAreRefusedAtOnce() {
            WorkflowDefinition.Builder builder = base();

            assertThatThrownBy(() -> WorkflowDefinition.builder(nullString(), 1)).isInstanceOf(NullPointerException.class).hasMessage("id");
            assertThatThrownBy(() -> builder.status(null)).isInstanceOf(NullPointerException.class).hasMessage("statusReason");
            assertThatThrownBy(() -> builder.action(Action.CLOSE, nullString()))
                    .isInstanceOf(NullPointerException.class).hasMessage("actions.close");
            assertThat(builder.build().actionTarget(Action.CLOSE)).isEmpty();
        }

        @Test
        void theDefinitionsListsAreImmutable() {
            WorkflowDefinition definition = base()
                    .stagePipeline(StagePipeline.of("flow", Stage.of("A", "A").leadingTo("B"), Stage.of("B", "B")))
                    .customField(CustomField.of("env", "Env", FieldType.CHOICE, "DEV"))
                    .view(View.of("all", "All"))
                    .build();

            assertImmutable(definition.priorities(), Priority.of("P9", 9, "Nine"));
            assertImmutable(definition.caseTypes(), CaseType.of("X", "X", "P1"));
            assertImmutable(definition.statusReasons(), StatusReason.of("x", "X", OPEN));
            assertImmutable(definition.transitions(), Transition.from("new").to("done").by(AGENT));
            assertImmutable(definition.stagePipelines(), StagePipeline.of("x", Stage.of("X", "X")));
            assertImmutable(definition.customFields(), CustomField.of("x", "X", FieldType.TEXT));
            assertImmutable(definition.views(), View.of("x", "X"));
            assertImmutable(definition.transitions().get(0).from(), "done");
            assertImmutable(definition.caseTypes().get(0).priorities(), "P1");
            assertImmutable(definition.stagePipelines().get(0).stages(), Stage.of("X", "X"));
            assertImmutable(definition.stagePipelines().get(0).stages().get(0).next().orElseThrow(), "X");
            assertImmutable(definition.customFields().get(0).allowedValues(), "PROD");
            assertThatThrownBy(() -> definition.priorities().get(0).labels().byLanguage().put("nl", "Dringend"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> definition.targetsFrom("new", AGENT).clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(definition.targetsFrom("new", AGENT)).containsExactly("working", "dropped");
        }

        @Test
        void theDefinitionIsASnapshotOfTheBuilder() {
            WorkflowDefinition.Builder builder = base();
            WorkflowDefinition definition = builder.build();

            builder.status(StatusReason.of("extra", "Extra", OPEN))
                    .priority(Priority.of("P3", 3, "Low"))
                    .transition(Transition.from("working").to("extra").by(AGENT))
                    .action(Action.CLOSE, "done");

            assertThat(definition.statusReasons()).hasSize(4);
            assertThat(definition.statusReason("extra")).isEmpty();
            assertThat(definition.priorities()).hasSize(2);
            assertThat(definition.transitions()).hasSize(4);
            assertThat(definition.actionTarget(Action.CLOSE)).isEmpty();
        }

        @Test
        void inputListsAreCopied() {
            List<String> from = new ArrayList<>(List.of("new"));
            List<String> allowed = new ArrayList<>(List.of("P1"));
            Transition transition = new Transition(from, "done", Set.of(AGENT), Set.of());
            CaseType type = new CaseType("Change", Labels.of("en", "Change"), "P1", allowed, Optional.empty());
            Map<String, String> texts = new HashMap<>(Map.of("en", "Urgent"));
            Labels labels = new Labels(texts);

            from.add("working");
            allowed.add("P2");
            texts.put("nl", "Dringend");

            assertThat(transition.from()).containsExactly("new");
            assertThat(type.priorities()).containsExactly("P1");
            assertThat(labels.byLanguage()).containsOnlyKeys("en");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static <T> void assertImmutable(List<T> list, T element) {
        int size = list.size();
        assertThatThrownBy(() -> list.add(element)).isInstanceOf(UnsupportedOperationException.class);
        if (size > 0) {
            assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.set(0, element)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(list).hasSize(size);
    }

    /** A copy of a builder without initial status, so one test can try several. */
    private static WorkflowDefinition.Builder copyOf(WorkflowDefinition.Builder source) {
        WorkflowDefinition.Builder copy = WorkflowDefinition.builder(source.id(), source.version());
        source.priorities().forEach(copy::priority);
        source.caseTypes().forEach(copy::caseType);
        source.statusReasons().forEach(copy::status);
        source.transitions().forEach(copy::transition);
        return copy;
    }

    private static List<DefinitionProblem> problems(WorkflowDefinition.Builder builder) {
        try {
            builder.build();
            return List.of();
        } catch (InvalidDefinitionException e) {
            assertThat(e.problems()).as("an exception is only thrown with problems").isNotEmpty();
            return e.problems();
        }
    }

    private static InvalidDefinitionException invalid(WorkflowDefinition.Builder builder) {
        try {
            builder.build();
        } catch (InvalidDefinitionException e) {
            return e;
        }
        return fail("the definition was accepted");
    }

    private static List<String> paths(List<DefinitionProblem> problems) {
        return problems.stream().map(DefinitionProblem::path).toList();
    }

    private static List<String> messages(List<DefinitionProblem> problems) {
        return problems.stream().map(DefinitionProblem::message).toList();
    }

    private static String nullString() {
        return null;
    }
}
