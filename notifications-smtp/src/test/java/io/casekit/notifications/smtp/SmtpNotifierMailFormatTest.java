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

import static io.casekit.notifications.smtp.SmtpFixture.DOMAIN;
import static io.casekit.notifications.smtp.SmtpFixture.NOW;
import static io.casekit.notifications.smtp.SmtpFixture.mail;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.Message;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shape of the mail the SMTP notifier sends, read back from a real SMTP server: MIME structure, headers, UTF-8. */
class SmtpNotifierMailFormatTest extends WithSmtpServer {

    @Test
    void textAndHtmlAreAMultipartAlternativeWithTextFirst() throws Exception {
        String address = newAddress();
        notifier().deliver(mail("m1", address, "Jan", "s", "plain body", Optional.of("<p>html body</p>"), "case-1"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart multipart = (MimeMultipart) mail.getContent();
        assertThat(multipart.getCount()).isEqualTo(2);
        BodyPart text = multipart.getBodyPart(0);
        BodyPart html = multipart.getBodyPart(1);
        assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(html.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(text.getContent()).isEqualTo("plain body");
        assertThat(html.getContent()).isEqualTo("<p>html body</p>");
    }

    @Test
    void textAloneIsASinglePlainTextPart() throws Exception {
        String address = newAddress();
        notifier().deliver(mail("m1", address, "Jan", "s", "only text", Optional.empty(), "case-1"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(mail.getContent()).isEqualTo("only text");
    }

    @Test
    void longLinesArriveIntact() throws Exception {
        String address = newAddress();
        String text = "lorem ipsum dolor ".repeat(500) + "é";
        String html = "<p>" + "x".repeat(5_000) + "</p>";
        notifier().deliver(mail("m1", address, "Jan", "s", text, Optional.of(html), "case-1"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(Mails.text(mail)).contains(text);
        assertThat(Mails.html(mail)).contains(html);
    }


    @Test
    void messageIdIsDerivedFromTheMessageIdAndReportedAsTheTransportId() throws Exception {
        String address = newAddress();
        DeliveryOutcome outcome = notifier().deliver(mail("0b1c9e1e-5a8f-4c39-9d1e-2f7a3c1d4e5f", address, "CAS-05128-V6R0R8"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getMessageID()).isEqualTo("<m.0b1c9e1e-5a8f-4c39-9d1e-2f7a3c1d4e5f@casekit.test>");
        assertThat(outcome).isEqualTo(new Delivered(Optional.of(mail.getMessageID())));
    }

    @Test
    void idsOutsideTheSafeCharactersAreEscapedNotPassedThrough() throws Exception {
        String address = newAddress();
        notifier().deliver(mail("evt 42/alice@x.y\r\nBcc: attacker@evil.test", address, "case<7>\r\nX-Injected: yes"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getMessageID()).isEqualTo("<m.evt=2042=2Falice=40x=2Ey=0D=0ABcc=3A=20attacker=40evil=2Etest@casekit.test>");
        assertThat(Mails.header(mail, "In-Reply-To")).isEqualTo("<t.case=3C7=3E=0D=0AX-Injected=3A=20yes@casekit.test>");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getHeader("X-Injected")).isNull();
        assertThat(server().hasMailbox("attacker@evil.test")).isFalse();
    }

    @Test
    void veryLongIdsAreHashedStably() throws Exception {
        String address = newAddress();
        String longId = "event/".repeat(100);
        notifier().deliver(mail(longId, address, "case-1"));
        notifier().deliver(mail(longId, address, "case-1"));

        List<MimeMessage> mails = server().messagesFor(address);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).getMessageID())
                .matches("<mh\\.[0-9a-f]{64}@casekit\\.test>")
                .isEqualTo(mails.get(1).getMessageID());
    }

    @Test
    void everyMailOfACaseNamesTheSameThreadRoot() throws Exception {
        String address = newAddress();
        notifier().deliver(mail("opened", address, "CAS-05128-V6R0R8"));
        notifier().deliver(mail("picked-up", address, "CAS-05128-V6R0R8"));
        notifier().deliver(mail("other", address, "CAS-07777-A1B2C3"));

        List<MimeMessage> mails = server().messagesFor(address);
        assertThat(mails).extracting(MimeMessage::getMessageID)
                .containsExactly("<m.opened@casekit.test>", "<m.picked-up@casekit.test>", "<m.other@casekit.test>");
        assertThat(mails).extracting(m -> Mails.header(m, "In-Reply-To")).containsExactly(
                "<t.CAS-05128-V6R0R8@casekit.test>", "<t.CAS-05128-V6R0R8@casekit.test>", "<t.CAS-07777-A1B2C3@casekit.test>");
        assertThat(mails).extracting(m -> Mails.header(m, "References")).containsExactly(
                "<t.CAS-05128-V6R0R8@casekit.test>", "<t.CAS-05128-V6R0R8@casekit.test>", "<t.CAS-07777-A1B2C3@casekit.test>");
    }

    @Test
    void aRetryIsSentWithTheSameMessageIdFromANewInstance() throws Exception {
        String address = newAddress();
        Message message = mail("status-changed-3", address, "case-9");
        notifier().deliver(message);
        smtp().notifier().deliver(message);

        assertThat(server().messagesFor(address)).extracting(MimeMessage::getMessageID)
                .containsExactly("<m.status-changed-3@casekit.test>", "<m.status-changed-3@casekit.test>");
    }

    @Test
    void senderRecipientReplyToDateAndMarkers() throws Exception {
        String address = newAddress();
        SmtpNotifier notifier = SmtpNotifier.builder()
                .host(server().host())
                .port(server().port())
                .security(SmtpSecurity.NONE)
                .from("desk@" + DOMAIN, "Service Desk \"Noord\", Zoë")
                .replyTo("cases@" + DOMAIN)
                .messageIdDomain("Mail.Casekit.TEST")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();

        notifier.deliver(mail("m1", address, "Zoë Côté-Dubois", "s", "t", Optional.empty(), "case-1"));

        MimeMessage mail = onlyMailTo(address);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("desk@casekit.test");
        assertThat(from.getPersonal()).isEqualTo("Service Desk \"Noord\", Zoë");
        InternetAddress to = (InternetAddress) mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo(address);
        assertThat(to.getPersonal()).isEqualTo("Zoë Côté-Dubois");
        assertThat(mail.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("cases@casekit.test");
        assertThat(mail.getSentDate().toInstant()).isEqualTo(NOW);
        assertThat(mail.getMessageID()).isEqualTo("<m.m1@mail.casekit.test>");
        assertThat(Mails.header(mail, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(Mails.header(mail, "Content-Language")).isEqualTo("nl-BE");
    }

    @Test
    void withoutReplyToRepliesGoToTheSender() throws Exception {
        String address = newAddress();
        notifier().deliver(mail("m1", address, "case-1"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getHeader("Reply-To")).isNull();
        assertThat(mail.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("desk@casekit.test");
    }


    @Test
    void dutchFrenchAndEmojiSubjectsAndBodiesAreEncodedOnTheWireAndDecodedIntact() throws Exception {
        String address = newAddress();
        String subject = "[CAS-05128-V6R0R8] Uw aanvraag is geüpdatet – réponse reçue, ça avance 🎉";
        String text = "Beste Zoë,\n\nWe hebben één vraag over uw melding. Où est le problème ? Merci déjà ! 👍\n";
        String html = "<p>Beste Zoë,</p><p>Où est le problème&nbsp;? 👍</p>";
        notifier().deliver(mail("m1", address, "Zoë Côté 🌷", subject, text, Optional.of(html), "case-1"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(Mails.text(mail).map(t -> t.replace("\r\n", "\n"))).contains(text);
        assertThat(Mails.html(mail)).contains(html);
        assertThat(((InternetAddress) mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getPersonal()).isEqualTo("Zoë Côté 🌷");
        // on the wire: ASCII-only headers (RFC 2047 encoded words), no raw 8-bit body
        String rawSubject = Mails.header(mail, "Subject");
        assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(rawSubject)).as(rawSubject).isTrue();
        assertThat(rawSubject).containsIgnoringCase("=?UTF-8?");
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(rawSubject))).isEqualTo(subject);
        String rawTo = Mails.header(mail, "To");
        assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(rawTo)).as(rawTo).isTrue();
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            String[] encoding = parts.getBodyPart(i).getHeader("Content-Transfer-Encoding");
            assertThat(encoding).hasSize(1);
            assertThat(encoding[0]).isIn("quoted-printable", "base64");
        }
    }

    @Test
    void anInternationalisedDomainIsSentInItsAsciiForm() {
        DeliveryOutcome outcome = notifier().deliver(mail("m1", "info@bücher.test", "case-1"));

        assertThat(outcome).isInstanceOf(Delivered.class);
        assertThat(server().messagesFor("info@xn--bcher-kva.test")).hasSize(1);
    }

    @Test
    void aNonAsciiLocalPartIsRefusedBecauseSmtpUtf8IsNotUsed() {
        DeliveryOutcome outcome = notifier().deliver(mail("m1", "zoë@casekit.test", "case-1"));

        assertThat(outcome).isInstanceOfSatisfying(PermanentFailure.class,
                f -> assertThat(f.reason()).contains("recipient.address").contains("SMTPUTF8"));
        assertThat(server().allMessages()).isEmpty();
    }
}
