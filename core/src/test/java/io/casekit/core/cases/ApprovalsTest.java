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
package io.casekit.core.cases;

import static io.casekit.core.cases.Portal.ALICE;
import static io.casekit.core.cases.Portal.ANNA;
import static io.casekit.core.cases.Portal.BOB;
import static io.casekit.core.cases.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casekit.core.approvals.Approval;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Approvals by authorised contacts: of a filing (guide 002), of hours and conditions (guide 003). */
class ApprovalsTest {

    private static List<CaseEvent> withoutSla(List<CaseEvent> events) {
        return events.stream().filter(e -> !(e instanceof SlaChanged)).toList();
    }

    private static List<String> kinds(List<CaseEvent> events) {
        return withoutSla(events).stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    private static <T> T last(List<CaseEvent> events, Class<T> type) {
        List<T> matching = events.stream().filter(type::isInstance).map(type::cast).toList();
        return matching.get(matching.size() - 1);
    }

    /** Guide 002: only fixed contacts file; other people's cases wait for their approval. */
    @Nested
    class Filing {

        private final Portal portal = new Portal("erp-vendor");
        private final CaseService cases = portal.cases();

        private OpenCase.Builder melding() {
            return OpenCase.builder().title("Boeking faalt").description("Bij het boeken van een verkooporder.").caseType("Incident");
        }

        private Case filedByBob() {
            return portal.open(BOB, melding().build());
        }

        @Test
        void aCaseFiledBySomeoneWhoIsNotAFixedContactWaitsForTheApproval() {
            Case filed = filedByBob();

            assertThat(filed.statusReason()).isEqualTo("awaiting-approval");
            assertThat(filed.version()).isEqualTo(1);
            List<CaseEvent> timeline = cases.timeline(BOB, filed.id());
            assertThat(kinds(timeline)).containsExactly("CaseOpened", "ApprovalRequested", "StatusChanged");
            ApprovalRequested requested = last(timeline, ApprovalRequested.class);
            assertThat(requested.kind()).isEqualTo("filing");
            assertThat(requested.subject()).isEmpty();
            assertThat(requested.header().actor()).isEqualTo(new ActorRef(ActorKind.CONTACT, BOB));
            StatusChanged waits = last(timeline, StatusChanged.class);
            assertThat(waits.from()).isEqualTo("new");
            assertThat(waits.cause()).isEqualTo(StatusChanged.Cause.RULE);
            // waiting on the customer: the SLA clock does not run
            assertThat(filed.slas()).allSatisfy(sla -> assertThat(sla.state()).isEqualTo(SlaState.PAUSED));
        }

        @Test
        void aFixedContactsCaseIsTakenUpAtOnce() {
            Case filed = portal.open(ANNA, melding().build());

            assertThat(filed.statusReason()).isEqualTo("new");
            assertThat(kinds(cases.timeline(ANNA, filed.id()))).containsExactly("CaseOpened");
        }

        @Test
        void anAgentFilingForSomeoneElseAlsoWaitsButNotForAFixedContactOrWithoutContact() {
            Case forBob = portal.open(ALICE, melding().customer("ACME").contact(BOB).build());
            Case forAnna = portal.open(ALICE, melding().customer("ACME").contact(ANNA).build());
            Case withoutContact = portal.open(ALICE, melding().customer("ACME").build());
            Case byAnnaForBob = portal.open(ANNA, melding().contact(BOB).build());

            assertThat(forBob.statusReason()).isEqualTo("awaiting-approval");
            assertThat(forAnna.statusReason()).isEqualTo("new");
            assertThat(withoutContact.statusReason()).isEqualTo("new");
            assertThat(byAnnaForBob.statusReason()).isEqualTo("new");
        }

        @Test
        void theRuleFollowsWhoFilesNotWhomTheCaseNames() {
            // Bob is no fixed contact: naming Anna as the case's contact does not skip her approval
            Case byBobForAnna = portal.open(BOB, melding().contact(ANNA).build());

            assertThat(byBobForAnna.contactId()).contains(ANNA);
            assertThat(byBobForAnna.statusReason()).isEqualTo("awaiting-approval");
            assertThat(cases.approvals(ANNA, byBobForAnna.id())).singleElement()
                    .satisfies(approval -> assertThat(approval.status()).isEqualTo(Approval.Status.PENDING));
        }

        @Test
        void aContactNamesOnlyColleaguesOfItsOwnCustomer() {
            assertThatThrownBy(() -> portal.open(BOB, melding().contact(GINA).build()))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field, Violation::rule).containsExactly(tuple("contactId", "ContactOfCustomer")));
            assertThatThrownBy(() -> portal.open(BOB, melding().contact("nobody-at-all").build()))
                    .isInstanceOf(CommandValidationException.class).hasMessageContaining("contactId");
        }

