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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.CaseState;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading definitions from YAML and JSON: a valid document gives the definition it describes, a
 * broken one gives one {@link InvalidDefinitionException} that lists every problem with its path.
 */
class WorkflowDefinitionsTest {

    // ---- a valid definition, in both formats -----------------------------------------------------

    private static final String VALID_YAML = """
            id: small
            version: 2
            name: Small portal
            caseNumber:
              format: "SM-{seq:4}"
              start: 100
            priorities:
              - {code: P1, rank: 1, labels: {en: Urgent, nl: Dringend}}
              - {code: P2, rank: 2, labels: {en: Normal}}
            caseTypes:
              - {code: Question, labels: {en: Question}, defaultPriority: P2}
              - code: Change
                labels: {en: Change}
                defaultPriority: P2
                priorities: [P2]
                stagePipeline: change
            noContractPriority: P2
            statusReasons:
              - {code: new, labels: {en: New}, state: OPEN, onAssign: working}
              - {code: working, labels: {en: Working}, state: OPEN}
              - {code: waiting, labels: {en: Waiting}, state: OPEN, flags: [WAITING_ON_CUSTOMER, PAUSES_SLA], onContactComment: working}
              - {code: done, labels: {en: Done}, state: RESOLVED}
              - {code: dropped, labels: {en: Dropped}, state: CANCELLED}
            initialStatus: new
            transitions:
              - {from: [new], to: working, actors: [AGENT]}
              - {from: [working], to: waiting, actors: [AGENT], guards: [NEEDS_COMMENT]}
              - {from: [working, waiting], to: done, actors: [AGENT]}
              - {from: ["*"], to: dropped, actors: [AGENT, CONTACT]}
              - {from: [done, dropped], to: working, actors: [AGENT]}
            actions: {resolve: done, close: done, cancel: dropped, reopen: working}
            stagePipelines:
              - id: change
                stages:
                  - {code: Analysis, labels: {en: Analysis}}
                  - {code: Build, labels: {en: Build}, next: [Release, Analysis]}
                  - {code: Release, labels: {en: Release}}
            customFields:
              - {name: env, labels: {en: Environment}, type: CHOICE, values: [DEV, PROD], required: true, caseTypes: [Change]}
              - {name: note, labels: {en: Note}, type: TEXT}
            views:
              - {code: waiting, labels: {en: Waiting for you}, states: [OPEN], statusReasons: [], flags: [WAITING_ON_CUSTOMER]}
              - {code: finished, labels: {en: Finished}, states: [RESOLVED, CANCELLED]}
            """;

    private static final String VALID_JSON = """
            {
              "id": "small",
              "version": 2,
              "name": "Small portal",
              "caseNumber": {"format": "SM-{seq:4}", "start": 100},
              "priorities": [
                {"code": "P1", "rank": 1, "labels": {"en": "Urgent", "nl": "Dringend"}},
                {"code": "P2", "rank": 2, "labels": {"en": "Normal"}}
              ],
              "caseTypes": [
                {"code": "Question", "labels": {"en": "Question"}, "defaultPriority": "P2"},
                {"code": "Change", "labels": {"en": "Change"}, "defaultPriority": "P2", "priorities": ["P2"],
                 "stagePipeline": "change"}
              ],
              "noContractPriority": "P2",
              "statusReasons": [
                {"code": "new", "labels": {"en": "New"}, "state": "OPEN", "onAssign": "working"},
                {"code": "working", "labels": {"en": "Working"}, "state": "OPEN"},
                {"code": "waiting", "labels": {"en": "Waiting"}, "state": "OPEN",
                 "flags": ["WAITING_ON_CUSTOMER", "PAUSES_SLA"], "onContactComment": "working"},
                {"code": "done", "labels": {"en": "Done"}, "state": "RESOLVED"},
                {"code": "dropped", "labels": {"en": "Dropped"}, "state": "CANCELLED"}
              ],
              "initialStatus": "new",
              "transitions": [
                {"from": ["new"], "to": "working", "actors": ["AGENT"]},
                {"from": ["working"], "to": "waiting", "actors": ["AGENT"], "guards": ["NEEDS_COMMENT"]},
                {"from": ["working", "waiting"], "to": "done", "actors": ["AGENT"]},
                {"from": ["*"], "to": "dropped", "actors": ["AGENT", "CONTACT"]},
                {"from": ["done", "dropped"], "to": "working", "actors": ["AGENT"]}
              ],
              "actions": {"resolve": "done", "close": "done", "cancel": "dropped", "reopen": "working"},
              "stagePipelines": [
                {"id": "change", "stages": [
                  {"code": "Analysis", "labels": {"en": "Analysis"}},
                  {"code": "Build", "labels": {"en": "Build"}, "next": ["Release", "Analysis"]},
                  {"code": "Release", "labels": {"en": "Release"}}
                ]}
              ],
              "customFields": [
                {"name": "env", "labels": {"en": "Environment"}, "type": "CHOICE", "values": ["DEV", "PROD"],
                 "required": true, "caseTypes": ["Change"]},
                {"name": "note", "labels": {"en": "Note"}, "type": "TEXT"}
              ],
              "views": [
                {"code": "waiting", "labels": {"en": "Waiting for you"}, "states": ["OPEN"], "statusReasons": [],
                 "flags": ["WAITING_ON_CUSTOMER"]},
                {"code": "finished", "labels": {"en": "Finished"}, "states": ["RESOLVED", "CANCELLED"]}
              ]
            }
            """;

    /** The start of the broken YAML documents below: valid id, version, priorities and case types. */
    private static final String HEAD = """
            id: broken
            version: 1
            priorities:
              - {code: P1, rank: 1, labels: {en: Urgent}}
              - {code: P2, rank: 2, labels: {en: Normal}}
            caseTypes:
              - {code: Question, labels: {en: Question}, defaultPriority: P2}
            """;

    /** Valid statuses and transitions to go with {@link #HEAD}. */
    private static final String STATUSES = """
            statusReasons:
              - {code: new, labels: {en: New}, state: OPEN}
              - {code: done, labels: {en: Done}, state: RESOLVED}
            initialStatus: new
            transitions:
              - {from: [new], to: done, actors: [AGENT]}
            """;

