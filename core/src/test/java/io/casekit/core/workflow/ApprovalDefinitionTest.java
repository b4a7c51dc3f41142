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
import static io.casekit.spi.model.CaseState.CANCELLED;
import static io.casekit.spi.model.CaseState.OPEN;
import static io.casekit.spi.model.CaseState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Approval kinds, the filing approval and the stages' gates, statuses and required fields: read and checked. */
class ApprovalDefinitionTest {

    private static final String YAML = """
            id: approvals
            version: 1
            priorities: [{code: P1, rank: 1, labels: {en: P1}}]
            caseTypes:
              - {code: Change, labels: {en: Change}, defaultPriority: P1, stagePipeline: flow}
              - {code: Consultancy, labels: {en: Consultancy}, defaultPriority: P1}
            statusReasons:
              - {code: new, labels: {en: New}, state: OPEN}
              - {code: waiting, labels: {en: Waiting}, state: OPEN}
              - {code: input, labels: {en: Input}, state: OPEN, onContactComment: new}
              - {code: done, labels: {en: Done}, state: RESOLVED}
              - {code: dropped, labels: {en: Dropped}, state: CANCELLED}
            initialStatus: new
            transitions:
              - {from: [new, input], to: done, actors: [AGENT]}
              - {from: [new, waiting, input], to: dropped, actors: [AGENT]}
            approvals:
              - {code: filing, labels: {en: Filing}}
              - {code: estimate, labels: {en: Estimate}, subject: HOURS}
              - {code: conditions, labels: {en: Conditions}, requestedOnOpening: [Consultancy]}
            filingApproval: {approval: filing, waitingStatus: waiting, onGrant: new, onRefuse: dropped}
            stagePipelines:
              - id: flow
                stages:
                  - {code: Estimate, labels: {en: Estimate}, setsStatus: input}
                  - {code: Build, labels: {en: Build}, gate: estimate}
                  - {code: Released, labels: {en: Released}, requiredFields: [releasedIn]}
            customFields:
              - {name: releasedIn, labels: {en: Released in}, type: CHOICE, values: [ACC, PROD]}
            """;

    @Test
    void readsApprovalsTheFilingRuleAndTheStageRules() {
        WorkflowDefinition d = WorkflowDefinitions.fromYaml(YAML);

        assertThat(d.approvals()).containsExactly(
                ApprovalKind.of("filing", "Filing", ApprovalSubject.NONE),
                ApprovalKind.of("estimate", "Estimate", ApprovalSubject.HOURS),
                ApprovalKind.of("conditions", "Conditions", ApprovalSubject.NONE).requestedOnOpening("Consultancy"));
        assertThat(d.approval("estimate").map(ApprovalKind::subject)).contains(ApprovalSubject.HOURS);
        assertThat(d.approval("budget")).isEmpty();
        assertThat(d.filingApproval()).contains(new FilingApproval("filing", "waiting", "new", "dropped"));
        assertThat(d.stagePipeline("flow").orElseThrow().stages()).containsExactly(
                Stage.of("Estimate", "Estimate").setting("input"),
                Stage.of("Build", "Build").gatedBy("estimate"),
                Stage.of("Released", "Released").requiring("releasedIn"));
    }

    @Test
    void theJavaBuilderSaysTheSame() {
        WorkflowDefinition yaml = WorkflowDefinitions.fromYaml(YAML);
        WorkflowDefinition java = WorkflowDefinition.builder("approvals", 1)
                .priority(Priority.of("P1", 1, "P1"))
                .caseType(CaseType.of("Change", "Change", "P1").withStages("flow"))
                .caseType(CaseType.of("Consultancy", "Consultancy", "P1"))
                .status(StatusReason.of("new", "New", OPEN))
                .status(StatusReason.of("waiting", "Waiting", OPEN))
                .status(StatusReason.of("input", "Input", OPEN).onContactComment("new"))
                .status(StatusReason.of("done", "Done", RESOLVED))
                .status(StatusReason.of("dropped", "Dropped", CANCELLED))
                .initialStatus("new")
                .transition(Transition.from("new", "input").to("done").by(AGENT))
                .transition(Transition.from("new", "waiting", "input").to("dropped").by(AGENT))
                .approval(ApprovalKind.of("filing", "Filing", ApprovalSubject.NONE))
                .approval(ApprovalKind.of("estimate", "Estimate", ApprovalSubject.HOURS))
                .approval(ApprovalKind.of("conditions", "Conditions", ApprovalSubject.NONE).requestedOnOpening("Consultancy"))
                .filingApproval(new FilingApproval("filing", "waiting", "new", "dropped"))
                .stagePipeline(StagePipeline.of("flow", Stage.of("Estimate", "Estimate").setting("input"),
                        Stage.of("Build", "Build").gatedBy("estimate"), Stage.of("Released", "Released").requiring("releasedIn")))
                .customField(CustomField.of("releasedIn", "Released in", FieldType.CHOICE, "ACC", "PROD"))
                .build();

        assertThat(java.approvals()).isEqualTo(yaml.approvals());
        assertThat(java.filingApproval()).isEqualTo(yaml.filingApproval());
        assertThat(java.stagePipelines()).isEqualTo(yaml.stagePipelines());
    }

