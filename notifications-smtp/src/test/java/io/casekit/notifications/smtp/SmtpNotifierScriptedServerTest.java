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

import io.casekit.notifications.smtp.ScriptedSmtpServer.Line;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import io.casekit.spi.notify.Message;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code STARTTLS}, and server replies GreenMail cannot give, against {@link ScriptedSmtpServer}: a
 * real SMTP conversation over a socket in the test JVM, with scripted answers.
 */
class SmtpNotifierScriptedServerTest {

    private final ScriptedSmtpServer server = ScriptedSmtpServer.start();
    private final Message message = mail("m-1", "zoe@casekit.test", "case-1");

    @AfterEach
    void stopServer() {
        server.close();
    }

    private SmtpNotifier.Builder plain() {
        return SmtpNotifier.builder()
                .host("127.0.0.1")
                .port(server.port())
                .security(SmtpSecurity.NONE)
                .from("desk@casekit.test")
                .readTimeout(Duration.ofMillis(300));
    }

    private SmtpNotifier.Builder startTls() {
        return SmtpNotifier.builder()
                .host("localhost")
                .port(server.port())
                .security(SmtpSecurity.STARTTLS)
                .from("desk@casekit.test");
    }

    // ---------------------------------------------------------------- STARTTLS

    @Test
    void startTlsUpgradesBeforeAnythingElseThenAuthenticatesAndSends() {
        server.offerStartTls(TestTls.serverContext()).requireAuthentication("casekit", "s3cret");
        SmtpNotifier notifier = startTls().credentials("casekit", "s3cret").sslSocketFactory(TestTls.trustingTestCertificate()).build();

        DeliveryOutcome outcome = notifier.deliver(message);

        List<Line> transcript = server.transcript();
        assertThat(outcome).as("outcome; the server received %s", transcript).isInstanceOf(Delivered.class);
        assertThat(transcript.get(0).text()).startsWith("EHLO");
        assertThat(transcript.get(1)).isEqualTo(new Line(false, "STARTTLS"));
        assertThat(transcript.subList(2, transcript.size())).as("everything after STARTTLS").allMatch(Line::tls);
        assertThat(transcript).extracting(Line::text).anyMatch(l -> l.startsWith("AUTH PLAIN"));
        assertThat(server.accepted()).singleElement().asString().contains("Message-ID: <m.m-1@casekit.test>");
    }

    @Test
    void startTlsWithAnUntrustedCertificateSendsNothing() {
        server.offerStartTls(TestTls.serverContext()).requireAuthentication("casekit", "s3cret");
        SmtpNotifier notifier = startTls().credentials("casekit", "s3cret").build(); // the JVM's trust store

        assertThat(notifier.deliver(message)).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason()).contains("TLS"));
        assertThat(server.transcript()).extracting(Line::text).noneMatch(l -> l.startsWith("AUTH") || l.startsWith("MAIL"));
        assertThat(server.accepted()).isEmpty();
    }

    @Test
    void authenticationRequiredWithoutCredentialsIsRetryable() {
        server.offerStartTls(TestTls.serverContext()).requireAuthentication("casekit", "s3cret");
        SmtpNotifier notifier = startTls().sslSocketFactory(TestTls.trustingTestCertificate()).build();

        assertThat(notifier.deliver(message)).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason()).contains("530"));
        assertThat(server.accepted()).isEmpty();
    }

    // ---------------------------------------------------------------- greetings, silence, dropped connections

    @Test
    void aBusyGreetingIsRetryable() {
        server.greeting("421 4.3.2 Service not available, closing transmission channel");

        assertThat(plain().build().deliver(message)).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason()).contains("421"));
    }

    @Test
    void aGreetingThatRefusesServiceIsPermanent() {
        server.greeting("554 5.3.2 No SMTP service here");

        assertThat(plain().build().deliver(message)).isInstanceOfSatisfying(PermanentFailure.class, f -> assertThat(f.reason()).contains("554"));
    }

    @Test
    void aServerThatNeverGreetsIsRetryableAfterTheReadTimeout() {
        server.greeting(ScriptedSmtpServer.SILENT);

        assertThat(plain().build().deliver(message)).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason()).contains("timed out"));
    }

    @Test
    void aConnectionDroppedMidConversationIsRetryable() {
        server.reply("RCPT", ScriptedSmtpServer.DROP);

        assertThat(plain().build().deliver(message)).isInstanceOf(RetryableFailure.class);
        assertThat(server.accepted()).isEmpty();
    }

    // ---------------------------------------------------------------- the end of DATA

    @Test
    void aMessageRefusedForGoodAtTheEndOfDataIsPermanent() {
        server.reply("DATA-END", "552 5.3.4 Message size exceeds fixed limit");

        assertThat(plain().build().deliver(message)).isInstanceOfSatisfying(PermanentFailure.class, f -> assertThat(f.reason())
                .contains("refused the message").contains("552 5.3.4"));
    }

    @Test
    void aMessageRefusedForNowAtTheEndOfDataIsRetryable() {
        server.reply("DATA-END", "452 4.3.1 Insufficient system storage");

        assertThat(plain().build().deliver(message)).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason()).contains("452 4.3.1"));
    }

    @Test
    void noAnswerToTheEndOfDataIsRetryable() {
        // The server may have the message: the retry carries the same Message-ID, so it can be recognised.
        server.reply("DATA-END", ScriptedSmtpServer.SILENT);

        assertThat(plain().build().deliver(message)).isInstanceOfSatisfying(RetryableFailure.class, f -> assertThat(f.reason()).contains("timed out"));
    }

    @Test
    void aConnectionDroppedAfterTheMessageWasAcceptedIsStillDelivered() {
        server.reply("QUIT", ScriptedSmtpServer.DROP);

        assertThat(plain().build().deliver(message)).isInstanceOf(Delivered.class);
        assertThat(server.accepted()).hasSize(1);
    }
}