    @Test
    void readsAValidYamlDefinition() {
        WorkflowDefinition definition = WorkflowDefinitions.fromYaml(VALID_YAML);

        assertThat(definition.id()).isEqualTo("small");
        assertThat(definition.version()).isEqualTo(2);
        assertThat(definition.name()).isEqualTo("Small portal");
        assertThat(definition.caseNumberFormat().pattern()).isEqualTo("SM-{seq:4}");
        assertThat(definition.caseNumberFormat().start()).isEqualTo(100);
        assertThat(definition.priorities()).containsExactly(
                new Priority("P1", 1, Labels.of("en", "Urgent").and("nl", "Dringend")),
                Priority.of("P2", 2, "Normal"));
        assertThat(definition.caseTypes()).containsExactly(
                CaseType.of("Question", "Question", "P2"),
                CaseType.of("Change", "Change", "P2").allowing("P2").withStages("change"));
        assertThat(definition.noContractPriority()).contains("P2");
        assertThat(definition.statusReasons()).containsExactly(
                StatusReason.of("new", "New", CaseState.OPEN).onAssign("working"),
                StatusReason.of("working", "Working", CaseState.OPEN),
                StatusReason.of("waiting", "Waiting", CaseState.OPEN)
                        .flagged(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA).onContactComment("working"),
                StatusReason.of("done", "Done", CaseState.RESOLVED),
                StatusReason.of("dropped", "Dropped", CaseState.CANCELLED));
        assertThat(definition.initialStatus()).isEqualTo("new");
        assertThat(definition.transitions()).containsExactly(
                Transition.from("new").to("working").by(ActorKind.AGENT),
                Transition.from("working").to("waiting").by(ActorKind.AGENT).guardedBy(Guard.NEEDS_COMMENT),
                Transition.from("working", "waiting").to("done").by(ActorKind.AGENT),
                Transition.from("*").to("dropped").by(ActorKind.AGENT, ActorKind.CONTACT),
                Transition.from("done", "dropped").to("working").by(ActorKind.AGENT));
        assertThat(definition.actionTarget(Action.RESOLVE)).contains("done");
        assertThat(definition.actionTarget(Action.CLOSE)).contains("done");
        assertThat(definition.actionTarget(Action.CANCEL)).contains("dropped");
        assertThat(definition.actionTarget(Action.REOPEN)).contains("working");
        assertThat(definition.stagePipelines()).containsExactly(StagePipeline.of("change",
                Stage.of("Analysis", "Analysis"),
                Stage.of("Build", "Build").leadingTo("Release", "Analysis"),
                Stage.of("Release", "Release")));
        assertThat(definition.customFields()).containsExactly(
                CustomField.of("env", "Environment", FieldType.CHOICE, "DEV", "PROD").asRequired().onCaseTypes("Change"),
                CustomField.of("note", "Note", FieldType.TEXT));
        assertThat(definition.views()).containsExactly(
                View.of("waiting", "Waiting for you").withStates(CaseState.OPEN).withFlags(StatusFlag.WAITING_ON_CUSTOMER),
                View.of("finished", "Finished").withStates(CaseState.RESOLVED, CaseState.CANCELLED));
    }

    @Test
    void theSameDefinitionInJsonReadsTheSame() {
        WorkflowDefinition yaml = WorkflowDefinitions.fromYaml(VALID_YAML);
        WorkflowDefinition json = WorkflowDefinitions.fromJson(VALID_JSON);

        assertThat(json.ref()).isEqualTo(yaml.ref());
        assertThat(json.name()).isEqualTo(yaml.name());
        assertThat(json.caseNumberFormat().pattern()).isEqualTo(yaml.caseNumberFormat().pattern());
        assertThat(json.caseNumberFormat().start()).isEqualTo(yaml.caseNumberFormat().start());
        assertThat(json.priorities()).isEqualTo(yaml.priorities()).hasSize(2);
        assertThat(json.caseTypes()).isEqualTo(yaml.caseTypes()).hasSize(2);
        assertThat(json.noContractPriority()).isEqualTo(yaml.noContractPriority()).isPresent();
        assertThat(json.statusReasons()).isEqualTo(yaml.statusReasons()).hasSize(5);
        assertThat(json.initialStatus()).isEqualTo(yaml.initialStatus());
        assertThat(json.transitions()).isEqualTo(yaml.transitions()).hasSize(5);
        for (Action action : Action.values()) {
            assertThat(json.actionTarget(action)).as(action.key()).isEqualTo(yaml.actionTarget(action)).isPresent();
        }
        assertThat(json.stagePipelines()).isEqualTo(yaml.stagePipelines()).hasSize(1);
        assertThat(json.customFields()).isEqualTo(yaml.customFields()).hasSize(2);
        assertThat(json.views()).isEqualTo(yaml.views()).hasSize(2);
    }

    @Test
    void readsYamlFromAStreamAsUtf8WithoutClosingIt() {
        String yaml = VALID_YAML.replace("{en: Urgent, nl: Dringend}", "{en: Urgent, fr: Très élevée}");
        TrackingStream in = new TrackingStream(yaml.getBytes(StandardCharsets.UTF_8));

        WorkflowDefinition definition = WorkflowDefinitions.fromYaml(in);

        assertThat(definition.priority("P1").orElseThrow().labels().text(Locale.FRENCH)).isEqualTo("Très élevée");
        assertThat(definition.statusReasons()).isEqualTo(WorkflowDefinitions.fromYaml(VALID_YAML).statusReasons());
        assertThat(in.closed).isFalse();
    }

    @Test
    void readsJsonFromAStreamWithoutClosingIt() {
        TrackingStream in = new TrackingStream(VALID_JSON.getBytes(StandardCharsets.UTF_8));

        WorkflowDefinition definition = WorkflowDefinitions.fromJson(in);

        assertThat(definition.transitions()).isEqualTo(WorkflowDefinitions.fromYaml(VALID_YAML).transitions());
        assertThat(in.closed).isFalse();
    }

    @Test
    void aBrokenStreamIsReportedLikeBrokenText() {
        InputStream in = new ByteArrayInputStream((HEAD + STATUSES + "colour: blue\n").getBytes(StandardCharsets.UTF_8));

        assertThat(paths(problemsOf(() -> WorkflowDefinitions.fromYaml(in)))).containsExactly("colour");
    }

    @Test
    void readsAFileAndNamesItInTheProblemReport(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.yaml"), VALID_YAML);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), HEAD + STATUSES + "colour: blue\n");

        assertThat(WorkflowDefinitions.fromYaml(good).id()).isEqualTo("small");
        assertThatThrownBy(() -> WorkflowDefinitions.fromYaml(bad))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith("invalid workflow definition " + bad + ", 1 problem(s):");
    }

