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

import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.CaseState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped presets load, pass the definition check, and say what the portal guides say. */
class PresetsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale FR = Locale.FRENCH;

    static List<String> names() {
        return Presets.names();
    }

    @Test
    void thereAreFourPresets() {
        assertThat(Presets.names()).containsExactlyInAnyOrder("it-services", "software-vendor", "erp-vendor", "erp-consultancy");
    }

    @Test
    void anUnknownPresetIsRefused() {
        assertThatThrownBy(() -> Presets.load("no-such-preset")).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- what every preset has --------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("names")
    void loadsWithItsNameAsIdAndVersionOne(String name) {
        WorkflowDefinition definition = Presets.load(name);

        assertThat(definition.id()).isEqualTo(name);
        assertThat(definition.version()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("names")
    void hasP1ToP4RankedInOrderAndP4WithoutContract(String name) {
        WorkflowDefinition definition = Presets.load(name);

        assertThat(definition.priorities()).extracting(Priority::code).containsExactly("P1", "P2", "P3", "P4");
        assertThat(definition.priorities()).extracting(Priority::rank).containsExactly(1, 2, 3, 4);
        assertThat(definition.noContractPriority()).contains("P4");
    }

    @ParameterizedTest
    @MethodSource("names")
    void labelsEverythingInEnglish(String name) {
        WorkflowDefinition definition = Presets.load(name);

        definition.priorities().forEach(p -> assertThat(p.labels().byLanguage()).as(p.code()).containsKey("en"));
        definition.caseTypes().forEach(t -> assertThat(t.labels().byLanguage()).as(t.code()).containsKey("en"));
        definition.statusReasons().forEach(s -> assertThat(s.labels().byLanguage()).as(s.code()).containsKey("en"));
        definition.views().forEach(v -> assertThat(v.labels().byLanguage()).as(v.code()).containsKey("en"));
        definition.customFields().forEach(f -> assertThat(f.labels().byLanguage()).as(f.name()).containsKey("en"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void actionsTargetStatusesOfTheRightState(String name) {
        WorkflowDefinition definition = Presets.load(name);

        assertThat(stateOf(definition, definition.actionTarget(Action.CLOSE).orElseThrow())).isEqualTo(CaseState.RESOLVED);
        assertThat(stateOf(definition, definition.actionTarget(Action.CANCEL).orElseThrow())).isEqualTo(CaseState.CANCELLED);
        assertThat(stateOf(definition, definition.actionTarget(Action.REOPEN).orElseThrow())).isEqualTo(CaseState.OPEN);
        StatusReason resolved = definition.statusReason(definition.actionTarget(Action.RESOLVE).orElseThrow()).orElseThrow();
        assertThat(resolved.state()).isEqualTo(CaseState.OPEN);
        assertThat(resolved.flags()).contains(StatusFlag.AWAITING_CONFIRMATION);
    }

    @ParameterizedTest
    @MethodSource("names")
    void anAgentCanReopenEveryFinishedCase(String name) {
        WorkflowDefinition definition = Presets.load(name);
        String reopen = definition.actionTarget(Action.REOPEN).orElseThrow();

        definition.statusReasons().stream()
                .filter(s -> s.state() != CaseState.OPEN)
                .forEach(s -> assertThat(definition.transition(s.code(), reopen, ActorKind.AGENT)).as(s.code()).isPresent());
    }

    @ParameterizedTest
    @MethodSource("names")
    void aContactCanCancelEveryOpenCaseWithAComment(String name) {
        WorkflowDefinition definition = Presets.load(name);
        String cancel = definition.actionTarget(Action.CANCEL).orElseThrow();

        definition.statusReasons().stream()
                .filter(s -> s.state() == CaseState.OPEN)
                .forEach(s -> assertThat(definition.transition(s.code(), cancel, ActorKind.CONTACT))
                        .as(s.code())
                        .hasValueSatisfying(t -> assertThat(t.guards()).contains(Guard.NEEDS_COMMENT)));
    }

    @ParameterizedTest
    @MethodSource("names")
    void aContactCanSendAnAwaitingConfirmationCaseBack(String name) {
        WorkflowDefinition definition = Presets.load(name);

        List<StatusReason> awaiting = definition.statusReasons().stream()
                .filter(s -> s.has(StatusFlag.AWAITING_CONFIRMATION))
                .toList();
        assertThat(awaiting).isNotEmpty();
        for (StatusReason status : awaiting) {
            assertThat(definition.targetsFrom(status.code(), ActorKind.CONTACT))
                    .as(status.code())
                    .anyMatch(target -> stateOf(definition, target) == CaseState.OPEN);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void waitingStatusesPauseTheSla(String name) {
        WorkflowDefinition definition = Presets.load(name);

        definition.statusReasons().stream()
                .filter(s -> s.has(StatusFlag.WAITING_ON_CUSTOMER) || s.has(StatusFlag.WAITING_ON_SUPPLIER))
                .forEach(s -> assertThat(s.flags()).as(s.code()).contains(StatusFlag.PAUSES_SLA));
    }

    @ParameterizedTest
    @MethodSource("names")
    void assigningTheNewCaseMovesItToWork(String name) {
        WorkflowDefinition definition = Presets.load(name);
        StatusReason initial = definition.statusReason(definition.initialStatus()).orElseThrow();

        assertThat(initial.state()).isEqualTo(CaseState.OPEN);
        assertThat(initial.onAssign()).isPresent();
        assertThat(initial.onAssign()).contains(definition.actionTarget(Action.REOPEN).orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("names")
    void aContactCommentTakesACaseOutOfWaitingForTheCustomer(String name) {
        WorkflowDefinition definition = Presets.load(name);
        String working = definition.actionTarget(Action.REOPEN).orElseThrow();

        definition.statusReasons().stream()
                .filter(s -> s.has(StatusFlag.WAITING_ON_CUSTOMER))
                .filter(s -> !s.code().equals("awaiting-approval")) // erp-vendor: waits for an approval, not for input
                .forEach(s -> assertThat(s.onContactComment()).as(s.code()).contains(working));
    }

    // ---- guide 000: IT services --------------------------------------------------------------------

    @Nested
    class ItServices {

        private final WorkflowDefinition definition = Presets.load("it-services");

        @Test
        void numbersCasesLikeCas05128V6R0R8ButPerCustomer() {
            assertThat(definition.caseNumberFormat().pattern()).isEqualTo("CAS-{customerSeq:5}-{rand:6}");
            assertThat(definition.caseNumberFormat().sequence()).isEqualTo(CaseNumberFormat.Sequence.CUSTOMER);
            assertThat(definition.caseNumberFormat().format(5128, new Random(7))).matches("CAS-05128-[A-Z0-9]{6}");
        }

        @Test
        void hasTheGuidesPriorityLabels() {
            assertThat(definition.priority("P1").orElseThrow().labels().text(EN)).isEqualTo("P1 - Very High");
            assertThat(definition.priority("P3").orElseThrow().labels().text(EN)).isEqualTo("P3 - Medium");
            assertThat(definition.priority("P4").orElseThrow().labels().text(EN)).isEqualTo("P4 - Low");
        }

        @Test
        void hasIncidentServiceRequestAndChangeRequest() {
            assertThat(definition.caseTypes()).extracting(CaseType::code)
                    .containsExactly("Incident", "Service Request", "Change Request");
            assertThat(definition.caseType("Incident").orElseThrow().defaultPriority()).isEqualTo("P3");
            assertThat(definition.caseTypes()).allSatisfy(t -> assertThat(t.stagePipeline()).isEmpty());
        }

        @Test
        void hasTheSixteenNumberedStatusReasonsWithTheirStates() {
            Map<String, CaseState> states = definition.statusReasons().stream()
                    .collect(Collectors.toMap(StatusReason::code, StatusReason::state));

            assertThat(definition.statusReasons()).extracting(StatusReason::code).containsExactly(
                    "100", "200", "210", "220", "230", "240", "250", "300", "310", "320",
                    "400", "410", "420", "430", "440", "450");
            assertThat(states).containsEntry("440", CaseState.RESOLVED).containsEntry("450", CaseState.RESOLVED)
                    .containsEntry("420", CaseState.CANCELLED).containsEntry("430", CaseState.CANCELLED)
                    .containsEntry("400", CaseState.OPEN).containsEntry("410", CaseState.OPEN);
            assertThat(states.entrySet().stream().filter(e -> e.getValue() == CaseState.OPEN).map(Map.Entry::getKey))
                    .containsExactlyInAnyOrder("100", "200", "210", "220", "230", "240", "250", "300", "310", "320", "400", "410");
            assertThat(definition.initialStatus()).isEqualTo("100");
        }

        @Test
        void labelsStatusesWithTheirNumbersInThreeLanguages() {
            StatusReason received = status("100");
            assertThat(received.labels().text(EN)).isEqualTo("100. Received");
            assertThat(received.labels().text(NL)).startsWith("100.");
            assertThat(received.labels().text(FR)).startsWith("100.");
            assertThat(status("410").labels().text(EN)).isEqualTo("410. Ready - Feedback Email Sent");
            assertThat(status("450").labels().text(EN)).isEqualTo("450. Problem solved");
        }

        @Test
        void flagsTheWaitingStatuses() {
            assertThat(status("300").flags()).contains(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA);
            assertThat(status("310").flags()).contains(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA);
            assertThat(status("320").flags()).contains(StatusFlag.WAITING_ON_SUPPLIER, StatusFlag.PAUSES_SLA)
                    .doesNotContain(StatusFlag.WAITING_ON_CUSTOMER);
            assertThat(status("200").flags()).isEmpty();
            assertThat(status("100").flags()).isEmpty();
        }

        @Test
        void theFeedbackWindowStartsAt410AndEndsIn450() {
            assertThat(status("410").flags()).contains(StatusFlag.AWAITING_CONFIRMATION);
            assertThat(status("400").flags()).doesNotContain(StatusFlag.AWAITING_CONFIRMATION);
            assertThat(definition.transition("410", "450", ActorKind.SYSTEM)).isPresent();
            assertThat(definition.actionTarget(Action.RESOLVE)).contains("410");
            assertThat(definition.actionTarget(Action.CLOSE)).contains("450");
            assertThat(definition.actionTarget(Action.CANCEL)).contains("420");
            assertThat(definition.actionTarget(Action.REOPEN)).contains("200");
        }

        @Test
        void customerFeedbackOnAReadyCaseMovesItTo220() {
            assertThat(definition.transition("410", "220", ActorKind.CONTACT)).isPresent();
            assertThat(status("410").onContactComment()).contains("220");
        }

        @Test
        void rulesMoveReceivedToInProgressAndWaitingBack() {
            assertThat(status("100").onAssign()).contains("200");
            assertThat(status("300").onContactComment()).contains("200");
            assertThat(status("310").onContactComment()).contains("200");
        }

        @Test
        void askingTheCustomerForInformationNeedsAComment() {
            assertThat(definition.transition("200", "310", ActorKind.AGENT))
                    .hasValueSatisfying(t -> assertThat(t.guards()).contains(Guard.NEEDS_COMMENT));
        }

        @Test
        void onlyTheDeskOrCasekitMerges() {
            assertThat(definition.transition("200", "430", ActorKind.AGENT)).isPresent();
            assertThat(definition.transition("200", "430", ActorKind.SYSTEM)).isPresent();
            assertThat(definition.transition("200", "430", ActorKind.CONTACT)).isEmpty();
        }

        @Test
        void contactsCannotCloseCasesThemselves() {
            definition.statusReasons().forEach(s ->
                    assertThat(definition.targetsFrom(s.code(), ActorKind.CONTACT)).doesNotContain("440", "450"));
        }

        @Test
        void asksForTheExpertiseDomainOfTheSevenMailboxes() {
            CustomField domain = definition.customField("expertiseDomain").orElseThrow();

            assertThat(domain.type()).isEqualTo(FieldType.CHOICE);
            assertThat(domain.allowedValues()).containsExactlyInAnyOrder("MWI", "MWA", "EBIZZ", "BC", "CAREMANAGER", "CE", "DATA");
            assertThat(domain.required()).isTrue();
            assertThat(definition.customFields()).extracting(CustomField::name).containsExactly("expertiseDomain");
        }

        @Test
        void offersTheNineFiltersOfTheGuide() {
            assertThat(definition.views()).hasSize(9);
            assertThat(definition.views()).extracting(v -> v.labels().text(EN)).containsExactly(
                    "Open Cases - Waiting for input customer",
                    "Open Cases - Received",
                    "Open Cases - In Progress",
                    "Open Cases - Waiting for input supplier",
                    "Open Cases - Ready & for feedback at Customer",
                    "Open Cases",
                    "Resolved Cases",
                    "Canceled Cases",
                    "All Cases");
        }

        @Test
        void theFiltersSelectTheRightStatuses() {
            assertThat(matching("open-waiting-customer")).containsExactlyInAnyOrder("300", "310");
            assertThat(matching("open-received")).containsExactly("100");
            assertThat(matching("open-in-progress")).containsExactlyInAnyOrder("200", "210", "220", "230", "240", "250");
            assertThat(matching("open-waiting-supplier")).containsExactly("320");
            assertThat(matching("open-ready-feedback")).containsExactlyInAnyOrder("400", "410");
            assertThat(matching("open")).hasSize(12).doesNotContain("420", "430", "440", "450");
            assertThat(matching("resolved")).containsExactlyInAnyOrder("440", "450");
            assertThat(matching("canceled")).containsExactlyInAnyOrder("420", "430");
            assertThat(matching("all")).hasSize(16);
        }

        @Test
        void everyOpenStatusIsInExactlyOneOfTheFiveOpenSubFilters() {
            List<View> subFilters = List.of("open-waiting-customer", "open-received", "open-in-progress",
                    "open-waiting-supplier", "open-ready-feedback").stream().map(this::view).toList();

            definition.statusReasons().stream().filter(s -> s.state() == CaseState.OPEN).forEach(s ->
                    assertThat(subFilters.stream().filter(v -> v.matches(s)).count()).as(s.code()).isEqualTo(1));
        }

        private StatusReason status(String code) {
            return definition.statusReason(code).orElseThrow();
        }

        private View view(String code) {
            return definition.view(code).orElseThrow();
        }

        private Set<String> matching(String viewCode) {
            return matchingStatuses(definition, viewCode);
        }
    }

    // ---- guide 001: software vendor ----------------------------------------------------------------

    @Nested
    class SoftwareVendor {

        private final WorkflowDefinition definition = Presets.load("software-vendor");

        @Test
        void numbersCasesLikeTheDashboardButPerCustomer() {
            assertThat(definition.caseNumberFormat().pattern()).isEqualTo("CAS-{customerSeq:5}-{rand:6}");
            assertThat(definition.caseNumberFormat().sequence()).isEqualTo(CaseNumberFormat.Sequence.CUSTOMER);
            assertThat(definition.caseNumberFormat().format(3833, new Random(1))).matches("CAS-03833-[A-Z0-9]{6}");
        }

        @Test
        void hasIncidentChangeRequestAndQuestion() {
            assertThat(definition.caseTypes()).extracting(CaseType::code)
                    .containsExactly("Incident", "Change Request", "Question");
            assertThat(definition.caseType("Question").orElseThrow().defaultPriority()).isEqualTo("P4");
            assertThat(definition.caseType("Change Request").orElseThrow().defaultPriority()).isEqualTo("P4");
        }

        @Test
        void hasTheGuidesPriorityNames() {
            assertThat(definition.priority("P1").orElseThrow().labels().text(EN)).contains("Highest priority");
            assertThat(definition.priority("P4").orElseThrow().labels().text(EN)).contains("Low priority");
        }

        @Test
        void hasTheDashboardStatusesPlusClosedAndCancelled() {
            assertThat(definition.statusReasons()).extracting(s -> s.labels().text(EN)).contains(
                    "New", "In Progress", "Waiting for Customer", "Completed to be tested", "On hold");
            assertThat(definition.statusReasons().stream().filter(s -> s.state() == CaseState.OPEN)).hasSize(5);
            assertThat(definition.statusReason("closed").orElseThrow().state()).isEqualTo(CaseState.RESOLVED);
            assertThat(definition.statusReason("cancelled").orElseThrow().state()).isEqualTo(CaseState.CANCELLED);
            assertThat(definition.initialStatus()).isEqualTo("new");
        }

        @Test
        void waitingForCustomerPausesTheSla() {
            assertThat(definition.statusReason("waiting-for-customer").orElseThrow().flags())
                    .contains(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA);
            assertThat(definition.statusReason("completed-to-be-tested").orElseThrow().flags())
                    .contains(StatusFlag.AWAITING_CONFIRMATION);
        }

        @Test
        void contactsCloseAndCancelTheirCases() {
            definition.statusReasons().stream().filter(s -> s.state() == CaseState.OPEN).forEach(s -> {
                assertThat(definition.transition(s.code(), "closed", ActorKind.CONTACT)).as(s.code()).isPresent();
                assertThat(definition.transition(s.code(), "cancelled", ActorKind.CONTACT)).as(s.code()).isPresent();
            });
        }

        @Test
        void closedAndCancelledCasesShareTheClosedView() {
            assertThat(matchingStatuses(definition, "my-open-cases"))
                    .containsExactlyInAnyOrder("new", "in-progress", "waiting-for-customer", "completed-to-be-tested", "on-hold");
            assertThat(matchingStatuses(definition, "closed-cases")).containsExactlyInAnyOrder("closed", "cancelled");
            assertThat(matchingStatuses(definition, "all-cases")).hasSize(7);
            assertThat(definition.view("my-open-cases").orElseThrow().labels().text(EN)).isEqualTo("My Open Cases");
        }

        @Test
        void hasNoStagesAndNoCustomFields() {
            assertThat(definition.stagePipelines()).isEmpty();
            assertThat(definition.customFields()).isEmpty();
        }
    }

    // ---- guide 002: ERP vendor ---------------------------------------------------------------------

    @Nested
    class ErpVendor {

        private final WorkflowDefinition definition = Presets.load("erp-vendor");

        @Test
        void numbersMeldingenWithMh() {
            assertThat(definition.caseNumberFormat().pattern()).isEqualTo("MH-{seq:6}");
            assertThat(definition.caseNumberFormat().sequence()).as("the guide's store-wide sequence, documented as such")
                    .isEqualTo(CaseNumberFormat.Sequence.STORE);
            assertThat(definition.caseNumberFormat().format(42, new Random(1))).isEqualTo("MH-000042");
        }

        @Test
        void speaksDutch() {
            assertThat(definition.statusReason("new").orElseThrow().labels().text(NL)).isEqualTo("Nieuw");
            assertThat(definition.statusReason("in-progress").orElseThrow().labels().text(NL)).isEqualTo("In behandeling");
            assertThat(definition.statusReason("waiting-for-customer").orElseThrow().labels().text(NL)).isEqualTo("Wacht op klant");
            assertThat(definition.statusReason("closed").orElseThrow().labels().text(NL)).isEqualTo("Gesloten");
            assertThat(definition.statusReason("cancelled").orElseThrow().labels().text(NL)).isEqualTo("Geannuleerd");
            assertThat(definition.priority("P1").orElseThrow().labels().text(NL)).contains("Kritiek");
        }

        @Test
        void solvedWaitsForTheCustomersConfirmation() {
            StatusReason solved = definition.statusReason("solved").orElseThrow();

            assertThat(solved.state()).isEqualTo(CaseState.OPEN);
            assertThat(solved.flags()).contains(StatusFlag.AWAITING_CONFIRMATION);
            assertThat(definition.transition("solved", "closed", ActorKind.CONTACT)).isPresent();
            assertThat(definition.transition("solved", "in-progress", ActorKind.CONTACT)).isPresent();
        }

        @Test
        void aCaseOfSomeoneElseWaitsForTheFixedContactsApproval() {
            StatusReason awaiting = definition.statusReason("awaiting-approval").orElseThrow();

            assertThat(awaiting.state()).isEqualTo(CaseState.OPEN);
            assertThat(awaiting.flags()).contains(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA);
            assertThat(awaiting.onAssign()).isEmpty();
            assertThat(definition.filingApproval()).contains(new FilingApproval("filing", "awaiting-approval", "new", "cancelled"));
            assertThat(definition.approval("filing")).get().extracting(ApprovalKind::subject).isEqualTo(ApprovalSubject.NONE);
            // only the approval takes the case out (or a cancellation): no transition does, for anyone
            for (ActorKind kind : ActorKind.values()) {
                assertThat(definition.targetsFrom("awaiting-approval", kind)).isSubsetOf("cancelled");
                assertThat(definition.transition("new", "awaiting-approval", kind)).isEmpty();
            }
            assertThat(definition.transition("awaiting-approval", "cancelled", ActorKind.CONTACT)).isPresent();
        }

        @Test
        void offersActiveClosedAndAllViews() {
            assertThat(definition.views()).extracting(View::code).containsExactly("active", "closed", "all");
            assertThat(matchingStatuses(definition, "closed")).containsExactlyInAnyOrder("closed", "cancelled");
        }
    }

    // ---- guide 003: ERP and consultancy ------------------------------------------------------------

    @Nested
    class ErpConsultancy {

        private final WorkflowDefinition definition = Presets.load("erp-consultancy");

        @Test
        void numbersCasesFromCase10000() {
            assertThat(definition.caseNumberFormat().pattern()).isEqualTo("CASE-{seq}");
            assertThat(definition.caseNumberFormat().sequence()).as("the guide's store-wide sequence, documented as such")
                    .isEqualTo(CaseNumberFormat.Sequence.STORE);
            assertThat(definition.caseNumberFormat().start()).isEqualTo(10000);
            assertThat(definition.caseNumberFormat().format(124, new Random(1))).isEqualTo("CASE-10123");
        }

        @Test
        void hasTheSixCaseTypes() {
            assertThat(definition.caseTypes()).extracting(CaseType::code).containsExactly(
                    "Question", "Incident", "Change Request", "Consultant Request", "Update", "Project");
        }

        @Test
        void questionsChangeRequestsAndConsultancyDefaultToP4() {
            assertThat(definition.caseType("Question").orElseThrow().defaultPriority()).isEqualTo("P4");
            assertThat(definition.caseType("Change Request").orElseThrow().defaultPriority()).isEqualTo("P4");
            assertThat(definition.caseType("Consultant Request").orElseThrow().defaultPriority()).isEqualTo("P4");
            assertThat(definition.caseType("Incident").orElseThrow().defaultPriority()).isNotEqualTo("P4");
        }

        @Test
        void hasTheDutchAndEnglishPriorityNames() {
            assertThat(definition.priority("P1").orElseThrow().labels().text(NL)).isEqualTo("P1 Kritiek");
            assertThat(definition.priority("P2").orElseThrow().labels().text(NL)).isEqualTo("P2 Hoog");
            assertThat(definition.priority("P3").orElseThrow().labels().text(NL)).isEqualTo("P3 Normaal");
            assertThat(definition.priority("P4").orElseThrow().labels().text(NL)).isEqualTo("P4 Laag");
            assertThat(definition.priority("P4").orElseThrow().labels().text(EN)).isEqualTo("P4 Low");
        }

        @Test
        void hasTheGuidesStatusReasonsPlusClosedAndCancelled() {
            assertThat(definition.statusReasons()).extracting(StatusReason::code).containsExactly(
                    "open", "in-progress", "need-input", "on-hold", "resolved", "3rd-party", "closed", "cancelled");
            assertThat(definition.statusReasons()).extracting(s -> s.labels().text(EN)).startsWith(
                    "Open", "In progress", "Need input", "On hold", "Resolved", "3rd Party");
            assertThat(definition.initialStatus()).isEqualTo("open");
            assertThat(definition.statusReason("closed").orElseThrow().state()).isEqualTo(CaseState.RESOLVED);
            assertThat(definition.statusReason("cancelled").orElseThrow().state()).isEqualTo(CaseState.CANCELLED);
        }

        @Test
        void resolvedNeedsTheCustomersApprovalToClose() {
            StatusReason resolved = definition.statusReason("resolved").orElseThrow();

            assertThat(resolved.state()).isEqualTo(CaseState.OPEN);
            assertThat(resolved.flags()).contains(StatusFlag.AWAITING_CONFIRMATION);
            assertThat(definition.transition("resolved", "closed", ActorKind.CONTACT)).isPresent();
            assertThat(definition.transition("resolved", "closed", ActorKind.SYSTEM)).isPresent();
            assertThat(definition.actionTarget(Action.RESOLVE)).contains("resolved");
            assertThat(definition.actionTarget(Action.CLOSE)).contains("closed");
        }

        @Test
        void flagsTheWaitingStatuses() {
            assertThat(definition.statusReason("need-input").orElseThrow().flags())
                    .contains(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA);
            assertThat(definition.statusReason("on-hold").orElseThrow().flags())
                    .contains(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA);
            assertThat(definition.statusReason("3rd-party").orElseThrow().flags())
                    .contains(StatusFlag.WAITING_ON_SUPPLIER, StatusFlag.PAUSES_SLA);
            assertThat(definition.statusReason("open").orElseThrow().onAssign()).contains("in-progress");
            assertThat(definition.statusReason("need-input").orElseThrow().onContactComment()).contains("in-progress");
        }

        @Test
        void contactsCloseAndCancelWithTheirButtons() {
            definition.statusReasons().stream().filter(s -> s.state() == CaseState.OPEN).forEach(s -> {
                assertThat(definition.transition(s.code(), "closed", ActorKind.CONTACT)).as(s.code()).isPresent();
                assertThat(definition.transition(s.code(), "cancelled", ActorKind.CONTACT)).as(s.code()).isPresent();
            });
        }

        @Test
        void changeRequestsMoveThroughTheNineStagesInOrder() {
            StagePipeline pipeline = definition.stagePipeline("change-request").orElseThrow();

            assertThat(pipeline.stages()).extracting(Stage::code).containsExactly(
                    "Analysis", "Send for approval", "Waiting for approval", "Approved", "Development",
                    "Testing", "Ready to release", "Released", "Test Customer");
            assertThat(definition.caseType("Change Request").orElseThrow().stagePipeline()).contains("change-request");
            assertThat(definition.caseTypes().stream().filter(t -> t.stagePipeline().isPresent()))
                    .extracting(CaseType::code).containsExactly("Change Request");
        }

        @Test
        void stagesGoForwardAndBackWhereRealistic() {
            StagePipeline pipeline = definition.stagePipeline("change-request").orElseThrow();

            assertThat(successors(pipeline, "Analysis")).containsExactly("Send for approval");
            assertThat(successors(pipeline, "Waiting for approval")).contains("Approved", "Analysis");
            assertThat(successors(pipeline, "Testing")).contains("Ready to release", "Development");
            assertThat(successors(pipeline, "Released")).contains("Test Customer");
            assertThat(successors(pipeline, "Test Customer")).isEmpty();
        }

        @Test
        void hasProductRecurringAndReleasedInFields() {
            assertThat(definition.customFields()).extracting(CustomField::name)
                    .containsExactly("product", "recurring", "releasedIn");
            assertThat(definition.customField("product").orElseThrow().type()).isEqualTo(FieldType.TEXT);
            assertThat(definition.customField("recurring").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
            CustomField releasedIn = definition.customField("releasedIn").orElseThrow();
            assertThat(releasedIn.type()).isEqualTo(FieldType.CHOICE);
            assertThat(releasedIn.allowedValues()).containsExactly("DEV", "ACC", "TEST", "PROD");
            assertThat(releasedIn.appliesTo("Change Request")).isTrue();
            assertThat(releasedIn.appliesTo("Incident")).isFalse();
        }

        @Test
        void offersThePortalViews() {
            assertThat(definition.views()).extracting(v -> v.labels().text(NL)).containsExactly(
                    "Portal - All Active Cases", "Portal - All Closed cases", "Portal - All Cases");
            assertThat(matchingStatuses(definition, "active")).doesNotContain("closed", "cancelled").hasSize(6);
            assertThat(matchingStatuses(definition, "closed")).containsExactlyInAnyOrder("closed", "cancelled");
            assertThat(matchingStatuses(definition, "all")).hasSize(8);
        }

        private List<String> successors(StagePipeline pipeline, String stage) {
            return pipeline.successors(pipeline.stage(stage).orElseThrow());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static CaseState stateOf(WorkflowDefinition definition, String status) {
        return definition.statusReason(status).orElseThrow().state();
    }

    private static Set<String> matchingStatuses(WorkflowDefinition definition, String viewCode) {
        View view = definition.view(viewCode).orElseThrow();
        return definition.statusReasons().stream()
                .filter(view::matches)
                .map(StatusReason::code)
                .collect(Collectors.toSet());
    }
}
