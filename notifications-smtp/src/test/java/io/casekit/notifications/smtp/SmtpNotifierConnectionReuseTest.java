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
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connections are reused across deliveries, by several threads at once, and a connection the server
 * dropped or closed costs no mail: against GreenMail and the scripted server, real sockets on loopback.
 */
class SmtpNotifierConnectionReuseTest {

    private final SmtpFixture smtp = new SmtpFixture();
    private final ScriptedSmtpServer scripted = ScriptedSmtpServer.start();

    @AfterEach
    void stopServers() {
        smtp.close();
        scripted.close();
    }

    private SmtpNotifier.Builder scriptedNotifier() {
        return SmtpNotifier.builder().host("127.0.0.1").port(scripted.port()).security(SmtpSecurity.NONE).from("desk@casekit.test")
                .readTimeout(Duration.ofSeconds(5));
    }

    @Test
    void aBurstGoesOverOneConnectionUntilItsLimitThenANewOne() {
        try (SmtpNotifier notifier = scriptedNotifier().maxMailsPerConnection(4).build()) {
            for (int i = 0; i < 10; i++) {
                assertThat(notifier.deliver(mail("m-" + i, "zoe@casekit.test", "case-1"))).isInstanceOf(Delivered.class);
            }
        }

        assertThat(scripted.accepted()).hasSize(10);
        assertThat(scripted.connections()).as("10 mails at 4 per connection").isEqualTo(3);
    }

    @Test
    void oneMailPerConnectionOpensAConnectionForEachMail() {
        try (SmtpNotifier notifier = scriptedNotifier().maxMailsPerConnection(1).build()) {
            for (int i = 0; i < 3; i++) {
                assertThat(notifier.deliver(mail("m-" + i, "zoe@casekit.test", "case-1"))).isInstanceOf(Delivered.class);
            }
        }

        assertThat(scripted.connections()).isEqualTo(3);
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedAndTheMailSentOnce() {
        try (SmtpNotifier notifier = scriptedNotifier().build()) {
            assertThat(notifier.deliver(mail("m-1", "zoe@casekit.test", "case-1"))).isInstanceOf(Delivered.class);
            scripted.dropOpenConnections();

            assertThat(notifier.deliver(mail("m-2", "zoe@casekit.test", "case-1"))).isInstanceOf(Delivered.class);
        }

        assertThat(scripted.accepted()).hasSize(2);
        assertThat(scripted.connections()).isEqualTo(2);
    }

    @Test
    void aRefusalClosesTheConnectionAndIsNotRetried() {
        scripted.reply("RCPT", "550 5.1.1 no such user");
        try (SmtpNotifier notifier = scriptedNotifier().build()) {
            assertThat(notifier.deliver(mail("m-1", "zoe@casekit.test", "case-1"))).isInstanceOf(PermanentFailure.class);
        }

        assertThat(scripted.connections()).as("no second attempt").isEqualTo(1);
        assertThat(scripted.accepted()).isEmpty();
    }

    @Test
    void aServerThatGoesAwayAfterTheFirstMailIsARetryableFailureNotAHang() {
        try (SmtpNotifier notifier = scriptedNotifier().build()) {
            assertThat(notifier.deliver(mail("m-1", "zoe@casekit.test", "case-1"))).isInstanceOf(Delivered.class);
            scripted.close();

            assertThat(notifier.deliver(mail("m-2", "zoe@casekit.test", "case-1"))).isInstanceOf(RetryableFailure.class);
        }
    }

    @Test
    void greenMailRestartedMidBurstLosesNoMail() throws Exception {
        String address = smtp.newAddress();
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        try (SmtpNotifier notifier = smtp.builder().build()) {
            for (int i = 0; i < 20; i++) {
                if (i == 10) {
                    smtp.server().stop();
                    smtp.server().restart();
                }
                outcomes.add(notifier.deliver(mail("m-" + i, address, "case-1")));
            }
        }

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Delivered.class));
        assertThat(ids(smtp.server().messagesFor(address))).hasSize(20);
    }

    @Test
    void manyThreadsAtOnceDeliverEveryMailExactlyOnce() throws Exception {
        int threads = 8;
        int perThread = 25;
        List<String> addresses = IntStream.range(0, threads).mapToObj(i -> smtp.newAddress()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (SmtpNotifier notifier = smtp.builder().maxConnections(3).build()) {
            List<Callable<List<DeliveryOutcome>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String address = addresses.get(t);
                int thread = t;
                work.add(() -> IntStream.range(0, perThread)
                        .mapToObj(i -> notifier.deliver(mail("m-" + thread + "-" + i, address, "case-" + thread)))
                        .toList());
            }
            for (Future<List<DeliveryOutcome>> f : pool.invokeAll(work)) {
                assertThat(f.get()).allSatisfy(o -> assertThat(o).isInstanceOf(Delivered.class));
            }
        } finally {
            pool.shutdownNow();
        }

        for (String address : addresses) {
            List<MimeMessage> received = smtp.server().messagesFor(address);
            assertThat(ids(received)).hasSize(perThread);
            assertThat(received).hasSize(perThread);
        }
    }

    @Test
    void theReuseSettingsAreCheckedAtOnceAndSetOnce() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> SmtpNotifier.builder().maxConnections(0))
                .withMessageContaining("maxConnections");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SmtpNotifier.builder().maxMailsPerConnection(0)).withMessageContaining("maxMailsPerConnection");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SmtpNotifier.builder().idleTimeout(Duration.ofSeconds(-1))).withMessageContaining("idleTimeout");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> SmtpNotifier.builder().maxConnections(2).maxConnections(3)).withMessageContaining("maxConnections");
    }

    @Test
    void anIdleTimeoutOfZeroClosesEachConnectionAfterItsMail() {
        try (SmtpNotifier notifier = scriptedNotifier().idleTimeout(Duration.ZERO).build()) {
            for (int i = 0; i < 3; i++) {
                assertThat(notifier.deliver(mail("m-" + i, "zoe@casekit.test", "case-1"))).isInstanceOf(Delivered.class);
            }
        }

        assertThat(scripted.connections()).isEqualTo(3);
    }

    private static Set<String> ids(List<MimeMessage> mails) throws Exception {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : mails) {
            ids.add(m.getMessageID());
        }
        return ids.stream().collect(Collectors.toSet());
    }
}
