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

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.notify.Notifier;
import io.casekit.testkit.notify.NotifierContract;
import io.casekit.testkit.notify.Outage;
import io.casekit.testkit.notify.Received;
import io.casekit.testkit.notify.Simulation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP notifier passes the notifier contract against a real SMTP server in the test JVM
 * (GreenMail on a dynamic port), which also stages refusals (550 / 450 to chosen recipients) and
 * outages (stopped, then started again on the same port). The mail-specific behaviour is tested in
 * the other {@code SmtpNotifier*Test} classes.
 */
class SmtpNotifierTest extends NotifierContract {

    /** A fresh server for every test: JUnit makes a new test instance per test, before any @BeforeEach. */
    private final SmtpFixture smtp = new SmtpFixture();

    @AfterEach
    void stopServer() {
        smtp.close();
    }

    @Override
    protected Notifier createNotifier() {
        return smtp.notifier();
    }

    @Override
    protected String newAddress() {
        return smtp.newAddress();
    }

    @Override
    protected List<Received> deliveredTo(String address) {
        // GreenMail stores a message before it answers 250 to the end of DATA: nothing to wait for.
        return smtp.server().messagesFor(address).stream().map(Mails::received).toList();
    }

    @Override
    protected Simulation<Outage> outage() {
        return Simulation.staged(new Outage() {
            @Override
            public void begin() {
                smtp.server().stop();
            }

            @Override
            public void end() {
                smtp.server().restart();
            }
        });
    }

    @Override
    protected Simulation<String> permanentlyRefusedAddress() {
        String address = smtp.newAddress();
        smtp.server().refuseRecipient(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
        return Simulation.staged(address);
    }

    @Override
    protected Simulation<String> temporarilyRefusedAddress() {
        String address = smtp.newAddress();
        smtp.server().refuseRecipient(address, "450 4.2.1 <" + address + ">: Recipient address rejected: Mailbox busy, try later");
        return Simulation.staged(address);
    }

    @Override
    protected Simulation<String> malformedAddress() {
        return Simulation.staged("contact-without-domain");
    }

    @Test
    void toStringShowsTheEndpointButNoCredentials() {
        assertThat(notifier().toString())
                .contains(smtp.server().host() + ":" + smtp.server().port())
                .contains("NONE")
                .contains(SmtpFixture.SENDER);
    }
}
