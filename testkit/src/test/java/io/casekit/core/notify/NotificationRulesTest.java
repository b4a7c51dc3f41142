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
package io.casekit.core.notify;

import static io.casekit.core.notify.MailDesk.ALICE;
import static io.casekit.core.notify.MailDesk.ANNA;
import static io.casekit.core.notify.MailDesk.BERT;
import static io.casekit.core.notify.MailDesk.BOB;
import static io.casekit.core.notify.MailDesk.CARL;
import static io.casekit.core.notify.MailDesk.CLEO;
import static io.casekit.core.notify.MailDesk.COORDINATOR;
import static io.casekit.core.notify.MailDesk.DORA;
import static io.casekit.core.notify.MailDesk.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.MissingCapabilityException;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.ChangeTitle;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.Resolve;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.Audience;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.MessageTemplate;
import io.casekit.core.workflow.NotificationRule;
import io.casekit.core.workflow.NotificationTrigger;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.TemplateText;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.notify.Message;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which change notifies whom, in which language, with what: the rules of the definition at work. */
class NotificationRulesTest {

    @Nested
    class ItServices {

        private final MailDesk desk = new MailDesk("it-services");

        @Test
        void filingACaseConfirmsItToTheRequesterInHerLanguageWithTheCaseNumber() {
            Case c = desk.open(ANNA, "VPN drops every few minutes");

            Message mail = single(desk.messages(c.id()));
            assertThat(mail.recipient().actorId()).isEqualTo(ANNA);
            assertThat(mail.recipient().address()).isEqualTo("anna@acme.test");
            assertThat(mail.recipient().channel()).isEqualTo(Channel.EMAIL);
            assertThat(mail.recipient().language()).isEqualTo(Locale.forLanguageTag("nl-BE"));
            assertThat(mail.subject()).isEqualTo("Case ontvangen: VPN drops every few minutes [" + c.number() + "]");
            assertThat(mail.text()).contains("Beste Anna Acme,", "We hebben uw case " + c.number() + " ontvangen",
                    "Prioriteit: P3 - Gemiddeld. Status: 100. Ontvangen.");
            assertThat(mail.html()).hasValueSatisfying(html -> assertThat(html).contains("<b>" + c.number() + "</b>"));
            assertThat(mail.threadId()).isEqualTo(c.id().value());
            OutboxEntry entry = desk.outbox(c.id()).get(0);
            assertThat(entry.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(entry.notification().eventSequence()).isEqualTo(1);
            assertThat(entry.notification().createdAt()).isEqualTo(c.createdAt());
            assertThat(entry.id()).isEqualTo(Notification.idFor(c.id(), 1, ANNA, Channel.EMAIL));
        }

        @Test
        void anEnglishRequesterGetsEnglishAndAFrenchAgentFilingForHerDoesNotGetHerMail() {
            Case c = desk.cases().execute(BERT, desk.opening("Printer jams").customer("ACME").contact(BOB).build());

            Message mail = single(desk.messages(c.id()));
            assertThat(mail.recipient().actorId()).isEqualTo(BOB);
            assertThat(mail.subject()).isEqualTo("Case received: Printer jams [" + c.number() + "]");
        }

        @Test
        void pickingUpTheCaseSendsOneMailThoughTheStatusMovedToo() {
            Case c = desk.open(ANNA, "VPN drops");

            desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));

            List<Message> toAnna = desk.messagesTo(c.id(), ANNA);
            assertThat(toAnna).hasSize(2);
            assertThat(toAnna.get(1).subject()).startsWith("Uw case is in behandeling");
            assertThat(toAnna.get(1).text()).contains("Alice Agent heeft uw case", "Status: 200. In behandeling.");
            assertThat(desk.messagesTo(c.id(), ALICE)).as("nobody is told of their own change").isEmpty();
        }