        @Test
        void aFixedContactApprovesAndTheCaseJoinsTheQueue() {
            Case filed = filedByBob();
            portal.clock.advance(Duration.ofMinutes(5));

            Case approved = cases.execute(ANNA, new Approve(filed.id(), "filing"));

            assertThat(approved.statusReason()).isEqualTo("new");
            assertThat(approved.version()).isEqualTo(2);
            List<CaseEvent> timeline = cases.timeline(ALICE, filed.id());
            ApprovalGranted granted = last(timeline, ApprovalGranted.class);
            assertThat(granted.kind()).isEqualTo("filing");
            assertThat(granted.header().actor()).isEqualTo(new ActorRef(ActorKind.CONTACT, ANNA));
            assertThat(granted.header().at()).isEqualTo(portal.clock.instant());
            StatusChanged moved = last(timeline, StatusChanged.class);
            assertThat(List.of(moved.from(), moved.to())).containsExactly("awaiting-approval", "new");
            assertThat(moved.cause()).isEqualTo(StatusChanged.Cause.RULE);
            assertThat(cases.execute(ALICE, new Assign(filed.id(), Optional.of(io.casekit.spi.model.Owner.agent(ALICE))))
                    .statusReason()).isEqualTo("in-progress");
        }

        @Test
        void aFixedContactRefusesAndTheCaseIsCancelled() {
            Case filed = filedByBob();

            Case refused = cases.execute(ANNA, new RefuseApproval(filed.id(), "filing", "Bob should ask me first."));

            assertThat(refused.statusReason()).isEqualTo("cancelled");
            assertThat(refused.state()).isEqualTo(CaseState.CANCELLED);
            ApprovalRefused event = last(cases.timeline(BOB, filed.id()), ApprovalRefused.class);
            assertThat(event.reason()).isEqualTo("Bob should ask me first.");
            assertThat(event.header().actor().id()).isEqualTo(ANNA);
        }

