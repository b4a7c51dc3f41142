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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.testkit.notify.RecordingNotifier;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The login verification code by mail (guide 000), in the actor's language, sent at once and kept nowhere. */
class VerificationMailTest {

    private final RecordingNotifier notifier = new RecordingNotifier(Channel.EMAIL);
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.empty()))
            .add(Actor.contact("jan", "Jan Peeters", "ACME").language(Locale.forLanguageTag("nl-BE")).email("jan@acme.example").build())
            .add(Actor.contact("ann", "Ann Smith", "ACME").email("ann@acme.example").build())
            .add(Actor.contact("eva", "Eva Svensson", "ACME").language(Locale.forLanguageTag("sv")).email("eva@acme.example").build())
            .add(Actor.contact("nomail", "No Mail", "ACME").build());
    private final VerificationMail mail = VerificationMail.builder(notifier, directory).validity(Duration.ofMinutes(15)).build();

    @Test
    void aDutchSpeakingContactGetsTheCodeInDutch() {
        DeliveryOutcome outcome = mail.send("jan", "482913");

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
        Message sent = notifier.deliveredTo("jan@acme.example").get(0);
        assertThat(sent.subject()).isEqualTo("Uw verificatiecode");
        assertThat(sent.text()).contains("Beste Jan Peeters,").contains("Uw verificatiecode is 482913.").contains("15 minuten");
    }

    @Test
    void englishIsTheLanguageOfEveryoneElse() {
        mail.send("ann", "AB12CD");
        mail.send("eva", "778899");

        assertThat(notifier.deliveredTo("ann@acme.example").get(0).text()).contains("Your verification code is AB12CD.");
        assertThat(notifier.deliveredTo("eva@acme.example").get(0).subject()).isEqualTo("Your verification code");
    }

    @Test
    void eachMailIsItsOwnThreadAndHasItsOwnId() {
        mail.send("ann", "111111");
        mail.send("ann", "222222");

        assertThat(notifier.deliveredTo("ann@acme.example")).extracting(Message::messageId).doesNotHaveDuplicates();
        assertThat(notifier.deliveredTo("ann@acme.example")).allSatisfy(m -> assertThat(m.threadId()).isEqualTo(m.messageId()));
    }

    @Test
    void aHostTextReplacesTheBuiltInOne() {
        VerificationMail own = VerificationMail.builder(notifier, directory)
                .texts(Locale.ENGLISH, new VerificationMail.Texts("Code {code}", "Hi {name}, use {code}.")).build();

        own.send("ann", "424242");

        Message sent = notifier.deliveredTo("ann@acme.example").get(0);
        assertThat(sent.subject()).isEqualTo("Code 424242");
        assertThat(sent.text()).isEqualTo("Hi Ann Smith, use 424242.");
        assertThatThrownBy(() -> new VerificationMail.Texts("Code", "no code here")).hasMessageContaining("{code}");
        assertThatThrownBy(() -> new VerificationMail.Texts("Code\r\nBcc: x", "{code}")).hasMessageContaining("one line");
    }

    @Test
    void aBadCodeIsRefusedByNameAndAnActorWithoutAddressGetsNothing() {
        assertThatThrownBy(() -> mail.send("ann", "12\n34"))
                .isInstanceOfSatisfying(CommandValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("code")));
        assertThat(mail.send("nomail", "123456")).isInstanceOf(DeliveryOutcome.PermanentFailure.class);
        assertThat(mail.send("ghost", "123456")).isInstanceOf(DeliveryOutcome.PermanentFailure.class);
        assertThat(notifier.delivered()).isEmpty();
    }

    @Test
    void aTransportFailureIsHandedBackToTheHost() {
        notifier.down();

        assertThat(mail.send("ann", "123456")).isInstanceOf(DeliveryOutcome.RetryableFailure.class);
    }
}
