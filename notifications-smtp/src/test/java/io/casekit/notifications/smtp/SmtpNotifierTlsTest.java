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

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import io.casekit.spi.notify.Message;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Implicit TLS (SMTPS) and authentication against GreenMail's SMTPS server, which presents the test
 * certificate for {@code localhost} ({@link TestTls}). {@code STARTTLS} itself is tested against
 * {@link ScriptedSmtpServer} in {@link SmtpNotifierScriptedServerTest}: GreenMail 2.1 does not offer it.
 */
class SmtpNotifierTlsTest {

    private static final String USER = "casekit";
    private static final String PASSWORD = "s3cret-Pa55";
    private static final String RECIPIENT = "zoe@casekit.test";

    static {
        TestTls.useForGreenMail(); // before the extension starts the first SMTPS server
    }

    @RegisterExtension
    static final GreenMailExtension SMTPS = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("desk@casekit.test", USER, PASSWORD));

    private static SmtpNotifier.Builder tls(String host) {
        return SmtpNotifier.builder()
                .host(host)
                .port(SMTPS.getSmtps().getPort())
                .security(SmtpSecurity.TLS)
                .from("desk@casekit.test", "Casekit Desk");
    }

    private static Message message() {
        return mail("m-tls-1", RECIPIENT, "Zoë", "Uw zaak is opgelost ✅", "Beste Zoë, ...", Optional.of("<p>Beste Zoë</p>"), "case-1");
    }

    @Test
    void deliversOverImplicitTlsWithAuthentication() throws Exception {
        SmtpNotifier notifier = tls("localhost").credentials(USER, PASSWORD).sslSocketFactory(TestTls.trustingTestCertificate()).build();

        assertThat(notifier.deliver(message())).isInstanceOf(Delivered.class);

        assertThat(SMTPS.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Uw zaak is opgelost ✅");
            assertThat(mail.getMessageID()).isEqualTo("<m.m-tls-1@casekit.test>");
        });
        assertThat(notifier.toString()).contains("TLS").contains("authenticated").doesNotContain(PASSWORD);
    }

    @Test
    void deliversOverImplicitTlsWithoutAuthenticationWhenTheServerAllowsIt() {
        SmtpNotifier notifier = tls("localhost").sslSocketFactory(TestTls.trustingTestCertificate()).build();

        assertThat(notifier.deliver(message())).isInstanceOf(Delivered.class);
        assertThat(SMTPS.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPasswordIsRetryableSaysWhyAndSendsNothing() {
        SmtpNotifier notifier = tls("localhost").credentials(USER, "wrong-password").sslSocketFactory(TestTls.trustingTestCertificate()).build();

        DeliveryOutcome outcome = notifier.deliver(message());

        assertThat(outcome).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason())
                .contains("authentication")
                .contains("535")
                .doesNotContain("wrong-password"));
        assertThat(SMTPS.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUntrustedCertificateIsRetryableAndSendsNothing() {
        SmtpNotifier notifier = tls("localhost").credentials(USER, PASSWORD).build(); // the JVM's trust store

        DeliveryOutcome outcome = notifier.deliver(message());

        assertThat(outcome).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason()).contains("TLS"));
        assertThat(SMTPS.getReceivedMessages()).isEmpty();
    }

    @Test
    void aCertificateForAnotherHostNameIsRefusedAndSendsNothing() {
        // trusted certificate, but for "localhost", not for "127.0.0.1"
        SmtpNotifier notifier = tls("127.0.0.1").credentials(USER, PASSWORD).sslSocketFactory(TestTls.trustingTestCertificate()).build();

        assertThat(notifier.deliver(message())).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason())
                .contains("TLS with 127.0.0.1")
                .contains("127.0.0.1 found")); // the JDK's "No subject alternative names matching IP address 127.0.0.1 found"
        assertThat(SMTPS.getReceivedMessages()).isEmpty();
    }

    @Test
    void implicitTlsAgainstAPlainServerIsRetryableAndSendsNothing() {
        try (SmtpFixture plain = new SmtpFixture()) {
            SmtpNotifier notifier = SmtpNotifier.builder()
                    .host(plain.server().host())
                    .port(plain.server().port())
                    .security(SmtpSecurity.TLS)
                    .from("desk@casekit.test")
                    .sslSocketFactory(TestTls.trustingTestCertificate())
                    .build();

            assertThat(notifier.deliver(message())).isInstanceOf(RetryableFailure.class);
            assertThat(plain.server().allMessages()).isEmpty();
        }
    }

    @Test
    void startTlsAgainstAServerThatDoesNotOfferItSendsNothingInClearText() {
        try (SmtpFixture plain = new SmtpFixture()) { // GreenMail 2.1 does not offer STARTTLS
            SmtpNotifier notifier = SmtpNotifier.builder()
                    .host(plain.server().host())
                    .port(plain.server().port())
                    .security(SmtpSecurity.STARTTLS)
                    .credentials(USER, PASSWORD)
                    .from("desk@casekit.test")
                    .build();

            DeliveryOutcome outcome = notifier.deliver(message());

            assertThat(outcome).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason()).contains("STARTTLS"));
            assertThat(plain.server().allMessages()).isEmpty();
        }
    }
}