        @Test
        void nobodyElseCanApproveOrRefuse() {
            Case filed = filedByBob();

            assertThatThrownBy(() -> cases.execute(BOB, new Approve(filed.id(), "filing"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.execute(BOB, new RefuseApproval(filed.id(), "filing", "no")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.execute(ALICE, new Approve(filed.id(), "filing"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.executeAsSystem(new Approve(filed.id(), "filing"))).isInstanceOf(AccessDeniedException.class);
            // a fixed contact of another customer: the case does not exist for it
            assertThatThrownBy(() -> cases.execute(GINA, new Approve(filed.id(), "filing"))).isInstanceOf(CaseNotFoundException.class);
            assertThat(portal.store.find(filed.id())).contains(filed);
        }

        @Test
        void noStatusChangeTakesTheCaseOutOfTheWaitButCancelling() {
            Case filed = filedByBob();

            assertThatThrownBy(() -> cases.execute(ALICE, new ChangeStatus(filed.id(), "in-progress")))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> cases.execute(BOB, new ChangeStatus(filed.id(), "new")))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> cases.execute(ANNA, new ChangeStatus(filed.id(), "new")))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(cases.execute(BOB, new Cancel(filed.id(), "Solved it myself.")).statusReason()).isEqualTo("cancelled");
        }

        @Test
        void aDecisionNeedsAPendingRequest() {
            Case filed = filedByBob();
            cases.execute(ANNA, new Approve(filed.id(), "filing"));
            Case anna = portal.open(ANNA, melding().build());

            assertThatThrownBy(() -> cases.execute(ANNA, new Approve(filed.id(), "filing")))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.dimension()).isEqualTo(IllegalTransitionException.Dimension.APPROVAL);
                        assertThat(e.requested()).contains("filing");
                        assertThat(e.allowed()).isEmpty();
                    });
            assertThatThrownBy(() -> cases.execute(ANNA, new RefuseApproval(anna.id(), "filing", "no")))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> cases.execute(ANNA, new Approve(anna.id(), "budget")))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).containsExactly("KnownApproval"));
        }

        @Test
        void thePortalReadsWhatWaitsForApproval() {
            Case filed = filedByBob();

            assertThat(cases.approvals(BOB, filed.id())).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo("filing");
                assertThat(a.status()).isEqualTo(Approval.Status.PENDING);
                assertThat(a.requestedBy()).isEqualTo(new ActorRef(ActorKind.CONTACT, BOB));
                assertThat(a.requestedAt()).isEqualTo(filed.createdAt());
                assertThat(a.decidedBy()).isEmpty();
            });
            assertThatThrownBy(() -> cases.approvals(GINA, filed.id())).isInstanceOf(CaseNotFoundException.class);
            portal.clock.advance(Duration.ofHours(1));
            cases.execute(ANNA, new Approve(filed.id(), "filing"));

            assertThat(cases.approvals(ALICE, filed.id())).singleElement().satisfies(a -> {
                assertThat(a.status()).isEqualTo(Approval.Status.GRANTED);
                assertThat(a.decidedBy()).contains(new ActorRef(ActorKind.CONTACT, ANNA));
                assertThat(a.decidedAt()).contains(portal.clock.instant());
                assertThat(a.refusalReason()).isEmpty();
            });
            assertThat(cases.approvals(ANNA, portal.open(ANNA, melding().build()).id())).isEmpty();
        }

        @Test
        void blankDecisionsAreInvalid() {
            Case filed = filedByBob();

            assertThatThrownBy(() -> cases.execute(ANNA, new RefuseApproval(filed.id(), "filing", " ")))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("reason"));
            assertThatThrownBy(() -> cases.execute(ANNA, new Approve(filed.id(), "")))
                    .isInstanceOf(CommandValidationException.class);
        }
    }

    /** Guide 003: the hours of a change request, and the conditions of a consultancy request. */
    @Nested
    class Hours {

        private final Portal portal = new Portal("erp-consultancy");
        private final CaseService cases = portal.cases();

        private Case changeRequest() {
            return portal.open(ANNA, OpenCase.builder()
                    .title("Wijziging aanmaningen versturen voor contant klanten")
                    .description("Dunning letters should also go to cash customers.")
                    .caseType("Change Request")
                    .build());
        }

        private Case move(Case c, String stage) {
            return cases.execute(ALICE, new MoveStage(c.id(), stage));
        }

        private Case inAnalysis() {
            Case cr = changeRequest();
            cases.execute(ALICE, new RequestApproval(cr.id(), "analysis-hours", "2", "The first two hours of analysis."));
            cases.execute(ANNA, new Approve(cr.id(), "analysis-hours"));
            return move(cr, "Analysis");
        }

        private Case waitingForApproval() {
            Case cr = inAnalysis();
            move(cr, "Send for approval");
            cases.execute(ALICE, new RequestApproval(cr.id(), "estimate", "16", "Realising the change takes 16 hours."));
            return move(cr, "Waiting for approval");
        }

        private void assertGateClosed(Case c, String stage, String kind) {
            assertThatThrownBy(() -> move(c, stage))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.dimension()).isEqualTo(IllegalTransitionException.Dimension.STAGE);
                        assertThat(e.requested()).contains(stage);
                        assertThat(e.getMessage()).contains("'" + kind + "'");
                    });
        }

        @Test
        void theAnalysisStartsOnlyAfterTheFirstTwoHoursAreApproved() {
            Case cr = changeRequest();

            assertGateClosed(cr, "Analysis", "analysis-hours");
            cases.execute(ALICE, new RequestApproval(cr.id(), "analysis-hours", "2", "The first two hours of analysis."));
            assertGateClosed(cr, "Analysis", "analysis-hours");
            cases.execute(ANNA, new Approve(cr.id(), "analysis-hours"));

            assertThat(move(cr, "Analysis").stage()).contains("Analysis");
            ApprovalGranted granted = last(cases.timeline(ANNA, cr.id()), ApprovalGranted.class);
            assertThat(granted.kind()).isEqualTo("analysis-hours");
            assertThat(granted.subject()).contains("2");
        }

        @Test
        void onlyAgentsRequestAndHoursAreNumbersAboveZero() {
            Case cr = changeRequest();

            assertThatThrownBy(() -> cases.execute(ANNA, new RequestApproval(cr.id(), "analysis-hours", "2", "please")))
                    .isInstanceOf(AccessDeniedException.class);
            for (String hours : List.of("0", "-2", "two", "1e999999999")) {
                assertThatThrownBy(() -> cases.execute(ALICE, new RequestApproval(cr.id(), "estimate", hours, "estimate")))
                        .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                                .extracting(Violation::field).containsExactly("subject"));
            }
            assertThatThrownBy(() -> cases.execute(ALICE, new RequestApproval(cr.id(), "estimate")))
                    .isInstanceOf(CommandValidationException.class);
            assertThatThrownBy(() -> cases.execute(ALICE, new RequestApproval(cr.id(), "conditions", "2", "x")))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).containsExactly("NoSubject"));
            assertThat(cases.timeline(ALICE, cr.id())).noneMatch(e -> e instanceof ApprovalRequested);
        }

        @Test
        void waitingForApprovalAsksTheCustomerForInputAndTheEstimateOpensApproved() {
            Case waiting = waitingForApproval();

            assertThat(waiting.stage()).contains("Waiting for approval");
            assertThat(waiting.statusReason()).isEqualTo("need-input");
            assertGateClosed(waiting, "Approved", "estimate");

            cases.execute(ANNA, new Approve(waiting.id(), "estimate"));
            Case approved = move(waiting, "Approved");

            assertThat(approved.stage()).contains("Approved");
            assertThat(approved.statusReason()).isEqualTo("in-progress");
            ApprovalGranted granted = last(cases.timeline(ANNA, waiting.id()), ApprovalGranted.class);
            assertThat(granted.kind()).isEqualTo("estimate");
            assertThat(granted.subject()).contains("16");
            assertThat(granted.header().actor().id()).isEqualTo(ANNA);
        }

        @Test
        void aNonAuthorisedColleagueCannotApproveTheHours() {
            Case waiting = waitingForApproval();

            assertThatThrownBy(() -> cases.execute(BOB, new Approve(waiting.id(), "estimate"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.execute(GINA, new Approve(waiting.id(), "estimate"))).isInstanceOf(CaseNotFoundException.class);
            assertGateClosed(waiting, "Approved", "estimate");
        }

        @Test
        void aRefusedEstimateKeepsTheGateClosedAndANewEstimateNeedsMoreAnalysisHours() {
            Case waiting = waitingForApproval();

            cases.execute(ANNA, new RefuseApproval(waiting.id(), "estimate", "Too expensive."));
            assertGateClosed(waiting, "Approved", "estimate");

            // back to the analysis: the extra time needs its own approval, the first one was used
            assertGateClosed(waiting, "Analysis", "analysis-hours");
            cases.execute(ALICE, new RequestApproval(waiting.id(), "analysis-hours", "1.5", "Extra analysis for a cheaper way."));
            cases.execute(ANNA, new Approve(waiting.id(), "analysis-hours"));
            Case analysis = move(waiting, "Analysis");

            assertThat(analysis.stage()).contains("Analysis");
        }

        @Test
        void thePortalShowsTheLatestRequestOfEachKindAndItsDecision() {
            Case waiting = waitingForApproval();
            cases.execute(ANNA, new RefuseApproval(waiting.id(), "estimate", "Too expensive."));

            assertThat(cases.approvals(BOB, waiting.id())).extracting(Approval::kind, Approval::status, Approval::subject,
                    Approval::refusalReason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("analysis-hours", Approval.Status.GRANTED, Optional.of("2"), Optional.empty()),
                    org.assertj.core.groups.Tuple.tuple("estimate", Approval.Status.REFUSED, Optional.of("16"),
                            Optional.of("Too expensive.")));

            cases.execute(ALICE, new RequestApproval(waiting.id(), "analysis-hours", "3", "A cheaper way needs more analysis."));

            assertThat(cases.approvals(BOB, waiting.id())).extracting(Approval::kind, Approval::status, Approval::subject)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("estimate", Approval.Status.REFUSED, Optional.of("16")),
                            org.assertj.core.groups.Tuple.tuple("analysis-hours", Approval.Status.PENDING, Optional.of("3")));
            assertThat(cases.approvals(BOB, waiting.id()).get(1).comment()).contains("A cheaper way needs more analysis.");
        }

        @Test
        void aNewRequestClosesTheGateAgainAndAGrantOpensItOnce() {
            Case waiting = waitingForApproval();
            cases.execute(ANNA, new Approve(waiting.id(), "estimate"));

            cases.execute(ALICE, new RequestApproval(waiting.id(), "estimate", "20", "We found more work."));
            assertGateClosed(waiting, "Approved", "estimate");
            cases.execute(ANNA, new Approve(waiting.id(), "estimate"));
            move(waiting, "Approved");

            assertThat(last(cases.timeline(ALICE, waiting.id()), ApprovalGranted.class).subject()).contains("20");
        }

        @Test
        void releasedNeedsTheEnvironmentAndTestCustomerAsksForInput() {
            Case waiting = waitingForApproval();
            cases.execute(ANNA, new Approve(waiting.id(), "estimate"));
            for (String stage : List.of("Approved", "Development", "Testing", "Ready to release")) {
                move(waiting, stage);
            }

            assertThatThrownBy(() -> move(waiting, "Released"))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field, Violation::rule).containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("customFields[releasedIn]", "Required")));
            cases.execute(ALICE, new SetCustomField(waiting.id(), "releasedIn", Optional.of("ACC")));
            Case released = move(waiting, "Released");
            Case testing = move(waiting, "Test Customer");

            assertThat(released.stage()).contains("Released");
            assertThat(released.customFields()).containsKey("releasedIn");
            assertThat(testing.statusReason()).isEqualTo("need-input");
        }

        @Test
        void theEnvironmentCanBeGivenWithTheMoveToReleasedInOneCommit() {
            Case waiting = waitingForApproval();
            cases.execute(ANNA, new Approve(waiting.id(), "estimate"));
            for (String stage : List.of("Approved", "Development", "Testing", "Ready to release")) {
                move(waiting, stage);
            }
            Case before = cases.get(ALICE, waiting.id());

            Case released = cases.execute(ALICE, new MoveStage(waiting.id(), "Released").withField("releasedIn", "PROD"));

            assertThat(released.stage()).contains("Released");
            assertThat(released.customFields()).containsEntry("releasedIn", new io.casekit.spi.model.FieldValue.Choice("PROD"));
            assertThat(released.version()).isEqualTo(before.version() + 1);
            assertThatThrownBy(() -> cases.execute(ALICE, new MoveStage(waiting.id(), "Test Customer").withField("releasedIn", "MARS")))
                    .isInstanceOf(CommandValidationException.class).hasMessageContaining("releasedIn");
            assertThat(cases.get(ALICE, waiting.id())).isEqualTo(released);
        }

        @Test
        void aConsultancyRequestAsksForTheConditionsWhenItIsFiled() {
            Case request = portal.open(BOB, OpenCase.builder().title("Training").description("A day on site.")
                    .caseType("Consultant Request").build());

            ApprovalRequested conditions = last(cases.timeline(BOB, request.id()), ApprovalRequested.class);
            assertThat(conditions.kind()).isEqualTo("conditions");
            assertThat(request.version()).isEqualTo(1);
            assertThatThrownBy(() -> cases.execute(BOB, new Approve(request.id(), "conditions"))).isInstanceOf(AccessDeniedException.class);

            cases.execute(ANNA, new Approve(request.id(), "conditions"));

            assertThat(last(cases.timeline(BOB, request.id()), ApprovalGranted.class).kind()).isEqualTo("conditions");
        }

        @Test
        void aConsultancyRequestWaitsForItsConditionsBeforeWorkStarts() {
            Case request = portal.open(BOB, OpenCase.builder().title("Training").description("A day on site.")
                    .caseType("Consultant Request").build());

            Case assigned = cases.execute(ALICE, new Assign(request.id(), Owner.agent(ALICE)));
            assertThat(assigned.owner()).contains(Owner.agent(ALICE));
            assertThat(assigned.statusReason()).as("assigned, but not taken into work").isEqualTo(request.statusReason());
            assertThatThrownBy(() -> cases.execute(ALICE, new ChangeStatus(request.id(), "in-progress")))
                    .isInstanceOfSatisfying(IllegalTransitionException.class,
                            e -> assertThat(e.getMessage()).contains("waits for the customer's approval 'conditions'"));

            cases.execute(ANNA, new Approve(request.id(), "conditions"));
            Case working = cases.execute(ALICE, new ChangeStatus(request.id(), "in-progress"));

            assertThat(working.statusReason()).isEqualTo("in-progress");
        }

        @Test
        void aConsultancyRequestWaitingForItsConditionsCanStillBeCancelled() {
            Case request = portal.open(BOB, OpenCase.builder().title("Training").description("A day on site.")
                    .caseType("Consultant Request").build());

            Case cancelled = cases.execute(BOB, new Cancel(request.id(), "No longer needed"));

            assertThat(cancelled.state()).isEqualTo(CaseState.CANCELLED);
        }

        @Test
        void decisionsNeedAnOpenCase() {
            Case cr = changeRequest();
            cases.execute(ALICE, new RequestApproval(cr.id(), "analysis-hours", "2", "The first two hours."));
            cases.execute(ANNA, new Cancel(cr.id(), "Not needed after all."));

            assertThatThrownBy(() -> cases.execute(ANNA, new Approve(cr.id(), "analysis-hours")))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e ->
                            assertThat(e.dimension()).isEqualTo(IllegalTransitionException.Dimension.CHANGE));
            assertThatThrownBy(() -> cases.execute(ALICE, new RequestApproval(cr.id(), "estimate", "3", "x")))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }
}