        @Test
        void everyStatusChangeIsMailedWithItsComment() {
            Case c = desk.open(ANNA, "VPN drops");
            desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));

            desk.cases().execute(ALICE, new ChangeStatus(c.id(), "310", Optional.of("Which client version is installed?")));

            Message mail = desk.messagesTo(c.id(), ANNA).get(2);
            assertThat(mail.subject()).isEqualTo("Status van uw case: 310. Info gevraagd aan klant [" + c.number() + "]");
            assertThat(mail.text()).contains("van 200. In behandeling naar 310. Info gevraagd aan klant", "Which client version is installed?");
        }

        @Test
        void aContactsReplyGoesToTheOwnerAndNotBackToHer() {
            Case c = desk.open(ANNA, "VPN drops");
            desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));
            desk.cases().execute(ALICE, new ChangeStatus(c.id(), "310", Optional.of("Which version?")));

            desk.cases().execute(ANNA, new AddComment(c.id(), "Client 5.2.1.", Visibility.PUBLIC)); // and back to 200 by rule

            assertThat(desk.messagesTo(c.id(), ANNA)).hasSize(3);
            Message mail = single(desk.messagesTo(c.id(), ALICE));
            assertThat(mail.subject()).isEqualTo("New comment on VPN drops [" + c.number() + "]");
            assertThat(mail.text()).contains("Anna Acme commented on case " + c.number(), "Client 5.2.1.");
        }

        @Test
        void internalCommentsReachTheAgentsOnlyAndNeverAContact() {
            Case c = desk.open(ANNA, "VPN drops");
            desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));

            desk.cases().execute(BERT, new AddComment(c.id(), "Customer is on the old VPN concentrator.", Visibility.INTERNAL));

            assertThat(desk.messagesTo(c.id(), ANNA)).hasSize(2);
            Message note = single(desk.messagesTo(c.id(), ALICE));
            assertThat(note.subject()).startsWith("Internal note on VPN drops");
            assertThat(note.text()).contains("old VPN concentrator");
        }

        @Test
        void aTeamOwnedCaseTellsTheTeamsMembers() {
            Case c = desk.open(ANNA, "VPN drops");
            desk.cases().execute(BERT, new Assign(c.id(), Owner.team("first-line")));

            desk.cases().execute(BERT, new AddComment(c.id(), "Escalated to the network team.", Visibility.INTERNAL));

            assertThat(desk.messages(c.id())).extracting(m -> m.recipient().actorId()).containsExactly(ANNA, ANNA, ALICE, CLEO);
            assertThat(desk.messagesTo(c.id(), ANNA).get(1).text()).contains("first-line heeft uw case");
        }

        @Test
        void theResolutionMailCarriesTheSolutionAndTheFeedbackWindow() {
            Case c = desk.open(ANNA, "VPN drops");
            desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));

            desk.cases().execute(ALICE, new Resolve(c.id(), "We pushed VPN client 5.2.3 to your laptop."));

            Message mail = desk.messagesTo(c.id(), ANNA).get(2);
            assertThat(mail.subject()).isEqualTo("Uw case is klaar: VPN drops [" + c.number() + "]");
            assertThat(mail.text()).contains("We pushed VPN client 5.2.3 to your laptop.", "binnen 7 dagen");
        }

        @Test
        void theFeedbackWindowClosingTheCaseIsMailedToo() {
            Case c = desk.open(ANNA, "VPN drops");
            desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));
            desk.cases().execute(ALICE, new Resolve(c.id(), "Fixed."));

            desk.clock.advance(Duration.ofDays(7));
            desk.casekit.scheduler().runDue();

            Message mail = desk.messagesTo(c.id(), ANNA).get(3);
            assertThat(mail.subject()).isEqualTo("Status van uw case: 450. Probleem opgelost [" + c.number() + "]");
            assertThat(mail.text()).contains("naar 450. Probleem opgelost");
        }

        @Test
        void valuesAreEscapedInHtmlAndKeptAsTheyAreInText() {
            Case c = desk.open(ANNA, "<script>alert('x')</script> & more");
            desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));

            desk.cases().execute(ALICE, new Resolve(c.id(), "Line one\nLine <two>"));

            Message mail = desk.messagesTo(c.id(), ANNA).get(2);
            assertThat(mail.text()).contains("<script>alert('x')</script> & more", "Line one\nLine <two>");
            assertThat(mail.html()).hasValueSatisfying(html -> assertThat(html)
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more", "Line one<br>Line &lt;two&gt;")
                    .doesNotContain("<script>"));
        }

        @Test
        void contactsWithoutMailAmongTheirChannelsOrWithoutAnAddressGetNothing() {
            Case byCarl = desk.open(CARL, "Phone only");
            Case byDora = desk.open(DORA, "No address");

            assertThat(desk.messages(byCarl.id())).isEmpty();
            assertThat(desk.messages(byDora.id())).isEmpty();
        }

        @Test
        void aChangeNoRuleIsAboutNotifiesNobody() {
            Case c = desk.open(ANNA, "VPN drops");

            desk.cases().execute(ALICE, new ChangeTitle(c.id(), "VPN drops on Wi-Fi only"));

            assertThat(desk.messages(c.id())).hasSize(1);
        }
    }

    @Test
    void rulesForAllContactsReachEveryContactOfTheCustomerWhoTickedMail() {
        MailDesk desk = new MailDesk("software-vendor");

        Case c = desk.open(BOB, "Report export fails");
        desk.cases().execute(ALICE, new AddComment(c.id(), "Could you send the log?", Visibility.PUBLIC));

        List<Message> comment = desk.messages(c.id()).subList(1, desk.messages(c.id()).size());
        assertThat(comment).extracting(m -> m.recipient().actorId()).containsExactlyInAnyOrder(ANNA, BOB);
        assertThat(desk.messages(c.id()).get(0).recipient().actorId()).isEqualTo(BOB);
        assertThat(desk.messages(c.id())).extracting(m -> m.recipient().actorId()).doesNotContain(CARL, DORA, GINA);
    }

    @Test
    void aBreachedSlaEscalatesToTheOwnerAndTheEscalationLevel() {
        MailDesk desk = new MailDesk("erp-consultancy");
        Case c = desk.cases().execute(ANNA, desk.opening("Production down").priority("P1").build());
        desk.cases().execute(BERT, new Assign(c.id(), Owner.agent(ALICE)));

        desk.clock.advance(Duration.ofHours(4)); // P1: first response within 4 business hours
        desk.casekit.scheduler().runDue();

        List<Message> breach = desk.messages(c.id()).stream().filter(m -> m.subject().startsWith("SLA breached")).toList();
        List<Message> escalated = desk.messages(c.id()).stream().filter(m -> m.subject().startsWith("Escalated")).toList();
        assertThat(breach).extracting(m -> m.recipient().actorId()).containsExactly(ALICE);
        assertThat(escalated).extracting(m -> m.recipient().actorId()).containsExactly(COORDINATOR);
        assertThat(desk.messagesTo(c.id(), ANNA)).noneMatch(m -> m.subject().contains("SLA"));
    }

    @Test
    void aContactOfAnotherCustomerIsNeverAddressedEvenAsTheCasesContact() {
        MailDesk desk = new MailDesk(definition(NotificationRule.of(NotificationTrigger.STATUS_CHANGED, "t", Audience.REQUESTER,
                Audience.OWNER)), new InMemoryCaseStore());
        Case c = desk.open(ANNA, "VPN drops");

        desk.cases().execute(ALICE, new Close(c.id()));

        assertThat(desk.messages(c.id())).extracting(m -> m.recipient().actorId()).containsExactly(ANNA);
        assertThat(desk.directory.findActor(GINA).orElseThrow().customerId()).contains("GLOBEX");
    }

    @Test
    void theActorHearsOfItsOwnChangeOnlyWhenTheRuleSaysSo() {
        MailDesk quiet = new MailDesk(definition(NotificationRule.of(NotificationTrigger.STATUS_CHANGED, "t", Audience.REQUESTER)),
                new InMemoryCaseStore());
        Case a = quiet.open(ANNA, "A");
        quiet.cases().execute(ANNA, new Close(a.id()));
        assertThat(quiet.messages(a.id())).isEmpty();

        MailDesk told = new MailDesk(definition(NotificationRule.of(NotificationTrigger.STATUS_CHANGED, "t", Audience.REQUESTER)
                .notifyingActor()), new InMemoryCaseStore());
        Case b = told.open(ANNA, "B");
        told.cases().execute(ANNA, new Close(b.id()));
        assertThat(told.messages(b.id())).singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("B: Closed [T-1]"));
    }

    @Test
    void aSubjectStaysOnOneLineWhateverTheValues() {
        MailDesk desk = new MailDesk(definition(NotificationRule.of(NotificationTrigger.PUBLIC_COMMENT, "c", Audience.REQUESTER)),
                new InMemoryCaseStore());
        Case c = desk.open(ANNA, "VPN");

        desk.cases().execute(ALICE, new AddComment(c.id(), "first line\r\nBcc: everyone@example.com\nthird", Visibility.PUBLIC));

        assertThat(single(desk.messages(c.id())).subject()).isEqualTo("Re: first line  Bcc: everyone@example.com third [T-1]");
    }

    @Test
    void aDefinitionWithNotificationRulesIsRefusedOnAStoreWithoutAnOutbox() {
        List<CaseCommit> commits = new CopyOnWriteArrayList<>();
        InMemoryCaseStore memory = new InMemoryCaseStore();
        CaseStore plain = new CaseStore() {
            @Override
            public Optional<Case> find(CaseId id) {
                return memory.find(id);
            }

            @Override
            public Optional<Case> findByNumber(String number) {
                return memory.findByNumber(number);
            }

            @Override
            public void commit(CaseCommit commit) {
                commits.add(commit);
                memory.commit(commit);
            }

            @Override
            public void commitAll(List<CaseCommit> all) {
                commits.addAll(all);
                memory.commitAll(all);
            }

            @Override
            public List<CaseEvent> events(CaseId id) {
                return memory.events(id);
            }

            @Override
            public long nextSequenceValue(String sequenceName) {
                return memory.nextSequenceValue(sequenceName);
            }
        };
        MailDesk desk = new MailDesk("software-vendor");
        WorkflowDefinition notifying = definition(NotificationRule.of(NotificationTrigger.CASE_OPENED, "t", Audience.REQUESTER)
                .notifyingActor());

        // notifications written nowhere would be lost without a word: the definition is refused at build time
        assertThatThrownBy(() -> Casekit.builder().store(plain).identity(desk.directory).clock(desk.clock).definition(notifying).build())
                .isInstanceOfSatisfying(MissingCapabilityException.class, e -> {
                    assertThat(e.capability()).isEqualTo(MissingCapabilityException.Capability.OUTBOX);
                    assertThat(e.definition()).isEqualTo(notifying.ref());
                })
                .hasMessageContaining("notification rules").hasMessageContaining("outbox()");

        // the same store runs a definition without notification rules, and commits no notification
        Casekit casekit = Casekit.builder().store(plain).identity(desk.directory).clock(desk.clock)
                .definition(silent()).build();
        casekit.cases().execute(ANNA, desk.opening("VPN").caseType("Incident").build());
        assertThat(commits).singleElement().satisfies(commit -> assertThat(commit.notifications()).isEmpty());
        assertThatThrownBy(casekit::dispatcher).isInstanceOf(IllegalStateException.class).hasMessageContaining("outbox");
    }

    /** A small definition with one case type, statuses new and closed, templates "t" and "c", and one rule. */
    private static WorkflowDefinition definition(NotificationRule rule) {
        return small().notificationRule(rule).build();
    }

    /** The small definition without notification rules. */
    private static WorkflowDefinition silent() {
        return small().build();
    }

    private static WorkflowDefinition.Builder small() {
        return WorkflowDefinition.builder("small", 1)
                .caseNumber("T-{seq}", 1)
                .priority(Priority.of("P3", 3, "Normal"))
                .caseType(CaseType.of("Incident", "Incident", "P3"))
                .status(StatusReason.of("new", "New", CaseState.OPEN))
                .status(StatusReason.of("closed", "Closed", CaseState.RESOLVED))
                .initialStatus("new")
                .transition(Transition.from("new").to("closed").by(ActorKind.AGENT, ActorKind.CONTACT))
                .transition(Transition.from("closed").to("new").by(ActorKind.AGENT))
                .action(Action.CLOSE, "closed")
                .template(MessageTemplate.of("t", "en", TemplateText.of("{{case.title}}: {{case.status}}", "{{case.number}}", null)))
                .template(MessageTemplate.of("c", "en", TemplateText.of("Re: {{comment}}", "{{comment}}", null)));
    }

    private static Message single(List<Message> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
