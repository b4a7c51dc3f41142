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
package io.casekit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casekit.core.Casekit;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.core.notify.MailDesk;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.spi.access.StoredInvitation;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue #15: invitations by mail, redeemed once into a contact, stored only as hashes. */
class InvitationsTest {

    private static final String EVA = "eva@acme.test";

    private final MailDesk desk = AccessDesks.agentsOnly();
    private final Invitations invitations = desk.casekit.invitations();

    private SentInvitation inviteEva() {
        return invitations.invite(MailDesk.ALICE, Invite.to("ACME", EVA, "Eva Peeters").withLanguage(Locale.forLanguageTag("nl-BE")));
    }

    private void assertRefused(String code, AccessRefusedException.Reason reason) {
        assertThatThrownBy(() -> invitations.redeem(code)).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason)).satisfies(e -> assertThat(e.getMessage()).doesNotContain(code));
    }

    @Test
    void anAgentInvitesAndTheInviteeRedeemsTheCodeFromTheMailOnce() {
        SentInvitation sent = inviteEva();
        assertThat(sent.delivery()).isInstanceOf(DeliveryOutcome.Delivered.class);
        Message mail = AccessDesks.lastMailTo(desk, EVA);
        assertThat(mail.subject()).isEqualTo("Uw uitnodiging voor het portaal van Acme NV");
        assertThat(mail.text()).contains("Alice Agent nodigt u uit").contains("2026-03-16 08:00 UTC");
        String code = AccessDesks.codeMailedTo(desk, EVA);

        Actor eva = invitations.redeem(code);

        assertThat(eva.kind()).isEqualTo(ActorKind.CONTACT);
        assertThat(eva.customerId()).contains("ACME");
        assertThat(eva.displayName()).isEqualTo("Eva Peeters");
        assertThat(eva.language()).isEqualTo(Locale.forLanguageTag("nl-BE"));
        assertThat(eva.authorisedContact()).isFalse();
        assertThat(desk.directory.findByEmail(EVA)).contains(eva);
        assertThat(invitations.ofCustomer(MailDesk.ALICE, "ACME")).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(InvitationStatus.REDEEMED);
            assertThat(i.contactId()).contains(eva.id());
        });
        assertThat(AccessDesks.lastMailTo(desk, "alice@desk.test").subject()).isEqualTo("Eva Peeters accepted your invitation");
        assertRefused(code, AccessRefusedException.Reason.USED);
    }

    @Test
    void theCodeIsKeptOnlyAsAHashAndNoReadReturnsIt() {
        inviteEva();
        String code = AccessDesks.codeMailedTo(desk, EVA);

        StoredInvitation stored = desk.store.invitations().orElseThrow().ofCustomer("ACME").get(0);
        assertThat(stored.toString()).doesNotContain(code);
        assertThat(stored.tokenHash()).hasSize(64).isNotEqualTo(code);
        assertThat(invitations.ofCustomer(MailDesk.ALICE, "ACME").toString()).doesNotContain(code).doesNotContain(stored.tokenHash());
    }

    @Test
    void aCodeIsAcceptedWithoutRegardToLetterCaseBlanksAndDashes() {
        inviteEva();
        String code = AccessDesks.codeMailedTo(desk, EVA);
        String typed = " " + code.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + code.substring(4, 13) + " " + code.substring(13) + "\n";

        assertThat(invitations.redeem(typed).email()).contains(EVA);
    }

    @Test
    void anExpiredInvitationIsRefusedUntilSentAgainAndThenOnlyTheNewCodeWorks() {
        inviteEva();
        String first = AccessDesks.codeMailedTo(desk, EVA);
        desk.clock.advance(Duration.ofDays(14));
        assertRefused(first, AccessRefusedException.Reason.EXPIRED);
        String id = invitations.ofCustomer(MailDesk.ALICE, "ACME").get(0).id();
        assertThat(invitations.ofCustomer(MailDesk.ALICE, "ACME").get(0).status()).isEqualTo(InvitationStatus.EXPIRED);

        SentInvitation again = invitations.resend(MailDesk.ALICE, id);
        String second = AccessDesks.codeMailedTo(desk, EVA);

        assertThat(again.invitation().status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(second).isNotEqualTo(first);
        assertRefused(first, AccessRefusedException.Reason.NO_CODE);
        assertThat(invitations.redeem(second).email()).contains(EVA);
    }

    @Test
    void aRevokedInvitationIsRefusedAndCannotBeSentAgain() {
        String id = inviteEva().invitation().id();
        String code = AccessDesks.codeMailedTo(desk, EVA);

        assertThat(invitations.revoke(MailDesk.CLEO, id).status()).isEqualTo(InvitationStatus.REVOKED);
        assertThat(invitations.revoke(MailDesk.ALICE, id).status()).isEqualTo(InvitationStatus.REVOKED);

        assertRefused(code, AccessRefusedException.Reason.REVOKED);
        assertThatThrownBy(() -> invitations.resend(MailDesk.ALICE, id)).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.REVOKED));
        assertThat(desk.directory.findByEmail(EVA)).isEmpty();
    }

    @Test
    void aCodeNoInvitationHasIsRefused() {
        assertRefused("AAAAAAAAAAAAAAAAAAAAAAAAAA", AccessRefusedException.Reason.NO_CODE);
    }

    @Test
    void contactsInviteOnlyWhereTheDefinitionAllowsAndOnlyToTheirOwnCustomerAsAuthorisedContacts() {
        Invite eva = Invite.to("ACME", EVA, "Eva Peeters");
        assertThatThrownBy(() -> invitations.invite(MailDesk.ANNA, eva)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite("nobody", eva)).isInstanceOf(AccessDeniedException.class);

        MailDesk selfService = AccessDesks.contactsMayInvite();
        assertThat(WorkflowDefinitions.fromYaml(WorkflowDefinitions.toYaml(selfService.definition)).contactsMayInvite()).isTrue();
        assertThat(WorkflowDefinitions.toYaml(desk.definition)).doesNotContain("contactsMayInvite");
        Invitations theirs = selfService.casekit.invitations();
        assertThat(theirs.invite(MailDesk.ANNA, eva).invitation().invitedBy()).isEqualTo(MailDesk.ANNA);
        assertThat(theirs.ofCustomer(MailDesk.ANNA, "ACME")).hasSize(1);
        assertThatThrownBy(() -> theirs.invite(MailDesk.BOB, Invite.to("ACME", "x@acme.test", "X"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> theirs.invite(MailDesk.ANNA, Invite.to("GLOBEX", "x@globex.test", "X"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> theirs.ofCustomer(MailDesk.GINA, "ACME")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> theirs.ofCustomer(MailDesk.BOB, "ACME")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInvitesNameEachFieldAndRuleAndSendNothing() {
        assertThatThrownBy(() -> invitations.invite(MailDesk.ALICE, Invite.to("ACME", "not an address", "Eva\r\nBcc: all@acme.test")))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                        .containsExactlyInAnyOrder(tuple("email", "Email"), tuple("displayName", "Line")));
        assertThatThrownBy(() -> invitations.invite(MailDesk.ALICE, Invite.to("ACME", "Bob@Acme.test", "Bob again")))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("email", "Unused")));
        assertThatThrownBy(() -> invitations.invite(MailDesk.ALICE, Invite.to("NO-SUCH", "x@nowhere.test", "X")))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("customerId"));
        assertThat(desk.store.invitations().orElseThrow().ofCustomer("ACME")).isEmpty();
        assertThat(desk.notifier.delivered()).isEmpty();
    }

    @Test
    void oneMailCanCarryTheInvitationInSeveralLanguagesTheInviteesFirst() {
        Casekit bilingual = AccessDesks.withPolicy(desk, InvitationPolicy.DEFAULT.writtenAlsoIn(Locale.forLanguageTag("nl"), Locale.ENGLISH)
                .withLink("https://portal.acme.test/redeem?code={code}"));

        bilingual.invitations().invite(MailDesk.ALICE, Invite.to("ACME", EVA, "Eva Peeters"));

        Message mail = AccessDesks.lastMailTo(desk, EVA);
        String code = AccessDesks.codeMailedTo(desk, EVA);
        assertThat(mail.subject()).isEqualTo("Your invitation to the portal of Acme NV / Uw uitnodiging voor het portaal van Acme NV");
        assertThat(mail.text().indexOf("Dear Eva Peeters")).isLessThan(mail.text().indexOf("Beste Eva Peeters")).isNotNegative();
        assertThat(mail.text()).contains("Redeem it at: https://portal.acme.test/redeem?code=" + code)
                .contains("Wissel hem in op: https://portal.acme.test/redeem?code=" + code);
    }

    @Test
    void ofRacingRedemptionsOfOneCodeExactlyOneCreatesAContact() throws Exception {
        inviteEva();
        String code = AccessDesks.codeMailedTo(desk, EVA);
        int threads = 8;
        AtomicInteger redeemed = new AtomicInteger();
        ConcurrentLinkedQueue<AccessRefusedException.Reason> refusals = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                all.add(pool.submit(() -> {
                    start.await();
                    try {
                        invitations.redeem(code);
                        redeemed.incrementAndGet();
                    } catch (AccessRefusedException e) {
                        refusals.add(e.reason());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : all) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(redeemed).hasValue(1);
        assertThat(refusals).hasSize(threads - 1).containsOnly(AccessRefusedException.Reason.USED);
        assertThat(desk.directory.contactsOf("ACME")).filteredOn(a -> a.email().equals(Optional.of(EVA))).hasSize(1);
    }

    @Test
    void theLogsTellWhatHappenedButNeverTheCodeItsHashOrTheAddress() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String code;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8)); // where slf4j-simple writes
        try {
            inviteEva();
            code = AccessDesks.codeMailedTo(desk, EVA);
            invitations.redeem(code);
            assertThatThrownBy(() -> invitations.redeem(code)).isInstanceOf(AccessRefusedException.class);
        } finally {
            System.setErr(err);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        String hash = desk.store.invitations().orElseThrow().ofCustomer("ACME").get(0).tokenHash();
        assertThat(logs).contains("sent by alice").contains("redeemed: contact").contains("refused: USED");
        assertThat(logs).doesNotContain(code).doesNotContain(hash).doesNotContain(EVA);
    }
}
