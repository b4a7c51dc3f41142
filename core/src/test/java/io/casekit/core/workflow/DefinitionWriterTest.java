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

import static io.casekit.core.workflow.DefinitionComparison.assertSameParts;
import static io.casekit.core.workflow.SchemaFixture.schemaErrors;
import static io.casekit.core.workflow.SchemaFixture.yaml;
import static io.casekit.spi.model.ActorKind.AGENT;
import static io.casekit.spi.model.ActorKind.CONTACT;
import static io.casekit.spi.model.ActorKind.SYSTEM;
import static io.casekit.spi.model.CaseState.CANCELLED;
import static io.casekit.spi.model.CaseState.OPEN;
import static io.casekit.spi.model.CaseState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.sla.BusinessCalendar;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link WorkflowDefinitions#toYaml} and {@link WorkflowDefinitions#toJson}: what they write reads
 * back to an equal definition, follows the schema, and is a file a vendor can start editing (the
 * format's order, no defaults).
 */
class DefinitionWriterTest {

    @ParameterizedTest
    @MethodSource("io.casekit.core.workflow.Presets#names")
    void everyPresetReadsBackFromYamlAndJson(String name) {
        WorkflowDefinition preset = Presets.load(name);

        String yaml = WorkflowDefinitions.toYaml(preset);
        assertSameParts(WorkflowDefinitions.fromYaml(yaml), preset);
        assertSameParts(WorkflowDefinitions.fromJson(WorkflowDefinitions.toJson(preset)), preset);
        assertThat(schemaErrors(yaml(yaml))).isEmpty();
    }

    @Test
    void aDefinitionBuiltInJavaReadsBack() {
        WorkflowDefinition built = everything();

        String yaml = WorkflowDefinitions.toYaml(built);

        assertSameParts(WorkflowDefinitions.fromYaml(yaml), built);
        assertSameParts(WorkflowDefinitions.fromJson(WorkflowDefinitions.toJson(built)), built);
        assertThat(schemaErrors(yaml(yaml))).isEmpty();
    }

    @Test
    void aDerivedDefinitionIsWrittenWhole() {
        WorkflowDefinition derived = WorkflowDefinitions.fromYaml("""
                extends: it-services
                id: acme
                version: 2
                labels: {statusReasons: {"310": {en: "Waiting for you"}}}
                remove: {views: [open-waiting-supplier]}
                """);

        String yaml = WorkflowDefinitions.toYaml(derived);

        assertThat(yaml).doesNotContain("extends").contains("Waiting for you");
        assertSameParts(WorkflowDefinitions.fromYaml(yaml), derived);
    }

    @Test
    void theYamlIsInTheFormatsOrderWithoutDefaults() {
        WorkflowDefinition small = WorkflowDefinition.builder("small", 1)
                .priority(Priority.of("P1", 1, "Urgent"))
                .caseType(CaseType.of("Question", "Question", "P1"))
                .status(StatusReason.of("100", "New", OPEN).flagged(StatusFlag.WAITING_ON_CUSTOMER))
                .status(StatusReason.of("200", "Done", RESOLVED))
                .initialStatus("100")
                .transition(Transition.from("100").to("200").by(AGENT, CONTACT))
                .action(Action.CLOSE, "200")
                .build();

        assertThat(WorkflowDefinitions.toYaml(small)).isEqualTo("""
                id: small
                version: 1
                priorities:
                  - code: P1
                    rank: 1
                    labels:
                      en: Urgent
                caseTypes:
                  - code: Question
                    labels:
                      en: Question
                    defaultPriority: P1
                statusReasons:
                  - code: "100"
                    labels:
                      en: New
                    state: OPEN
                    flags:
                      - WAITING_ON_CUSTOMER
                  - code: "200"
                    labels:
                      en: Done
                    state: RESOLVED
                initialStatus: "100"
                transitions:
                  - from:
                      - "100"
                    to: "200"
                    actors:
                      - AGENT
                      - CONTACT
                actions:
                  close: "200"
                """);
    }

    @Test
    void textsThatYamlWouldReadAsSomethingElseAreQuoted() {
        WorkflowDefinition tricky = WorkflowDefinition.builder("tricky", 1)
                .name("yes")
                .priority(new Priority("P1", 1, Labels.of("en", "true").and("nl", "null").and("fr", "# not a comment")
                        .and("de", "1e3").and("es", "a: b").and("it", "- item").and("pt", "two\nlines").and("sv", " padded ")))
                .caseType(CaseType.of("0x10", "~", "P1"))
                .status(StatusReason.of("010", "New", OPEN))
                .status(StatusReason.of("1.50", "Done", RESOLVED))
                .initialStatus("010")
                .transition(Transition.from("010").to("1.50").by(AGENT))
                .build();

        assertSameParts(WorkflowDefinitions.fromYaml(WorkflowDefinitions.toYaml(tricky)), tricky);
    }

    @Test
    void aValueWithoutWrittenFormIsRefusedByName() {
        WorkflowDefinition seconds = small().slaPolicy(new SlaPolicy("sla", "SLA", Set.of(), "always", 75,
                        FirstResponse.FIRST_PUBLIC_AGENT_COMMENT, Set.of(), Optional.empty(),
                        Map.of("P1", new SlaTargets(Optional.of(new SlaTarget.BusinessTime(Duration.ofSeconds(90))), Optional.empty()))))
                .calendar(BusinessCalendar.always("always")).build();
        WorkflowDefinition hours = small().feedbackWindow(new FeedbackWindow(Duration.ofHours(36), "done"))
                .transition(Transition.from("new").to("done").by(SYSTEM)).build();

        assertThatThrownBy(() -> WorkflowDefinitions.toYaml(seconds)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("slaPolicies['sla'].targets.P1: ");
        assertThatThrownBy(() -> WorkflowDefinitions.toJson(hours)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("feedbackWindow.days: PT36H is not a whole number of days");
    }

    private static WorkflowDefinition.Builder small() {
        return WorkflowDefinition.builder("small", 1)
                .priority(Priority.of("P1", 1, "Urgent"))
                .caseType(CaseType.of("Question", "Question", "P1"))
                .status(StatusReason.of("new", "New", OPEN).flagged(StatusFlag.AWAITING_CONFIRMATION))
                .status(StatusReason.of("done", "Done", RESOLVED))
                .initialStatus("new")
                .transition(Transition.from("new").to("done").by(AGENT));
    }

    /** A definition built in Java that sets every part, most of them to something other than the default. */
    static WorkflowDefinition everything() {
        BusinessCalendar office = BusinessCalendar.builder("office", ZoneId.of("Europe/Amsterdam"))
                .openWeekdays(LocalTime.of(8, 30), LocalTime.of(12, 0))
                .openWeekdays(LocalTime.of(12, 30), LocalTime.of(17, 0))
                .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.MIDNIGHT)
                .holiday(LocalDate.of(2026, 12, 25))
                .closed(LocalDate.of(2026, 12, 24), LocalTime.of(12, 0), LocalTime.MIDNIGHT)
                .closed(LocalDate.of(2026, 12, 31), LocalTime.of(8, 30), LocalTime.of(10, 0))
                .build();
        return WorkflowDefinition.builder("everything", 3)
                .name("Every part")
                .caseNumber("EV-{seq:5}-{rand:4}", 1000)
                .priority(new Priority("P1", 1, Labels.of("en", "Urgent").and("nl", "Dringend")))
                .priority(Priority.of("P2", 2, "Normal"))
                .caseType(CaseType.of("Question", "Question", "P2"))
                .caseType(CaseType.of("Change", "Change", "P2").allowing("P1", "P2").withStages("flow"))
                .noContractPriority("P2")
                .status(StatusReason.of("new", "New", OPEN).onAssign("working"))
                .status(StatusReason.of("working", "Working", OPEN))
                .status(StatusReason.of("waiting", "Waiting", OPEN).flagged(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA)
                        .onContactComment("working"))
                .status(StatusReason.of("approval", "Awaiting approval", OPEN))
                .status(StatusReason.of("solved", "Solved", OPEN).flagged(StatusFlag.AWAITING_CONFIRMATION))
                .status(StatusReason.of("done", "Done", RESOLVED))
                .status(StatusReason.of("dropped", "Dropped", CANCELLED))
                .status(StatusReason.of("merged", "Merged", CANCELLED))
                .initialStatus("new")
                .transition(Transition.from("new").to("working").by(AGENT))
                .transition(Transition.from("working").to("waiting").by(AGENT).guardedBy(Guard.NEEDS_COMMENT))
                .transition(Transition.from("working", "waiting").to("solved").by(AGENT))
                .transition(Transition.from("solved").to("done").by(CONTACT, SYSTEM))
                .transition(Transition.from(Transition.ANY).to("dropped").by(AGENT, CONTACT))
                .transition(Transition.from("new", "working").to("merged").by(AGENT))
                .transition(Transition.from("done", "dropped").to("working").by(AGENT))
                .action(Action.RESOLVE, "solved").action(Action.CLOSE, "done").action(Action.CANCEL, "dropped").action(Action.REOPEN, "working")
                .approval(ApprovalKind.of("estimate", "Estimate", ApprovalSubject.HOURS))
                .approval(ApprovalKind.of("filing", "Filing", ApprovalSubject.NONE))
                .approval(ApprovalKind.of("terms", "Terms", ApprovalSubject.NONE).requestedOnOpening("Change").holdingWork())
                .filingApproval(new FilingApproval("filing", "approval", "new", "dropped"))
                .transition(Transition.from("approval").to("dropped").by(AGENT))
                .stagePipeline(StagePipeline.of("flow", Stage.of("Analysis", "Analysis").gatedBy("estimate").setting("working"),
                        Stage.of("Build", "Build").leadingTo("Release", "Analysis"), Stage.of("Release", "Release").requiring("env"),
                        Stage.of("Parked", "Parked").leadingTo()))
                .customField(CustomField.of("env", "Environment", FieldType.CHOICE, "DEV", "PROD").onCaseTypes("Change"))
                .customField(CustomField.of("note", "Note", FieldType.TEXT).asRequired())
                .view(View.of("waiting", "Waiting").withStates(OPEN).withStatusReasons("waiting", "approval")
                        .withFlags(StatusFlag.WAITING_ON_CUSTOMER))
                .calendar(office)
                .calendar(BusinessCalendar.always("always"))
                .slaPolicy(new SlaPolicy("sla", "SLA", Set.of("Question", "Change"), "office", 80, FirstResponse.LEAVING_INITIAL_STATUS,
                        Set.of(StatusFlag.PAUSES_SLA), Optional.of("always"),
                        Map.of("P1", new SlaTargets(Optional.of(new SlaTarget.BusinessTime(Duration.ofMinutes(90))),
                                Optional.of(new SlaTarget.WorkingDays(2))))))
                .slaPolicy(new SlaPolicy("none", SlaPolicy.NO_CONTRACT, Set.of(), "always", 75, FirstResponse.FIRST_PUBLIC_AGENT_COMMENT,
                        Set.of(), Optional.empty(), Map.of()))
                .feedbackWindow(new FeedbackWindow(Duration.ofDays(7), "done"))
                .routingRule(RoutingRule.to(Owner.team("ops")).whenField("env", "PROD", "DEV").whenCaseTypes("Change")
                        .whenPriorities("P1").whenCustomers("acme", "globex"))
                .routingRule(RoutingRule.to(Owner.agent("alice")))
                .merging(new Merging("merged", Duration.ofDays(7)))
                .parentClose(ParentClose.CASCADE)
                .followUpStatus("new")
                .trackingToken("CASE#{number}")
                .escalationLevel(new EscalationLevel(1, List.of("lead"), Set.of(SlaKind.RESOLUTION)))
                .escalationLevel(new EscalationLevel(2, List.of("coo", "director")))
                .notificationRule(NotificationRule.of(NotificationTrigger.CASE_OPENED, "opened", Audience.REQUESTER).notifyingActor())
                .notificationRule(NotificationRule.of(NotificationTrigger.STATUS_CHANGED, "changed", Audience.REQUESTER,
                        Audience.escalation(2)).toStatuses("done", "solved"))
                .template(MessageTemplate.of("opened", "en", TemplateText.of("Received: {{case.title}}",
                        "We have your case {{case.number}}.\nThanks.\n", "<p>We have <b>{{case.number}}</b>.</p>"))
                        .and("nl", TemplateText.of("Ontvangen", "Dank.", null)))
                .template(MessageTemplate.of("changed", "en", TemplateText.of("Now {{case.status}}", "Status: {{case.status}}", null)))
                .build();
    }
}
