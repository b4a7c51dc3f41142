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

import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseServiceTest {

    private final Portal portal = new Portal("it-services");
    private final CaseService cases = portal.cases();

    private static OpenCase.Builder vpnIncident() {
        return OpenCase.builder()
                .title("VPN drops every few minutes")
                .description("Since the last client update the VPN disconnects every five minutes.")
                .caseType("Incident")
                .customField("expertiseDomain", "MWI");
    }

    private Case openAsAnna() {
        return portal.open(ANNA, vpnIncident().build());
    }

    /** The event kinds of a timeline, without the SLA clock's events (SlaClockTest covers those). */
    private static List<String> kinds(List<CaseEvent> events) {
        return withoutSla(events).stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    private static List<CaseEvent> withoutSla(List<CaseEvent> events) {
        return events.stream().filter(e -> !(e instanceof io.casekit.spi.event.SlaChanged)).toList();
    }

    @Nested
    class Opening {

        @Test
        void aContactOpensACaseForItsOwnCustomer() {
            Case opened = openAsAnna();

            assertThat(opened.number()).matches("CAS-00001-[A-Z0-9]{6}");
            assertThat(opened.customerId()).isEqualTo("ACME");
            assertThat(opened.contactId()).contains(ANNA);
            assertThat(opened.statusReason()).isEqualTo("100");
            assertThat(opened.state()).isEqualTo(CaseState.OPEN);
            assertThat(opened.priority()).isEqualTo("P3");
            assertThat(opened.customFields()).containsEntry("expertiseDomain", new FieldValue.Choice("MWI"));
            assertThat(opened.version()).isEqualTo(1);
            assertThat(opened.createdAt()).isEqualTo(portal.clock.instant());
            assertThat(portal.store.find(opened.id())).contains(opened);
            assertThat(kinds(cases.timeline(ANNA, opened.id()))).containsExactly("CaseOpened", "Assigned"); // routed by domain
            assertThat(opened.owner()).contains(Owner.team("support-mwi"));
            assertThat(opened.slas()).extracting(s -> s.kind()).containsExactly(
                    io.casekit.spi.model.SlaKind.FIRST_RESPONSE, io.casekit.spi.model.SlaKind.RESOLUTION);
        }

        @Test
        void numbersFollowTheSequence() {
            Case first = openAsAnna();
            Case second = openAsAnna();

            assertThat(first.number()).startsWith("CAS-00001-");
            assertThat(second.number()).startsWith("CAS-00002-");
            assertThat(cases.getByNumber(BOB, second.number())).isEqualTo(second);
        }

        @Test
        void everyBrokenFieldIsNamedAndNothingIsStored() {
            OpenCase bad = OpenCase.builder()
                    .title(" ")
                    .description("x".repeat(CaseCommand.MAX_TEXT + 1))
                    .caseType("Incident")
                    .endUserName("line\nbreak")
                    .build();

            assertThatThrownBy(() -> portal.open(ANNA, bad))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field, Violation::rule)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("title", "NotBlank"),
                                    org.assertj.core.groups.Tuple.tuple("description", "Size"),
                                    org.assertj.core.groups.Tuple.tuple("endUserName", "NoControlCharacters")));
            assertThat(portal.store.size()).isZero();
        }

        @Test
        void definitionRulesAreCheckedTogether() {
            OpenCase bad = OpenCase.builder()
                    .title("Printer")
                    .description("Broken")
                    .caseType("Incident")
                    .priority("P9")
                    .customField("colour", "red")
                    .build();

            assertThatThrownBy(() -> portal.open(ANNA, bad))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field)
                            .containsExactly("customFields[colour]", "customFields[expertiseDomain]", "priority"));
            assertThat(portal.store.size()).isZero();
        }

        @Test
        void anUnknownCaseTypeIsNamed() {
            assertThatThrownBy(() -> portal.open(ANNA, vpnIncident().caseType("Complaint").build()))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> {
                                assertThat(v.field()).isEqualTo("caseType");
                                assertThat(v.message()).contains("Complaint", "Incident");
                            }));
        }

        @Test
        void aCustomerWithoutContractIsAlwaysP4AndCannotRaiseIt() {
            Case opened = portal.open(GINA, vpnIncident().priority("P1").build());

            assertThat(opened.priority()).isEqualTo("P4");
            assertThatThrownBy(() -> cases.execute(GINA, new ChangePriority(opened.id(), "P2")))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).containsExactly("NoSupportContract"));
            assertThatThrownBy(() -> cases.execute(ALICE, new ChangePriority(opened.id(), "P1")))
                    .isInstanceOf(CommandValidationException.class);
            assertThat(cases.get(ALICE, opened.id()).priority()).isEqualTo("P4");
        }

        @Test
        void anAgentNamesTheCustomerAndItsContact() {
            assertThatThrownBy(() -> portal.open(ALICE, vpnIncident().build()))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("customerId"));
            assertThatThrownBy(() -> portal.open(ALICE, vpnIncident().customer("ACME").contact(GINA).build()))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).containsExactly("ContactOfCustomer"));

            Case opened = portal.open(ALICE, vpnIncident().customer("ACME").contact(BOB).build());
            assertThat(opened.contactId()).contains(BOB);
        }

        @Test
        void aContactCannotFileForAnotherCustomer() {
            assertThatThrownBy(() -> portal.open(ANNA, vpnIncident().customer("GLOBEX").build()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(portal.store.size()).isZero();
        }

        @Test
        void anUnknownActorIsDenied() {
            assertThatThrownBy(() -> portal.open("mallory", vpnIncident().build()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.actorId()).isEqualTo("mallory"));
        }
    }

    @Nested
    class Access {

        @Test
        void aContactNeverSeesAnotherCustomersCase() {
            Case acme = openAsAnna();

            assertThatThrownBy(() -> cases.get(GINA, acme.id())).isInstanceOf(CaseNotFoundException.class);
            assertThatThrownBy(() -> cases.getByNumber(GINA, acme.number())).isInstanceOf(CaseNotFoundException.class);
            assertThatThrownBy(() -> cases.timeline(GINA, acme.id())).isInstanceOf(CaseNotFoundException.class);
            assertThatThrownBy(() -> cases.execute(GINA, new AddComment(acme.id(), "hello", Visibility.PUBLIC)))
                    .isInstanceOf(CaseNotFoundException.class);
            assertThat(cases.get(ANNA, acme.id()).version()).isEqualTo(1);
        }

        @Test
        void colleaguesOfTheSameCustomerSeeTheCase() {
            Case acme = openAsAnna();

            assertThat(cases.get(BOB, acme.id())).isEqualTo(acme);
        }

        @Test
        void internalCommentsStayWithTheAgents() {
            Case acme = openAsAnna();
            cases.execute(ALICE, new AddComment(acme.id(), "customer is grumpy", Visibility.INTERNAL));
            cases.execute(ALICE, new AddComment(acme.id(), "we are on it", Visibility.PUBLIC));

            assertThat(kinds(cases.timeline(ALICE, acme.id()))).containsExactly("CaseOpened", "Assigned", "CommentAdded", "CommentAdded");
            assertThat(cases.timeline(ANNA, acme.id()))
                    .filteredOn(CommentAdded.class::isInstance)
                    .extracting(e -> ((CommentAdded) e).body())
                    .containsExactly("we are on it");
        }

        @Test
        void contactsMayNotDoAgentsWork() {
            Case acme = openAsAnna();

            assertThatThrownBy(() -> cases.execute(ANNA, new AddComment(acme.id(), "psst", Visibility.INTERNAL)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.execute(ANNA, new Assign(acme.id(), Owner.agent(ALICE))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(cases.get(ANNA, acme.id()).version()).isEqualTo(1);
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void assigningAReceivedCaseStartsTheWork() {
            Case acme = openAsAnna();
            portal.clock.advance(Duration.ofMinutes(5));

            Case assigned = cases.execute(ALICE, new Assign(acme.id(), Owner.agent(ALICE)));

            assertThat(assigned.owner()).contains(Owner.agent(ALICE));
            assertThat(assigned.statusReason()).isEqualTo("200");
            assertThat(assigned.version()).isEqualTo(2);
            assertThat(assigned.modifiedAt()).isEqualTo(acme.createdAt().plus(Duration.ofMinutes(5)));
            List<CaseEvent> timeline = withoutSla(cases.timeline(ALICE, acme.id()));
            assertThat(kinds(timeline)).containsExactly("CaseOpened", "Assigned", "Assigned", "StatusChanged");
            assertThat(((StatusChanged) timeline.get(3)).cause()).isEqualTo(StatusChanged.Cause.RULE);
            assertThat(((Assigned) timeline.get(2)).from()).contains(Owner.team("support-mwi"));
            assertThat(((Assigned) timeline.get(2)).to()).contains(Owner.agent(ALICE));
        }

        @Test
        void assigningToAnUnknownAgentIsRefused() {
            Case acme = openAsAnna();

            assertThatThrownBy(() -> cases.execute(ALICE, new Assign(acme.id(), Owner.agent(ANNA))))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).containsExactly("KnownAgent"));
            Case team = cases.execute(ALICE, new Assign(acme.id(), Owner.team("first-line")));
            assertThat(team.owner()).contains(Owner.team("first-line"));
        }

        @Test
        void askingTheCustomerNeedsACommentAndTheirReplyResumesWork() {
            Case acme = openAsAnna();
            cases.execute(ALICE, new Assign(acme.id(), Owner.agent(ALICE)));

            assertThatThrownBy(() -> cases.execute(ALICE, new ChangeStatus(acme.id(), "310")))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field, Violation::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("comment", "NeedsComment")));

            Case waiting = cases.execute(ALICE, new ChangeStatus(acme.id(), "310", "Which client version do you run?"));
            assertThat(waiting.statusReason()).isEqualTo("310");

            Case replied = cases.execute(BOB, new AddComment(acme.id(), "Version 5.2", Visibility.PUBLIC));
            assertThat(replied.statusReason()).isEqualTo("200");
            assertThat(kinds(cases.timeline(ANNA, acme.id()))).containsExactly(
                    "CaseOpened", "Assigned", "Assigned", "StatusChanged", "CommentAdded", "StatusChanged", "CommentAdded", "StatusChanged");
        }

        @Test
        void aMoveTheActorMayNotTakeSaysWhatIsAllowed() {
            Case acme = openAsAnna();
            cases.execute(ALICE, new Assign(acme.id(), Owner.agent(ALICE)));

            assertThatThrownBy(() -> cases.execute(ANNA, new ChangeStatus(acme.id(), "450")))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.dimension()).isEqualTo(IllegalTransitionException.Dimension.STATUS);
                        assertThat(e.current()).isEqualTo("200");
                        assertThat(e.requested()).contains("450");
                        assertThat(e.allowed()).containsExactly("420");
                    });
            assertThatThrownBy(() -> cases.execute(ALICE, new ChangeStatus(acme.id(), "999")))
                    .isInstanceOf(CommandValidationException.class);
            assertThat(cases.get(ALICE, acme.id()).version()).isEqualTo(2);
        }

        @Test
        void resolveCloseAndReopen() {
            Case acme = openAsAnna();
            cases.execute(ALICE, new Assign(acme.id(), Owner.agent(ALICE)));

            Case resolved = cases.execute(ALICE, new Resolve(acme.id(), "Updated the VPN client to 5.3"));
            assertThat(resolved.statusReason()).isEqualTo("410");
            assertThat(resolved.state()).isEqualTo(CaseState.OPEN);

            Case closed = cases.execute(ALICE, new Close(acme.id()));
            assertThat(closed.statusReason()).isEqualTo("450");
            assertThat(closed.state()).isEqualTo(CaseState.RESOLVED);

            assertThatThrownBy(() -> cases.execute(ALICE, new ChangeTitle(acme.id(), "too late")))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.dimension()).isEqualTo(IllegalTransitionException.Dimension.CHANGE);
                        assertThat(e.allowed()).contains("200");
                    });
            // guide 000, 220: feedback on a closed case opens a new case linked to it (CaseLinksTest)
            Case followUp = cases.execute(ANNA, new AddComment(acme.id(), "thanks", Visibility.PUBLIC));
            assertThat(followUp.id()).isNotEqualTo(acme.id());
            assertThat(cases.get(ALICE, acme.id()).statusReason()).isEqualTo("450");

            Case reopened = cases.execute(ALICE, new Reopen(acme.id(), "It is back"));
            assertThat(reopened.statusReason()).isEqualTo("200");
            assertThat(reopened.state()).isEqualTo(CaseState.OPEN);
        }

        @Test
        void aContactCancelsWithAReason() {
            Case acme = openAsAnna();

            assertThatThrownBy(() -> cases.execute(ANNA, new Cancel(acme.id())))
                    .isInstanceOf(CommandValidationException.class);
            Case cancelled = cases.execute(ANNA, new Cancel(acme.id(), "It works again"));

            assertThat(cancelled.statusReason()).isEqualTo("420");
            assertThat(cancelled.state()).isEqualTo(CaseState.CANCELLED);
        }

        @Test
        void aCommandThatChangesNothingRecordsNothing() {
            Case acme = openAsAnna();

            Case same = cases.execute(ANNA, new ChangeTitle(acme.id(), acme.title()));
            Case alsoSame = cases.execute(ALICE, new ChangeStatus(acme.id(), "100"));

            assertThat(same).isEqualTo(acme);
            assertThat(alsoSame).isEqualTo(acme);
            assertThat(cases.timeline(ALICE, acme.id())).hasSize((int) acme.eventCount());
        }

        @Test
        void fieldsChangeAndAreRecorded() {
            Case acme = openAsAnna();

            cases.execute(ANNA, new ChangeTitle(acme.id(), "VPN drops when switching Wi-Fi"));
            cases.execute(ANNA, new ChangePriority(acme.id(), "P2"));
            cases.execute(ANNA, new ChangeCaseType(acme.id(), "Service Request"));
            cases.execute(ALICE, new SetCustomField(acme.id(), "expertiseDomain", "DATA"));
            Case changed = cases.execute(ANNA, new ChangeDescription(acme.id(), "Only on Wi-Fi."));

            assertThat(changed.title()).isEqualTo("VPN drops when switching Wi-Fi");
            assertThat(changed.priority()).isEqualTo("P2");
            assertThat(changed.caseType()).isEqualTo("Service Request");
            assertThat(changed.customFields()).containsEntry("expertiseDomain", new FieldValue.Choice("DATA"));
            assertThat(changed.description()).isEqualTo("Only on Wi-Fi.");
            assertThat(changed.version()).isEqualTo(6);
            assertThatThrownBy(() -> cases.execute(ALICE, SetCustomField.clear(acme.id(), "expertiseDomain")))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).containsExactly("Required"));
            assertThatThrownBy(() -> cases.execute(ALICE, new SetCustomField(acme.id(), "expertiseDomain", "COOKING")))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("customFields[expertiseDomain]"));
        }

        @Test
        void theSystemTakesSystemTransitions() {
            Case acme = openAsAnna();
            cases.execute(ALICE, new Assign(acme.id(), Owner.agent(ALICE)));
            cases.execute(ALICE, new Resolve(acme.id()));

            Case closed = cases.executeAsSystem(new ChangeStatus(acme.id(), "450"));

            assertThat(closed.state()).isEqualTo(CaseState.RESOLVED);
            assertThat(cases.timeline(ALICE, acme.id()).get(cases.timeline(ALICE, acme.id()).size() - 1).header().actor().kind())
                    .isEqualTo(io.casekit.spi.model.ActorKind.SYSTEM);
        }
    }

    @Nested
    class Stages {

        private final Portal erp = new Portal("erp-consultancy");

        private Case changeRequest() {
            return erp.open(ANNA, OpenCase.builder()
                    .title("Send reminders to cash customers")
                    .description("Dunning letters should also go to cash customers.")
                    .caseType("Change Request")
                    .build());
        }

        @Test
        void questionsAndChangeRequestsOpenAsP4() {
            assertThat(changeRequest().priority()).isEqualTo("P4");
            assertThat(changeRequest().number()).isEqualTo("CASE-10001");
        }

        @Test
        void aChangeRequestMovesThroughItsPipelineInOrder() {
            Case cr = changeRequest();

            assertThatThrownBy(() -> erp.cases().execute(ALICE, new MoveStage(cr.id(), "Development")))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.dimension()).isEqualTo(IllegalTransitionException.Dimension.STAGE);
                        // Analysis follows, but its gate waits for the analysis hours' approval: nothing may be entered yet
                        assertThat(e.allowed()).isEmpty();
                    });
            erp.cases().execute(ALICE, new RequestApproval(cr.id(), "analysis-hours", "2", "The first two hours of analysis."));
            erp.cases().execute(ANNA, new Approve(cr.id(), "analysis-hours"));
            assertThatThrownBy(() -> erp.cases().execute(ALICE, new MoveStage(cr.id(), "Development")))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed()).containsExactly("Analysis"));
            Case analysis = erp.cases().execute(ALICE, new MoveStage(cr.id(), "Analysis"));
            Case sent = erp.cases().execute(ALICE, new MoveStage(cr.id(), "Send for approval"));

            assertThat(analysis.stage()).contains("Analysis");
            assertThat(sent.stage()).contains("Send for approval");
            assertThatThrownBy(() -> erp.cases().execute(ANNA, new MoveStage(cr.id(), "Waiting for approval")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> erp.cases().execute(ALICE, new MoveStage(cr.id(), "Shipping")))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).containsExactly("KnownStage"));
        }

        @Test
        void typesWithoutAPipelineHaveNoStages() {
            Case incident = erp.open(ANNA, OpenCase.builder().title("Crash").description("On booking").caseType("Incident").build());

            assertThatThrownBy(() -> erp.cases().execute(ALICE, new MoveStage(incident.id(), "Analysis")))
                    .isInstanceOf(CommandValidationException.class);
            assertThat(incident.stage()).isEqualTo(Optional.empty());
        }
    }
}
