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

import static io.casekit.notifications.smtp.SmtpFixture.mail;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CR, LF and other attempts to smuggle headers or SMTP commands through recipient names and addresses never reach the wire. */
class SmtpNotifierHeaderInjectionTest extends WithSmtpServer {

    @ParameterizedTest
    @ValueSource(strings = {
        "Jan\r\nBcc: attacker@evil.test",
        "Jan\nBcc: attacker@evil.test",
        "Jan\rBcc: attacker@evil.test",
        "Jan\r\n\r\nforged body",
        "=?UTF-8?Q?x?=\r\nBcc: attacker@evil.test",
        "Jan, attacker@evil.test",
        "Peeters, Jan <attacker@evil.test>; Bcc: attacker@evil.test"
    })
    void aHostileDisplayNameIsCleanedAndTheMailSentToTheAddressAlone(String displayName) throws Exception {
        String address = newAddress();

        DeliveryOutcome outcome = notifier().deliver(mail("m1", address, displayName, "s", "t", Optional.empty(), "case-1"));

        assertThat(outcome).isInstanceOf(Delivered.class);
        MimeMessage mail = onlyMailTo(address);
        jakarta.mail.Address[] to = mail.getRecipients(jakarta.mail.Message.RecipientType.TO);
        assertThat(to).hasSize(1);
        InternetAddress recipient = (InternetAddress) to[0];
        assertThat(recipient.getAddress()).isEqualTo(address);
        assertThat(recipient.getPersonal()).doesNotContain("\r", "\n", ",", "<", ">", ";").startsWith(displayName.substring(0, 2));
        assertThat(mail.getRecipients(jakarta.mail.Message.RecipientType.BCC)).isNull();
        assertThat(mail.getRecipients(jakarta.mail.Message.RecipientType.CC)).isNull();
        assertThat(server().allMessages()).hasSize(1);
        assertThat(server().hasMailbox("attacker@evil.test")).isFalse();
    }

    @Test
    void aDisplayNameOfNothingButControlCharactersLeavesTheBareAddress() throws Exception {
        String address = newAddress();

        assertThat(notifier().deliver(mail("m1", address, "\r\n\u0000 ,", "s", "t", Optional.empty(), "case-1"))).isInstanceOf(Delivered.class);

        InternetAddress recipient = (InternetAddress) onlyMailTo(address).getRecipients(jakarta.mail.Message.RecipientType.TO)[0];
        assertThat(recipient.getPersonal()).isNull();
        assertThat(recipient.getAddress()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=?UTF-8?Q?x=0D=0ABcc:_victim@evil.test?=", "Re: =?ISO-8859-1?Q?Caf=E9?= [CAS-1]", "a =?b", "=?UTF-8?B?QmNjOiB4?="})
    void aSubjectThatLooksLikeAnEncodedWordIsEncodedAndArrivesAsTheLiteralText(String subject) throws Exception {
        String address = newAddress();

        assertThat(notifier().deliver(mail("m1", address, "Jan", subject, "t", Optional.empty(), "case-1"))).isInstanceOf(Delivered.class);

        MimeMessage mail = onlyMailTo(address);
        String raw = MimeUtility.unfold(Mails.header(mail, "Subject"));
        assertThat(raw).startsWith("=?UTF-8?B?").doesNotContain(subject);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getRecipients(jakarta.mail.Message.RecipientType.BCC)).isNull();
    }

    @Test
    void aLongSubjectThatLooksEncodedIsFoldedIntoWordsThatDecodeToTheText() throws Exception {
        String address = newAddress();
        String subject = "=?UTF-8?Q?x?= " + "Zoë Côté 🌷 ".repeat(30);

        notifier().deliver(mail("m1", address, "Jan", subject, "t", Optional.empty(), "case-1"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(Mails.header(mail, "Subject").lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
    }

    @Test
    void aDisplayNameThatLooksLikeAnEncodedWordIsEncodedAndArrivesAsTheLiteralText() throws Exception {
        String address = newAddress();
        String name = "=?UTF-8?Q?Desk?= =?UTF-8?Q?_<boss@acme.test>?=";

        notifier().deliver(mail("m1", address, name, "s", "t", Optional.empty(), "case-1"));

        MimeMessage mail = onlyMailTo(address);
        assertThat(MimeUtility.unfold(Mails.header(mail, "To"))).startsWith("=?UTF-8?B?");
        InternetAddress recipient = (InternetAddress) mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0];
        assertThat(recipient.getAddress()).isEqualTo(address);
        assertThat(recipient.getPersonal()).isEqualTo("=?UTF-8?Q?Desk?= =?UTF-8?Q?_boss@acme.test?=");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "victim@casekit.test\r\nBcc: attacker@evil.test",
        "victim@casekit.test\nBcc: attacker@evil.test",
        "victim@casekit.test>\r\nRCPT TO:<attacker@evil.test",
        "victim@casekit.test\r\n.\r\nMAIL FROM:<x@evil.test>"
    })
    void anAddressWithALineBreakIsRefusedNamingTheField(String address) {
        DeliveryOutcome outcome = notifier().deliver(mail("m1", address, "Jan", "s", "t", Optional.empty(), "case-1"));

        assertThat(outcome).isInstanceOfSatisfying(PermanentFailure.class,
                f -> assertThat(f.reason()).contains("recipient.address").contains("CR or LF"));
        assertThat(server().allMessages()).isEmpty();
        assertThat(server().hasMailbox("attacker@evil.test")).isFalse();
        assertThat(server().hasMailbox("victim@casekit.test")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jan Peeters <jan@casekit.test>",
        "jan@casekit.test, attacker@evil.test",
        "jan@casekit.test attacker@evil.test",
        "<jan@casekit.test>",
        "jan@@casekit.test",
        "jan\u0000@casekit.test",
        "@casekit.test",
        "jan@"
    })
    void anythingButABareAddressIsRefused(String address) {
        DeliveryOutcome outcome = notifier().deliver(mail("m1", address, "Jan", "s", "t", Optional.empty(), "case-1"));

        assertThat(outcome).isInstanceOfSatisfying(PermanentFailure.class, f -> assertThat(f.reason()).contains("recipient.address"));
        assertThat(server().allMessages()).isEmpty();
    }

    @Test
    void otherControlCharactersInADisplayNameBecomeSpacesNotPassedThrough() throws Exception {
        String address = newAddress();

        DeliveryOutcome outcome = notifier().deliver(mail("m1", address, "Jan\u0000\u0085\u2028Peeters\u202E", "s", "t", Optional.empty(), "case-1"));

        assertThat(outcome).isInstanceOf(Delivered.class);
        String rawTo = MimeUtility.unfold(Mails.header(onlyMailTo(address), "To"));
        assertThat(rawTo.chars().noneMatch(c -> c < 0x20 || c > 0x7e)).as(rawTo).isTrue();
        assertThat(((InternetAddress) onlyMailTo(address).getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Jan Peeters");
    }
}
