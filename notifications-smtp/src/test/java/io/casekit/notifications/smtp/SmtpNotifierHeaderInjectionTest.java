package io.casekit.notifications.smtp;

import static io.casekit.notifications.smtp.SmtpFixture.mail;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.Message;
import jakarta.mail.internet.InternetAddress;
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
        "=?UTF-8?Q?x?=\r\nBcc: attacker@evil.test"
    })
    void aDisplayNameWithALineBreakIsRefusedNamingTheField(String displayName) {
        String address = newAddress();

        DeliveryOutcome outcome = notifier().deliver(mail("m1", address, displayName, "s", "t", Optional.empty(), "case-1"));

        assertThat(outcome).isInstanceOfSatisfying(PermanentFailure.class,
                f -> assertThat(f.reason()).contains("recipient.displayName").contains("CR or LF"));
        assertThat(server().allMessages()).isEmpty();
        assertThat(server().hasMailbox("attacker@evil.test")).isFalse();
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
    void otherControlCharactersInADisplayNameAreEncodedNotPassedThrough() throws Exception {
        String address = newAddress();

        DeliveryOutcome outcome = notifier().deliver(mail("m1", address, "Jan\u0000\u0085\u2028Peeters", "s", "t", Optional.empty(), "case-1"));

        assertThat(outcome).isInstanceOf(Delivered.class);
        String rawTo = MimeUtility.unfold(Mails.header(onlyMailTo(address), "To"));
        assertThat(rawTo.chars().noneMatch(c -> c < 0x20 || c > 0x7e)).as(rawTo).isTrue();
        assertThat(((InternetAddress) onlyMailTo(address).getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Jan\u0000\u0085\u2028Peeters");
    }
}