    @Test
    void everyBrokenReferenceIsReportedAtItsPath() {
        String broken = YAML
                .replace("filingApproval: {approval: filing, waitingStatus: waiting, onGrant: new, onRefuse: dropped}",
                        "filingApproval: {approval: estimate, waitingStatus: new, onGrant: done, onRefuse: ghost}")
                .replace("setsStatus: input", "setsStatus: done")
                .replace("gate: estimate", "gate: budget")
                .replace("requiredFields: [releasedIn]", "requiredFields: [environment]")
                .replace("requestedOnOpening: [Consultancy]", "requestedOnOpening: [Project]")
                .replace("{code: estimate, labels: {en: Estimate}, subject: HOURS}",
                        "{code: estimate, labels: {en: Estimate}, subject: HOURS, requestedOnOpening: [Change]}");

        assertThatThrownBy(() -> WorkflowDefinitions.fromYaml(broken))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::path).containsExactlyInAnyOrder(
                                // 'waiting' and 'input' were reached through the filing rule and the stage only
                                "statusReasons[1]",
                                "statusReasons[2]",
                                "approvals[1].requestedOnOpening",
                                "approvals[2].requestedOnOpening",
                                "filingApproval.approval",
                                "filingApproval.onGrant",
                                "filingApproval.onRefuse",
                                "filingApproval.waitingStatus",
                                "stagePipelines[0].stages[0].setsStatus",
                                "stagePipelines[0].stages[1].gate",
                                "stagePipelines[0].stages[2].requiredFields[0]"));
    }

    @Test
    void theShapeIsStrict() {
        String broken = YAML
                .replace("{code: filing, labels: {en: Filing}}", "{code: filing, labels: {en: Filing}, who: anyone}")
                .replace("subject: HOURS", "subject: MONEY")
                .replace("onRefuse: dropped}", "onRefuse: dropped, by: AGENT}")
                .replace("gate: estimate}", "gate: estimate, gates: [estimate]}");

        assertThatThrownBy(() -> WorkflowDefinitions.fromYaml(broken))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::path).containsExactlyInAnyOrder(
                                "approvals[0].who", "approvals[1].subject", "filingApproval.by", "stagePipelines[0].stages[1].gates"));
    }

    @Test
    void theWaitingStatusIsOpenAndTheDecisionsLeaveIt() {
        String broken = YAML.replace("waitingStatus: waiting, onGrant: new, onRefuse: dropped",
                "waitingStatus: done, onGrant: done, onRefuse: done");

        assertThatThrownBy(() -> WorkflowDefinitions.fromYaml(broken))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::path)
                        .contains("filingApproval.waitingStatus", "filingApproval.onGrant", "filingApproval"));
    }

    @Test
    void aDefinitionWithoutApprovalsHasNone() {
        WorkflowDefinition d = Presets.load("it-services");

        assertThat(d.approvals()).isEmpty();
        assertThat(d.filingApproval()).isEqualTo(Optional.empty());
        assertThat(d.stagePipelines()).flatExtracting(StagePipeline::stages).allSatisfy(stage -> {
            assertThat(stage.gate()).isEmpty();
            assertThat(stage.requiredFields()).isEqualTo(List.of());
        });
    }
}
