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
package io.casekit.notifications.smtp;

import static io.casekit.notifications.smtp.CaseMailDesk.ALICE;
import static io.casekit.notifications.smtp.CaseMailDesk.ALICE_MAIL;
import static io.casekit.notifications.smtp.CaseMailDesk.ANNA;
import static io.casekit.notifications.smtp.CaseMailDesk.ANNA_MAIL;
import static io.casekit.notifications.smtp.CaseMailDesk.FABIENNE;
import static io.casekit.notifications.smtp.CaseMailDesk.FABIENNE_MAIL;
import static io.casekit.notifications.smtp.CaseMailDesk.messageId;
import static io.casekit.notifications.smtp.CaseMailDesk.subject;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.Casekit;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.Resolve;
import io.casekit.core.mail.InboundMail;
import io.casekit.core.mail.Routing;
import io.casekit.core.notify.DispatchReport;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.outbox.DeliveryState;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Casekit's case lifecycle sending its mail over SMTP to a real server in the test JVM (GreenMail):
 * every mail arrives once, to the right people, in their language, threaded per case; an SMTP outage
 * delays mail without failing case work; a restart between commit and delivery loses and doubles
 * nothing.
 */
class CaseMailEndToEndTest {

    private final CaseMailDesk desk = new CaseMailDesk();

    @AfterEach
    void close() {
        desk.close();
    }

    private DispatchReport deliver() {
        return desk.casekit.dispatcher().runDue();
    }

    @Test
    void everyMailOfAFullLifecycleArrivesOnceToTheRightPeopleInTheirLanguageThreaded() throws Exception {
        Case vpn = desk.open(ANNA, "VPN valt weg");
        Case printer = desk.open(FABIENNE, "L'imprimante bourre");
        desk.casekit.cases().execute(ALICE, new Assign(vpn.id(), Owner.agent(ALICE)));
        desk.casekit.cases().execute(ALICE, new ChangeStatus(vpn.id(), "310", Optional.of("Welke VPN-client gebruikt u?")));
        deliver();

        // Anna answers the question by replying to its mail
        MimeMessage question = desk.mailTo(ANNA_MAIL).get(2);
        Routing reply = desk.casekit.mailRouter().route(new InboundMail("Anna Peeters <" + ANNA_MAIL + ">", "RE: " + subject(question),
                "Versie 5.2.1 <oud>.\n\n> Welke VPN-client gebruikt u?"));
        assertThat(reply).isInstanceOf(Routing.Accepted.class);
        desk.casekit.cases().execute(ALICE, new AddComment(vpn.id(), "Oude concentrator, we migreren.", Visibility.INTERNAL));
        desk.casekit.cases().execute(ALICE, new Resolve(vpn.id(), "We hebben client 5.2.3 uitgerold."));
        deliver();
        desk.clock.advance(Duration.ofDays(7)); // no feedback: the case closes by itself
        desk.casekit.scheduler().runDue();
        deliver();
        assertThat(deliver()).isEqualTo(DispatchReport.NONE);

        List<MimeMessage> toAnna = desk.mailTo(ANNA_MAIL);
        assertThat(toAnna).extracting(CaseMailDesk::subject).containsExactly(
                "Case ontvangen: VPN valt weg [" + vpn.number() + "]",
                "Uw case is in behandeling: VPN valt weg [" + vpn.number() + "]",
                "Status van uw case: 310. Info gevraagd aan klant [" + vpn.number() + "]",
                "Uw case is klaar: VPN valt weg [" + vpn.number() + "]",
                "Status van uw case: 450. Probleem opgelost [" + vpn.number() + "]");
        assertThat(Mails.text(toAnna.get(3)).orElseThrow()).contains("We hebben client 5.2.3 uitgerold.", "binnen 7 dagen");
        assertThat(Mails.header(toAnna.get(0), "Content-Language")).isEqualTo("nl-BE");
        assertThat(toAnna).allSatisfy(m -> assertThat(Mails.text(m).orElseThrow()).doesNotContain("concentrator"));

        List<MimeMessage> toAlice = desk.mailTo(ALICE_MAIL);
        assertThat(toAlice).extracting(CaseMailDesk::subject).containsExactly("New comment on VPN valt weg [" + vpn.number() + "]");
        assertThat(Mails.text(toAlice.get(0)).orElseThrow()).contains("Anna Peeters commented", "Versie 5.2.1 <oud>.");
        assertThat(Mails.html(toAlice.get(0)).orElseThrow()).contains("Versie 5.2.1 &lt;oud&gt;.<br>");

        List<MimeMessage> toFabienne = desk.mailTo(FABIENNE_MAIL);
        assertThat(toFabienne).extracting(CaseMailDesk::subject).containsExactly("Cas reçu : L'imprimante bourre [" + printer.number() + "]");
        assertThat(Mails.text(toFabienne.get(0)).orElseThrow()).contains("Bonjour Fabienne Dubois", "Priorité : P3 - Moyenne");

        List<MimeMessage> vpnMail = new java.util.ArrayList<>(toAnna);
        vpnMail.addAll(toAlice);
        assertThat(vpnMail).extracting(m -> Mails.header(m, "In-Reply-To")).as("one thread per case").containsOnly(
                Mails.header(toAnna.get(0), "In-Reply-To"));
        assertThat(Mails.header(toFabienne.get(0), "In-Reply-To")).isNotEqualTo(Mails.header(toAnna.get(0), "In-Reply-To"));
        assertThat(desk.smtp.server().allMessages()).hasSize(7).extracting(CaseMailDesk::messageId).doesNotHaveDuplicates();
        assertThat(desk.store.find(vpn.id()).orElseThrow().state()).isEqualTo(CaseState.RESOLVED);
    }

