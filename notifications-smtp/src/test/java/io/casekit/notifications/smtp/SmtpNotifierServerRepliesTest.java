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
import static io.casekit.notifications.smtp.SmtpFixture.mail;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the SMTP notifier reports what a real SMTP server answers, and the server being down. */
class SmtpNotifierServerRepliesTest extends WithSmtpServer {

    @Test
    void aRefusedRecipientQuotesTheServersReply() {
        String address = newAddress();
        server().refuseRecipient(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");

        DeliveryOutcome outcome = notifier().deliver(mail("m1", address, "case-1"));

        assertThat(outcome).isInstanceOfSatisfying(PermanentFailure.class, f -> assertThat(f.reason())
                .contains("refused the recipient").contains("550 5.1.1").contains("User unknown"));
    }

    @Test
    void aRecipientRefusedForNowIsRetryable() {
        String address = newAddress();
        server().refuseRecipient(address, "451 4.3.0 Temporary lookup failure");

        assertThat(notifier().deliver(mail("m1", address, "case-1"))).isInstanceOfSatisfying(RetryableFailure.class,
                f -> assertThat(f.reason()).contains("451 4.3.0"));
    }

    @Test
    void aSenderRefusedForGoodIsPermanent() {
        server().refuseSender("desk@" + DOMAIN, "553 5.7.1 Sender address rejected: not owned by user");

        assertThat(notifier().deliver(mail("m1", newAddress(), "case-1"))).isInstanceOfSatisfying(PermanentFailure.class,
                f -> assertThat(f.reason()).contains("refused the sender").contains("553 5.7.1"));
        assertThat(server().allMessages()).isEmpty();
    }

    @Test
    void aSenderRefusedForNowIsRetryable() {
        server().refuseSender("desk@" + DOMAIN, "421 4.7.0 Try again later, closing connection");

        assertThat(notifier().deliver(mail("m1", newAddress(), "case-1"))).isInstanceOf(RetryableFailure.class);
    }

    @Test
    void authenticationRequiredIsRetryableBecauseItIsAConfigurationProblem() {
        server().refuseSender("desk@" + DOMAIN, "530 5.7.0 Authentication required");

        assertThat(notifier().deliver(mail("m1", newAddress(), "case-1"))).isInstanceOfSatisfying(RetryableFailure.class,
                f -> assertThat(f.reason()).contains("530").contains("credentials"));
    }

    @Test
    void theServerDownIsRetryableNamingTheEndpointAndUpAgainIsDelivered() {
        String address = newAddress();
        Message message = mail("m1", address, "case-1");
        server().stop();

        assertThat(notifier().deliver(message)).isInstanceOfSatisfying(RetryableFailure.class,
                f -> assertThat(f.reason()).contains("cannot connect to " + server().host() + ":" + server().port()));

        server().restart();
        assertThat(notifier().deliver(message)).isInstanceOf(Delivered.class);
        assertThat(server().messagesFor(address)).hasSize(1);
    }

    @Test
    void aRecipientOnAnotherChannelIsPermanentAndNamesTheChannel() {
        Recipient phone = new Recipient("contact-1", "Jan", Channel.PHONE, "+32 470 12 34 56", Locale.ENGLISH);

        assertThat(notifier().deliver(new Message("m1", phone, "s", "t", Optional.empty(), "case-1")))
                .isInstanceOfSatisfying(PermanentFailure.class, f -> assertThat(f.reason()).contains("PHONE"));
    }
}
