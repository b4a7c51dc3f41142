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

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The it-services portal of guide 000 on an in-memory store, sending its mail through an {@link
 * SmtpNotifier} to a real SMTP server in the test JVM. Anna writes Dutch, Fabienne French, the
 * agents English. Close it after each test.
 */
final class CaseMailDesk implements AutoCloseable {

    static final String ANNA = "anna";
    static final String FABIENNE = "fabienne";
    static final String ALICE = "alice";
    static final String ANNA_MAIL = "anna@" + SmtpFixture.DOMAIN;
    static final String FABIENNE_MAIL = "fabienne@" + SmtpFixture.DOMAIN;
    static final String ALICE_MAIL = "alice@" + SmtpFixture.DOMAIN;

    final SmtpFixture smtp = new SmtpFixture();
    final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z"));
    final InMemoryCaseStore store = new InMemoryCaseStore();
    final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
            .add(Actor.contact(ANNA, "Anna Peeters", "ACME").authorised().language(Locale.forLanguageTag("nl-BE")).email(ANNA_MAIL).build())
            .add(Actor.contact(FABIENNE, "Fabienne Dubois", "ACME").language(Locale.forLanguageTag("fr-BE")).email(FABIENNE_MAIL).build())
            .add(Actor.agent(ALICE, "Alice Agent").teams("mwi").email(ALICE_MAIL).build());
    final WorkflowDefinition definition = Presets.load("it-services");
    final SmtpNotifier notifier = smtp.notifier();
    final Casekit casekit = casekit();

    /** A Casekit instance on this desk's store, directory, clock and mail server: a node, or the same node after a restart. */
    Casekit casekit() {
        return Casekit.builder()
                .store(store)
                .identity(directory)
                .clock(clock)
                .random(new Random(11))
                .notifier(notifier)
                .definition(definition)
                .build();
    }

    Case open(String contact, String title) {
        return casekit.cases().execute(contact, OpenCase.builder()
                .title(title)
                .description("Since the last update the VPN disconnects every few minutes.")
                .caseType("Incident")
                .customField("expertiseDomain", "MWI")
                .build());
    }

    List<MimeMessage> mailTo(String address) {
        return smtp.server().messagesFor(address);
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.close();
    }
}