    @Test
    void whileTheMailServerIsDownCaseWorkGoesOnAndAfterwardsEveryMailArrivesOnce() {
        desk.smtp.server().stop();
        Case vpn = desk.open(ANNA, "VPN valt weg");
        desk.casekit.cases().execute(ALICE, new Assign(vpn.id(), Owner.agent(ALICE)));
        desk.casekit.cases().execute(ALICE, new AddComment(vpn.id(), "Kunt u de logs sturen?", Visibility.PUBLIC));
        assertThat(deliver()).isEqualTo(new DispatchReport(0, 3, 0, 0));
        desk.casekit.cases().execute(ANNA, new AddComment(vpn.id(), "Zie bijlage.", Visibility.PUBLIC));
        desk.clock.advance(Duration.ofSeconds(30));
        assertThat(deliver()).isEqualTo(new DispatchReport(0, 4, 0, 0));

        desk.smtp.server().restart();
        desk.clock.advance(Duration.ofSeconds(60));
        assertThat(deliver()).isEqualTo(new DispatchReport(4, 0, 0, 0));
        desk.clock.advance(Duration.ofDays(1));
        assertThat(deliver()).isEqualTo(DispatchReport.NONE);

        assertThat(desk.mailTo(ANNA_MAIL)).hasSize(3).extracting(CaseMailDesk::messageId).doesNotHaveDuplicates();
        assertThat(desk.mailTo(ALICE_MAIL)).hasSize(1);
        assertThat(desk.store.notifications(vpn.id())).hasSize(4).allSatisfy(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void aProcessStoppedBetweenTheCommitAndTheDeliverySendsEveryMailExactlyOnceAfterTheRestart() {
        Case vpn = desk.open(ANNA, "VPN valt weg");
        desk.casekit.cases().execute(ALICE, new Assign(vpn.id(), Owner.agent(ALICE)));
        // the first process stops here: its changes are committed, its mail is not sent
        assertThat(desk.mailTo(ANNA_MAIL)).isEmpty();

        Casekit restarted = desk.casekit();
        assertThat(restarted.dispatcher().runDue()).isEqualTo(new DispatchReport(2, 0, 0, 0));
        assertThat(desk.casekit().dispatcher().runDue()).isEqualTo(DispatchReport.NONE);
        assertThat(deliver()).isEqualTo(DispatchReport.NONE);

        assertThat(desk.mailTo(ANNA_MAIL)).extracting(CaseMailDesk::subject).containsExactly(
                "Case ontvangen: VPN valt weg [" + vpn.number() + "]",
                "Uw case is in behandeling: VPN valt weg [" + vpn.number() + "]");
    }
}