    @Test
    void enumValuesAndActionKeysIgnoreCase() {
        WorkflowDefinition definition = WorkflowDefinitions.fromYaml(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: open, flags: [pauses_sla]}
                  - {code: done, labels: {en: Done}, state: Resolved}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [agent, System], guards: [needs_comment]}
                actions: {CLOSE: done}
                customFields:
                  - {name: flag, labels: {en: Flag}, type: boolean}
                """);

        assertThat(definition.statusReason("new").orElseThrow().flags()).containsExactly(StatusFlag.PAUSES_SLA);
        assertThat(definition.statusReason("done").orElseThrow().state()).isEqualTo(CaseState.RESOLVED);
        assertThat(definition.transitions().get(0).actors()).containsExactlyInAnyOrder(ActorKind.AGENT, ActorKind.SYSTEM);
        assertThat(definition.transitions().get(0).guards()).containsExactly(Guard.NEEDS_COMMENT);
        assertThat(definition.actionTarget(Action.CLOSE)).contains("done");
        assertThat(definition.customField("flag").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
    }

    @Test
    void numbersAreAcceptedWhereCodesAreExpected() {
        WorkflowDefinition definition = WorkflowDefinitions.fromYaml(HEAD + """
                statusReasons:
                  - {code: 100, labels: {en: 100. New}, state: OPEN}
                  - {code: "200", labels: {en: 200. Done}, state: RESOLVED}
                initialStatus: 100
                transitions:
                  - {from: [100], to: 200, actors: [AGENT]}
                """);

        assertThat(definition.statusReasons()).extracting(StatusReason::code).containsExactly("100", "200");
        assertThat(definition.transition("100", "200", ActorKind.AGENT)).isPresent();
    }

    @Test
    void theNameDefaultsToTheIdAndTheCaseNumberToSeq() {
        WorkflowDefinition definition = WorkflowDefinitions.fromYaml(HEAD + STATUSES);

        assertThat(definition.name()).isEqualTo("broken");
        assertThat(definition.caseNumberFormat().pattern()).isEqualTo("{seq}");
        assertThat(definition.caseNumberFormat().start()).isEqualTo(1);
        assertThat(definition.noContractPriority()).isEmpty();
        assertThat(definition.stagePipelines()).isEmpty();
        assertThat(definition.customFields()).isEmpty();
        assertThat(definition.views()).isEmpty();
        assertThat(definition.actionTarget(Action.RESOLVE)).isEmpty();
    }

    // ---- the rules of "What the check refuses", in YAML --------------------------------------------

    @Test
    void aTransitionBetweenUnknownStatuses() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                  - {from: [new, ghost], to: finished, actors: [AGENT]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("transitions[1].from[1]", "unknown status reason 'ghost'"),
                new DefinitionProblem("transitions[1].to", "unknown status reason 'finished'"));
    }

    @Test
    void aStatusThatCannotBeReached() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: working, labels: {en: Working}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                  - {code: limbo, labels: {en: Limbo}, state: OPEN}
                  - {code: archived, labels: {en: Archived}, state: CANCELLED}
                initialStatus: new
                transitions:
                  - {from: [new], to: working, actors: [AGENT]}
                  - {from: [working], to: done, actors: [AGENT]}
                  - {from: [limbo], to: done, actors: [AGENT]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("statusReasons[3]", "status 'limbo' cannot be reached from the initial status 'new'"),
                new DefinitionProblem("statusReasons[4]", "status 'archived' cannot be reached from the initial status 'new'"));
    }

    @Test
    void anOpenStatusWithNoWayOut() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: stuck, labels: {en: Stuck}, state: OPEN}
                  - {code: waiting, labels: {en: Waiting}, state: OPEN, onContactComment: new}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                initialStatus: new
                transitions:
                  - {from: [new], to: stuck, actors: [AGENT]}
                  - {from: [new], to: waiting, actors: [AGENT]}
                  - {from: [new], to: done, actors: [AGENT]}
                """);

        // 'waiting' leaves by its rule; 'done' is finished and needs no way out
        assertThat(problems).containsExactly(
                new DefinitionProblem("statusReasons[1]", "OPEN status 'stuck' has no way out: add a transition from it"));
    }

    @Test
    void duplicateCodesEverywhere() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: broken
                version: 1
                priorities:
                  - {code: P1, rank: 1, labels: {en: Urgent}}
                  - {code: P1, rank: 2, labels: {en: Normal}}
                caseTypes:
                  - {code: Question, labels: {en: Question}, defaultPriority: P1, stagePipeline: flow}
                  - {code: Question, labels: {en: Other question}, defaultPriority: P1}
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                  - {code: new, labels: {en: Newer}, state: OPEN}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                stagePipelines:
                  - id: flow
                    stages:
                      - {code: Analysis, labels: {en: Analysis}}
                      - {code: Build, labels: {en: Build}, next: [Release]}
                      - {code: Release, labels: {en: Release}, next: []}
                      - {code: Build, labels: {en: Build again}}
                  - id: flow
                    stages: [{code: Only, labels: {en: Only}}]
                customFields:
                  - {name: product, labels: {en: Product}, type: TEXT}
                  - {name: product, labels: {en: Product again}, type: TEXT}
                views:
                  - {code: all, labels: {en: All}}
                  - {code: all, labels: {en: All again}}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("priorities[1].code", "duplicate code 'P1'"),
                new DefinitionProblem("caseTypes[1].code", "duplicate code 'Question'"),
                new DefinitionProblem("statusReasons[2].code", "duplicate code 'new'"),
                new DefinitionProblem("stagePipelines[1].id", "duplicate id 'flow'"),
                new DefinitionProblem("stagePipelines[0].stages[3].code", "duplicate code 'Build'"),
                new DefinitionProblem("customFields[1].name", "duplicate name 'product'"),
                new DefinitionProblem("views[1].code", "duplicate code 'all'"));
    }

    @Test
    void brokenStagePipelines() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + """
                stagePipelines:
                  - id: unknown-next
                    stages:
                      - {code: A, labels: {en: A}, next: [B, Z]}
                      - {code: B, labels: {en: B}}
                  - id: unreachable
                    stages:
                      - {code: A, labels: {en: A}, next: [C]}
                      - {code: B, labels: {en: B}}
                      - {code: C, labels: {en: C}}
                  - id: endless
                    stages:
                      - {code: A, labels: {en: A}}
                      - {code: B, labels: {en: B}, next: [A]}
                  - id: loop
                    stages:
                      - {code: A, labels: {en: A}, next: [A, B]}
                      - {code: B, labels: {en: B}}
                  - id: empty
                    stages: []
                """);

        assertThat(paths(problems)).containsExactly(
                "stagePipelines[0].stages[0].next[1]",
                "stagePipelines[1].stages[1]",
                "stagePipelines[2]",
                "stagePipelines[3].stages[0].next[0]",
                "stagePipelines[4].stages");
        assertThat(messages(problems)).containsExactly(
                "unknown stage 'Z'",
                "stage 'B' cannot be reached from the first stage",
                "the pipeline has no end: no stage reachable from 'A' is a last stage (a stage without next)",
                "a stage cannot lead to itself",
                "must have at least one stage");
    }

    @Test
    void aDefaultPriorityTheTypeDoesNotAllow() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: broken
                version: 1
                priorities:
                  - {code: P1, rank: 1, labels: {en: Urgent}}
                  - {code: P2, rank: 2, labels: {en: Normal}}
                caseTypes:
                  - {code: Question, labels: {en: Question}, defaultPriority: P1, priorities: [P2]}
                  - {code: Incident, labels: {en: Incident}, defaultPriority: P9}
                  - {code: Change, labels: {en: Change}, defaultPriority: P2, priorities: [P2, P7]}
                """ + STATUSES);

        assertThat(problems).containsExactly(
                new DefinitionProblem("caseTypes[0].defaultPriority", "'P1' is not among the type's allowed priorities [P2]"),
                new DefinitionProblem("caseTypes[1].defaultPriority", "unknown priority 'P9'; known: [P1, P2]"),
                new DefinitionProblem("caseTypes[2].priorities[1]", "unknown priority 'P7'"));
    }

    @Test
    void referencesToUnknownElements() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: broken
                version: 1
                priorities:
                  - {code: P1, rank: 1, labels: {en: Urgent}}
                caseTypes:
                  - {code: Question, labels: {en: Question}, defaultPriority: P1, stagePipeline: ghost-pipeline}
                noContractPriority: P9
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN, onAssign: ghost}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                customFields:
                  - {name: f, labels: {en: F}, type: TEXT, caseTypes: [Question, Ghost]}
                views:
                  - {code: v, labels: {en: V}, statusReasons: [new, ghost]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("noContractPriority", "unknown priority 'P9'; known: [P1]"),
                new DefinitionProblem("caseTypes[0].stagePipeline", "unknown stage pipeline 'ghost-pipeline'; known: []"),
                new DefinitionProblem("statusReasons[0].onAssign", "unknown status reason 'ghost'"),
                new DefinitionProblem("customFields[0].caseTypes", "unknown case type 'Ghost'"),
                new DefinitionProblem("views[0].statusReasons", "unknown status reason 'ghost'"));
    }

    @Test
    void anInitialStatusThatIsNotOpen() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                initialStatus: done
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                  - {from: [done], to: new, actors: [AGENT]}
                """);

        assertThat(problems).containsExactly(new DefinitionProblem("initialStatus", "must be an OPEN status; 'done' is RESOLVED"));
    }

    @Test
    void aMissingOrUnknownInitialStatus() {
        String statuses = """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                """;

        assertThat(yamlProblems(HEAD + statuses)).containsExactly(new DefinitionProblem("initialStatus", "is required"));
        assertThat(yamlProblems(HEAD + statuses + "initialStatus: ghost\n"))
                .containsExactly(new DefinitionProblem("initialStatus", "unknown status reason 'ghost'"));
    }

    @Test
    void transitionsWithoutActorsOrSourcesOrToThemselves() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                  - {from: [new, done], to: done, actors: []}
                  - {from: [], to: done, actors: [SYSTEM]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("transitions[1].from[1]", "a transition from 'done' to itself"),
                new DefinitionProblem("transitions[1].actors", "must name at least one of AGENT, CONTACT, SYSTEM"),
                new DefinitionProblem("transitions[2].from", "must name at least one status, or \"*\""));
    }

    @Test
    void rulesThatGoNowhereOrApplyToFinishedStatuses() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN, onAssign: new}
                  - {code: done, labels: {en: Done}, state: RESOLVED, onContactComment: new, flags: [AWAITING_CONFIRMATION]}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("statusReasons[0].onAssign", "moves the status to itself"),
                new DefinitionProblem("statusReasons[1].onContactComment", "rules apply only to OPEN statuses; 'done' is RESOLVED"),
                new DefinitionProblem("statusReasons[1].flags", "AWAITING_CONFIRMATION is for OPEN statuses; 'done' is RESOLVED"));
    }

    @Test
    void actionTargetsOfTheWrongState() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                  - {code: dropped, labels: {en: Dropped}, state: CANCELLED}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                  - {from: [new], to: dropped, actors: [AGENT]}
                actions:
                  resolve: dropped
                  close: new
                  cancel: done
                  reopen: done
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("actions.resolve", "'dropped' is CANCELLED, which resolve cannot target"),
                new DefinitionProblem("actions.close", "'new' is OPEN, which close cannot target"),
                new DefinitionProblem("actions.cancel", "'done' is RESOLVED, which cancel cannot target"),
                new DefinitionProblem("actions.reopen", "'done' is RESOLVED, which reopen cannot target"));
    }

    @Test
    void anActionToAnUnknownStatus() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + "actions: {close: ghost}\n");

        assertThat(problems).containsExactly(new DefinitionProblem("actions.close", "unknown status reason 'ghost'"));
    }

    @Test
    void choiceFieldsWithoutValuesAndValuesOnOtherTypes() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + """
                customFields:
                  - {name: env, labels: {en: Environment}, type: CHOICE}
                  - {name: tier, labels: {en: Tier}, type: CHOICE, values: []}
                  - {name: note, labels: {en: Note}, type: TEXT, values: [a, b]}
                  - {name: size, labels: {en: Size}, type: CHOICE, values: [S, M, S]}
                  - {name: fine, labels: {en: Fine}, type: CHOICE, values: [yes, no]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("customFields[0].values", "a CHOICE field needs at least one value"),
                new DefinitionProblem("customFields[1].values", "a CHOICE field needs at least one value"),
                new DefinitionProblem("customFields[2].values", "only CHOICE fields have values; this one is TEXT"),
                new DefinitionProblem("customFields[3].values", "duplicate values in [S, M, S]"));
    }

    @Test
    void blankCodesAndMissingOrBlankLabels() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: " "
                version: 1
                priorities:
                  - {code: P1, rank: 1, labels: {}}
                caseTypes:
                  - {code: "", labels: {en: Question}, defaultPriority: P1}
                statusReasons:
                  - {code: new, labels: {en: New, nl: "  "}, state: OPEN}
                  - {code: done, state: RESOLVED}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("id", "must not be blank"),
                new DefinitionProblem("priorities[0].labels", "needs at least one label"),
                new DefinitionProblem("caseTypes[0].code", "must not be blank"),
                new DefinitionProblem("statusReasons[0].labels.nl", "must not be blank"),
                new DefinitionProblem("statusReasons[1].labels", "needs at least one label"));
    }

    @Test
    void aVersionOrRankBelowOne() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: broken
                version: 0
                priorities:
                  - {code: P1, rank: 0, labels: {en: Urgent}}
                  - {code: P2, rank: 2, labels: {en: Normal}}
                caseTypes:
                  - {code: Question, labels: {en: Question}, defaultPriority: P2}
                """ + STATUSES);

        assertThat(problems).containsExactly(
                new DefinitionProblem("version", "must be 1 or more, was 0"),
                new DefinitionProblem("priorities[0].rank", "must be 1 or more, was 0"));
    }

    @Test
    void anEmptyDefinitionNeedsAtLeastOneOfEachKind() {
        List<DefinitionProblem> problems = yamlProblems("id: bare\nversion: 1\n");

        assertThat(problems).containsExactly(
                new DefinitionProblem("priorities", "must have at least one element"),
                new DefinitionProblem("caseTypes", "must have at least one element"),
                new DefinitionProblem("statusReasons", "must have at least one element"),
                new DefinitionProblem("initialStatus", "is required"));
    }

    // ---- shape problems -----------------------------------------------------------------------------

    @Test
    void unknownKeysNameTheAllowedOnes() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: broken
                version: 1
                colour: blue
                caseNumber: {format: "B-{seq}", prefix: B}
                priorities:
                  - {code: P1, rank: 1, labels: {en: Urgent}, urgency: 1}
                  - {code: P2, rank: 2, labels: {en: Normal}}
                caseTypes:
                  - {code: Question, labels: {en: Question}, defaultPriority: P2}
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED, flag: []}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("colour", "unknown key; allowed here: [$schema, access, actions, approvals, calendars, caseNumber, caseTypes, customFields, feedbackWindow, "
                        + "filingApproval, id, "
                        + "initialStatus, links, merging, name, noContractPriority, notifications, priorities, routing, slaPolicies, stagePipelines, statusReasons, "
                        + "transitions, version, views]"),
                new DefinitionProblem("caseNumber.prefix", "unknown key; allowed here: [format, start]"),
                new DefinitionProblem("priorities[0].urgency", "unknown key; allowed here: [code, labels, rank]"),
                new DefinitionProblem("statusReasons[1].flag",
                        "unknown key; allowed here: [code, flags, labels, onAssign, onContactComment, state]"));
    }

    @Test
    void wrongTypes() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: broken
                version: "one"
                caseNumber: {format: "B-{seq}", start: ten}
                priorities:
                  - {code: P1, rank: high, labels: {en: Urgent}}
                  - {code: P2, rank: 2.5, labels: {en: Normal}}
                caseTypes:
                  - {code: Question, labels: {en: Question}, defaultPriority: P2}
                """ + STATUSES + """
                actions: [close, done]
                customFields:
                  - {name: product, labels: [en, Product], type: TEXT, required: "no"}
                views:
                  - {code: open, labels: {en: Open}, states: OPEN}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("version", "must be a whole number"),
                new DefinitionProblem("caseNumber.start", "must be a whole number"),
                new DefinitionProblem("priorities[0].rank", "must be a whole number"),
                new DefinitionProblem("priorities[1].rank", "must be a whole number"),
                new DefinitionProblem("actions", "must be a mapping"),
                new DefinitionProblem("customFields[0].labels", "must be a mapping"),
                new DefinitionProblem("customFields[0].required", "must be true or false"),
                new DefinitionProblem("views[0].states", "must be a list"));
    }

    @Test
    void aListWhereAMappingIsExpectedAndAMappingWhereAListIs() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + """
                caseNumber: ["B-{seq}"]
                stagePipelines:
                  - [change]
                customFields: {name: product}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("caseNumber", "must be a mapping"),
                new DefinitionProblem("stagePipelines[0]", "must be a mapping"),
                new DefinitionProblem("customFields", "must be a list"));
    }

    @Test
    void aListWhereATextIsExpected() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                  - {from: [new], to: [done], actors: [AGENT, [SYSTEM]]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("transitions[1].to", "must be a text or a number"),
                new DefinitionProblem("transitions[1].actors[1]", "must be a text or a number"));
    }

    @Test
    void unknownEnumValues() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN, flags: [PAUSES_SLA, SLEEPING]}
                  - {code: done, labels: {en: Done}, state: FINISHED}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT, ROBOT]}
                  - {from: [done], to: new, actors: [AGENT], guards: [NEEDS_APPROVAL]}
                actions: {finish: done}
                customFields:
                  - {name: due, labels: {en: Due}, type: DATE}
                views:
                  - {code: v, labels: {en: V}, states: [CLOSED], flags: [URGENT]}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("statusReasons[0].flags[1]",
                        "unknown value 'SLEEPING'; allowed: [PAUSES_SLA, WAITING_ON_CUSTOMER, WAITING_ON_SUPPLIER, AWAITING_CONFIRMATION]"),
                new DefinitionProblem("statusReasons[1].state", "unknown value 'FINISHED'; allowed: [OPEN, RESOLVED, CANCELLED]"),
                new DefinitionProblem("transitions[0].actors[1]", "unknown value 'ROBOT'; allowed: [AGENT, CONTACT, SYSTEM]"),
                new DefinitionProblem("transitions[1].guards[0]", "unknown value 'NEEDS_APPROVAL'; allowed: [NEEDS_COMMENT]"),
                new DefinitionProblem("actions.finish", "unknown key; allowed here: [cancel, close, reopen, resolve]"),
                new DefinitionProblem("customFields[0].type", "unknown value 'DATE'; allowed: [TEXT, CHOICE, BOOLEAN, NUMBER]"),
                new DefinitionProblem("views[0].states[0]", "unknown value 'CLOSED'; allowed: [OPEN, RESOLVED, CANCELLED]"),
                new DefinitionProblem("views[0].flags[0]",
                        "unknown value 'URGENT'; allowed: [PAUSES_SLA, WAITING_ON_CUSTOMER, WAITING_ON_SUPPLIER, AWAITING_CONFIRMATION]"));
    }

    @Test
    void anEmptyStateOrTypeIsAnUnknownValueNotADefault() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: ""}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                  - {from: [done], to: new, actors: [AGENT]}
                customFields:
                  - {name: note, labels: {en: Note}, type: ""}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("statusReasons[1].state", "unknown value ''; allowed: [OPEN, RESOLVED, CANCELLED]"),
                new DefinitionProblem("customFields[0].type", "unknown value ''; allowed: [TEXT, CHOICE, BOOLEAN, NUMBER]"));
    }

    @Test
    void missingRequiredKeys() {
        List<DefinitionProblem> problems = yamlProblems("""
                name: no id, no version
                priorities:
                  - {code: P1, labels: {en: Urgent}}
                caseTypes:
                  - {code: Question, labels: {en: Question}}
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                  - {from: [done], to: new, actors: [AGENT]}
                  - {from: [new], actors: [AGENT]}
                stagePipelines:
                  - stages: [{code: A, labels: {en: A}}]
                customFields:
                  - {labels: {en: Nameless}, type: TEXT}
                  - {name: typeless, labels: {en: Typeless}}
                caseNumber: {start: 5}
                """);

        assertThat(paths(problems)).containsExactly(
                // found while reading
                "id",
                "version",
                "caseNumber.format",
                "priorities[0].rank",
                "caseTypes[0].defaultPriority",
                "statusReasons[1].state",
                "transitions[2].to",
                "stagePipelines[0].id",
                "customFields[0].name",
                "customFields[1].type");
        // each is reported once: the check does not report the missing texts again as blank or unknown
        assertThat(messages(problems)).containsOnly("is required");
    }

    @Test
    void numbersOutOfRangeAreRefusedNotWrappedAround() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: broken
                version: 4294967297
                caseNumber: {format: "B-{seq}", start: 99999999999999999999999}
                priorities:
                  - {code: P1, rank: -4294967295, labels: {en: Urgent}}
                  - {code: P2, rank: 2, labels: {en: Normal}}
                caseTypes:
                  - {code: Question, labels: {en: Question}, defaultPriority: P2}
                """ + STATUSES);

        assertThat(problems).containsExactly(
                new DefinitionProblem("version", "is out of range, was 4294967297"),
                new DefinitionProblem("caseNumber.start", "is out of range, was 99999999999999999999999"),
                new DefinitionProblem("priorities[0].rank", "is out of range, was -4294967295"));
    }

    @Test
    void anActionGivenTwiceInDifferentCase() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + "actions: {close: done, CLOSE: new}\n");

        assertThat(problems).containsExactly(new DefinitionProblem("actions.CLOSE", "duplicate action close"));
    }

    @Test
    void aKeyGivenTwiceIsNotSilentlyOverwritten() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + """
                transitions:
                  - {from: [done], to: new, actors: [AGENT]}
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith("not well-formed: Duplicate property \"transitions\"");
        });
    }

    @Test
    void aKeyGivenTwiceIsReportedWhereItIsGivenAgain() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + "initialStatus: done\n");

        assertThat(problems).containsExactly(new DefinitionProblem("$",
                "not well-formed: Duplicate property \"initialStatus\": each key may be given only once in a mapping (line 14, column 1)"));
    }

    @Test
    void aYamlAliasIsRefusedNotReadAsTheNameOfItsAnchor() {
        List<DefinitionProblem> problems = yamlProblems(HEAD.replace("labels: {en: Urgent}", "labels: &urgent {en: Urgent}")
                .replace("labels: {en: Normal}", "labels: *urgent") + STATUSES);

        assertThat(problems).containsExactly(new DefinitionProblem("$",
                "not well-formed: YAML alias *urgent is not supported: write the value out where it is needed (line 5, column 33)"));
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + "---\n" + HEAD);

        assertThat(problems).containsExactly(new DefinitionProblem("$",
                "not well-formed: Trailing token (START_OBJECT) found after the document: give one document only (line 15, column 1)"));
    }

    @Test
    void malformedYaml() {
        List<DefinitionProblem> problems = yamlProblems("""
                id: broken
                version: 1
                priorities: [{code: P1, rank: 1
                caseTypes: []
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith("not well-formed: ").containsPattern("\\(line \\d+, column \\d+\\)$");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "# only a comment\n"})
    void anEmptyYamlDocument(String yaml) {
        assertThat(yamlProblems(yaml)).containsExactly(new DefinitionProblem("$", "the document is empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "- id: x\n- version: 1\n", "just text", "42"})
    void aYamlDocumentThatIsNotAMapping(String yaml) {
        assertThat(yamlProblems(yaml)).containsExactly(new DefinitionProblem("$", "the document must be a mapping"));
    }

    @Test
    void aCaseNumberFormatWithoutSeqAndTooFewRandomCharacters() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + """
                caseNumber: {format: "CAS-{rand:6}"}
                """);

        assertThat(problems).containsExactly(
                new DefinitionProblem("caseNumber.format", "caseNumber.format without a sequence ({seq} or {customerSeq}) needs at least 8 random"
                    + " characters ({code:N} or {rand:N}) so that numbers rarely collide, found 6"));
    }

    @Test
    void aCaseNumberFormatWithAnUnknownPlaceholderIsReportedWithTheOtherProblems() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + """
                colour: blue
                caseNumber: {format: "CAS-{year}-{seq}", start: 1}
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                initialStatus: new
                transitions:
                  - {from: [new], to: done, actors: [AGENT]}
                  - {from: [new], to: closed, actors: [AGENT]}
                """);

        assertThat(paths(problems)).containsExactly("colour", "caseNumber.format", "transitions[1].to");
        assertThat(problems.get(1).message())
                .isEqualTo("caseNumber.format: unknown placeholder {year}; use {seq}, {seq:N},"
                    + " {customerSeq}, {customerSeq:N}, {rand:N} or {code:N}");
    }

    @Test
    void aCaseNumberStartBelowOne() {
        List<DefinitionProblem> problems = yamlProblems(HEAD + STATUSES + """
                caseNumber: {format: "CAS-{seq}", start: 0}
                """);

        assertThat(problems).containsExactly(new DefinitionProblem("caseNumber.start", "must be 1 or more, was 0"));
    }

    @Test
    void manyDifferentProblemsComeBackInOneException() {
        String yaml = """
                id: broken
                version: 1
                owner: me
                caseNumber: {format: "CAS-{rand:4}"}
                priorities:
                  - {code: P1, rank: 1, labels: {en: Urgent}}
                  - {code: P2, rank: 2, labels: {en: Normal}}
                  - {code: P2, rank: 3, labels: {en: Low}}
                caseTypes:
                  - {code: Question, labels: {en: Question}, defaultPriority: P2, priorities: [P1]}
                statusReasons:
                  - {code: new, labels: {en: New}, state: OPEN}
                  - {code: working, labels: {en: Working}, state: OPEN}
                  - {code: done, labels: {en: Done}, state: RESOLVED}
                  - {code: forgotten, labels: {en: Forgotten}, state: RESOLVED}
                initialStatus: new
                transitions:
                  - {from: [new], to: working, actors: [AGENT]}
                  - {from: [working], to: finished, actors: [AGENT]}
                  - {from: [working], to: done, actors: [AGENT]}
                actions: {close: working}
                customFields:
                  - {name: env, labels: {en: Environment}, type: CHOICE}
                """;

        InvalidDefinitionException e = invalid(() -> WorkflowDefinitions.fromYaml(yaml));

        assertThat(paths(e.problems())).containsExactly(
                "owner",
                "caseNumber.format",
                "priorities[2].code",
                "caseTypes[0].defaultPriority",
                "transitions[1].to",
                "actions.close",
                "statusReasons[3]",
                "customFields[0].values");
        assertThat(e.getMessage())
                .startsWith("invalid workflow definition from YAML, 8 problem(s):\n  owner: unknown key")
                .contains("\n  transitions[1].to: unknown status reason 'finished'\n")
                .endsWith("\n  customFields[0].values: a CHOICE field needs at least one value");
    }

    // ---- the same in JSON ---------------------------------------------------------------------------

    @Nested
    class Json {

        private static final String HEAD_JSON = """
                "id": "broken", "version": 1,
                "priorities": [{"code": "P1", "rank": 1, "labels": {"en": "Urgent"}}],
                "caseTypes": [{"code": "Question", "labels": {"en": "Question"}, "defaultPriority": "P1"}],
                """;

        @Test
        void aTransitionToAnUnknownStatusAndAnUnreachableOne() {
            List<DefinitionProblem> problems = jsonProblems("{" + HEAD_JSON + """
                    "statusReasons": [
                      {"code": "new", "labels": {"en": "New"}, "state": "OPEN"},
                      {"code": "done", "labels": {"en": "Done"}, "state": "RESOLVED"},
                      {"code": "lost", "labels": {"en": "Lost"}, "state": "CANCELLED"}
                    ],
                    "initialStatus": "new",
                    "transitions": [
                      {"from": ["new"], "to": "done", "actors": ["AGENT"]},
                      {"from": ["new"], "to": "gone", "actors": ["AGENT"]}
                    ]
                    }""");

            assertThat(problems).containsExactly(
                    new DefinitionProblem("transitions[1].to", "unknown status reason 'gone'"),
                    new DefinitionProblem("statusReasons[2]", "status 'lost' cannot be reached from the initial status 'new'"));
        }

        @Test
        void anOpenStatusWithNoWayOutAndDuplicateCodes() {
            List<DefinitionProblem> problems = jsonProblems("{" + HEAD_JSON + """
                    "statusReasons": [
                      {"code": "new", "labels": {"en": "New"}, "state": "OPEN"},
                      {"code": "stuck", "labels": {"en": "Stuck"}, "state": "OPEN"},
                      {"code": "stuck", "labels": {"en": "Stuck again"}, "state": "OPEN"}
                    ],
                    "initialStatus": "new",
                    "transitions": [{"from": ["new"], "to": "stuck", "actors": ["AGENT"]}],
                    "views": [
                      {"code": "all", "labels": {"en": "All"}},
                      {"code": "all", "labels": {"en": "All"}}
                    ]
                    }""");

            assertThat(paths(problems)).containsExactly("statusReasons[2].code", "statusReasons[1]", "views[1].code");
        }

        @Test
        void aDefaultPriorityTheTypeDoesNotAllowAndABrokenPipeline() {
            List<DefinitionProblem> problems = jsonProblems("""
                    {"id": "broken", "version": 1,
                     "priorities": [{"code": "P1", "rank": 1, "labels": {"en": "Urgent"}},
                                    {"code": "P2", "rank": 2, "labels": {"en": "Normal"}}],
                     "caseTypes": [{"code": "Change", "labels": {"en": "Change"}, "defaultPriority": "P1",
                                    "priorities": ["P2"], "stagePipeline": "change"}],
                     "statusReasons": [{"code": "new", "labels": {"en": "New"}, "state": "OPEN"},
                                       {"code": "done", "labels": {"en": "Done"}, "state": "RESOLVED"}],
                     "initialStatus": "new",
                     "transitions": [{"from": ["*"], "to": "done", "actors": ["AGENT"]}],
                     "stagePipelines": [{"id": "change", "stages": [
                        {"code": "Analysis", "labels": {"en": "Analysis"}, "next": ["Build"]},
                        {"code": "Build", "labels": {"en": "Build"}, "next": ["Analysis", "Deploy"]},
                        {"code": "Build", "labels": {"en": "Build"}}]}]
                    }""");

            assertThat(problems).containsExactly(
                    new DefinitionProblem("caseTypes[0].defaultPriority", "'P1' is not among the type's allowed priorities [P2]"),
                    new DefinitionProblem("stagePipelines[0].stages[2].code", "duplicate code 'Build'"),
                    new DefinitionProblem("stagePipelines[0].stages[1].next[1]", "unknown stage 'Deploy'"),
                    new DefinitionProblem("stagePipelines[0]",
                            "the pipeline has no end: no stage reachable from 'Analysis' is a last stage (a stage without next)"));
        }

        @Test
        void unknownKeysWrongTypesUnknownEnumValuesAndMissingKeys() {
            List<DefinitionProblem> problems = jsonProblems("""
                    {"id": "broken", "version": "1", "colour": "blue",
                     "priorities": [{"code": "P1", "rank": "1", "labels": {"en": "Urgent"}}],
                     "caseTypes": [{"code": "Question", "labels": {"en": "Question"}, "defaultPriority": "P1"}],
                     "statusReasons": [{"code": "new", "labels": {"en": "New"}, "state": "OPEN", "colour": "red"},
                                       {"code": "done", "labels": {"en": "Done"}, "state": "DONE"}],
                     "initialStatus": "new",
                     "transitions": [{"from": ["new"], "to": "done", "actors": ["ROBOT", "AGENT"]},
                                     {"from": ["done"], "to": "new"}],
                     "actions": ["close"],
                     "customFields": [{"name": "f", "labels": {"en": "F"}, "type": "TEXT", "required": 1}]
                    }""");

            assertThat(problems).containsExactly(
                    new DefinitionProblem("colour", "unknown key; allowed here: [$schema, access, actions, approvals, calendars, caseNumber, caseTypes, customFields, feedbackWindow, "
                        + "filingApproval, id, "
                            + "initialStatus, links, merging, name, noContractPriority, notifications, priorities, routing, slaPolicies, stagePipelines, statusReasons, "
                            + "transitions, version, views]"),
                    new DefinitionProblem("version", "must be a whole number"),
                    new DefinitionProblem("priorities[0].rank", "must be a whole number"),
                    new DefinitionProblem("statusReasons[0].colour",
                            "unknown key; allowed here: [code, flags, labels, onAssign, onContactComment, state]"),
                    new DefinitionProblem("statusReasons[1].state", "unknown value 'DONE'; allowed: [OPEN, RESOLVED, CANCELLED]"),
                    new DefinitionProblem("transitions[0].actors[0]", "unknown value 'ROBOT'; allowed: [AGENT, CONTACT, SYSTEM]"),
                    new DefinitionProblem("actions", "must be a mapping"),
                    new DefinitionProblem("customFields[0].required", "must be true or false"),
                    // the second transition has no actors key
                    new DefinitionProblem("transitions[1].actors", "must name at least one of AGENT, CONTACT, SYSTEM"));
        }

        @Test
        void actionTargetsChoiceFieldsAndTheCaseNumber() {
            List<DefinitionProblem> problems = jsonProblems("{" + HEAD_JSON + """
                    "caseNumber": {"format": "N-{seq}-{seq}"},
                    "statusReasons": [{"code": "new", "labels": {"en": "New"}, "state": "OPEN"},
                                      {"code": "done", "labels": {"en": "Done"}, "state": "RESOLVED"}],
                    "initialStatus": "new",
                    "transitions": [{"from": ["new"], "to": "done", "actors": ["AGENT"]}],
                    "actions": {"cancel": "done", "reopen": "new"},
                    "customFields": [{"name": "env", "labels": {"en": "Env"}, "type": "CHOICE", "values": []},
                                     {"name": "on", "labels": {"en": "On"}, "type": "BOOLEAN", "values": ["true"]}]
                    }""");

            assertThat(problems).containsExactly(
                    new DefinitionProblem("caseNumber.format", "caseNumber.format must contain at most one sequence ({seq} or {customerSeq}), found 2"),
                    new DefinitionProblem("actions.cancel", "'done' is RESOLVED, which cancel cannot target"),
                    new DefinitionProblem("customFields[0].values", "a CHOICE field needs at least one value"),
                    new DefinitionProblem("customFields[1].values", "only CHOICE fields have values; this one is BOOLEAN"));
        }

        @Test
        void malformedJson() {
            List<DefinitionProblem> problems = jsonProblems("{\"id\": \"broken\", \"version\": 1,");

            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$");
                assertThat(p.message()).startsWith("not well-formed: ").containsPattern("\\(line 1, column \\d+\\)$");
            });
        }

        @Test
        void trailingContentIsMalformed() {
            List<DefinitionProblem> problems = jsonProblems("{\"id\": \"broken\"} {}");

            assertThat(paths(problems)).containsExactly("$");
            assertThat(problems.get(0).message()).startsWith("not well-formed: Trailing token");
        }

        @Test
        void aKeyGivenTwice() {
            List<DefinitionProblem> problems = jsonProblems("{\"id\": \"a\", \"version\": 1, \"id\": \"b\"}");

            assertThat(paths(problems)).containsExactly("$");
            assertThat(problems.get(0).message()).startsWith("not well-formed: Duplicate property \"id\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  \n\t "})
        void anEmptyJsonDocument(String json) {
            assertThat(jsonProblems(json)).containsExactly(new DefinitionProblem("$", "the document is empty"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"null", "[]", "\"text\"", "1"})
        void aJsonDocumentThatIsNotAnObject(String json) {
            assertThat(jsonProblems(json)).containsExactly(new DefinitionProblem("$", "the document must be a mapping"));
        }

        @Test
        void manyDifferentProblemsComeBackInOneException() {
            String json = """
                    {"id": "", "version": 1, "owner": "me",
                     "priorities": [{"code": "P1", "rank": 1, "labels": {"en": "Urgent"}},
                                    {"code": "P1", "rank": 2, "labels": {"en": "Again"}}],
                     "caseTypes": [{"code": "Question", "labels": {"en": "Question"}, "defaultPriority": "P7"}],
                     "statusReasons": [{"code": "new", "labels": {"en": "New"}, "state": "OPEN"},
                                       {"code": "done", "labels": {"en": "Done"}, "state": "RESOLVED"},
                                       {"code": "stuck", "labels": {"en": "Stuck"}, "state": "OPEN"}],
                     "initialStatus": "new",
                     "transitions": [{"from": ["new"], "to": "done", "actors": ["AGENT"]},
                                     {"from": ["new"], "to": "stuck", "actors": ["AGENT"]},
                                     {"from": ["new"], "to": "new", "actors": ["AGENT"]}],
                     "views": [{"code": "v", "labels": {"en": "V"}, "statusReasons": ["ghost"]}]
                    }""";

            InvalidDefinitionException e = invalid(() -> WorkflowDefinitions.fromJson(json));

            assertThat(paths(e.problems())).containsExactly(
                    "owner",
                    "id",
                    "priorities[1].code",
                    "caseTypes[0].defaultPriority",
                    "transitions[2].from[0]",
                    "statusReasons[2]",
                    "views[0].statusReasons");
            assertThat(e.getMessage()).startsWith("invalid workflow definition from JSON, 7 problem(s):\n  owner: ");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static List<DefinitionProblem> yamlProblems(String yaml) {
        return problemsOf(() -> WorkflowDefinitions.fromYaml(yaml));
    }

    private static List<DefinitionProblem> jsonProblems(String json) {
        return problemsOf(() -> WorkflowDefinitions.fromJson(json));
    }

    private static List<DefinitionProblem> problemsOf(Runnable read) {
        return invalid(read).problems();
    }

    private static InvalidDefinitionException invalid(Runnable read) {
        try {
            read.run();
        } catch (InvalidDefinitionException e) {
            return e;
        }
        return fail("the definition was accepted");
    }

    private static List<String> paths(List<DefinitionProblem> problems) {
        return map(problems, DefinitionProblem::path);
    }

    private static List<String> messages(List<DefinitionProblem> problems) {
        return map(problems, DefinitionProblem::message);
    }

    private static <T> List<T> map(List<DefinitionProblem> problems, Function<DefinitionProblem, T> f) {
        return problems.stream().map(f).toList();
    }

    /** A stream that remembers whether it was closed. */
    private static final class TrackingStream extends ByteArrayInputStream {
        boolean closed;

        TrackingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
