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

import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A running {@link TestSmtpServer}, notifiers configured for it, and messages to send. Close it after each test. */
final class SmtpFixture implements AutoCloseable {

    static final String DOMAIN = "casekit.test";
    static final String SENDER = "desk@" + DOMAIN;
    static final Instant NOW = Instant.parse("2026-03-02T09:15:30Z");

    private final AtomicInteger addresses = new AtomicInteger();
    private final TestSmtpServer server = TestSmtpServer.start();

    TestSmtpServer server() {
        return server;
    }

    /** A builder for a notifier to the server: plain SMTP, sender {@value #SENDER} "Casekit Desk", clock fixed at {@link #NOW}. */
    SmtpNotifier.Builder builder() {
        return SmtpNotifier.builder()
                .host(server.host())
                .port(server.port())
                .security(SmtpSecurity.NONE)
                .from(SENDER, "Casekit Desk")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    SmtpNotifier notifier() {
        return builder().build();
    }

    /** A fresh address on the server's domain. */
    String newAddress() {
        return "contact-" + addresses.incrementAndGet() + "@" + DOMAIN;
    }

    /** The one mail {@code address} received; fails if there is not exactly one. */
    MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = server.messagesFor(address);
        if (mails.size() != 1) {
            throw new AssertionError("expected one mail to " + address + ", got " + mails.size());
        }
        return mails.get(0);
    }

    static Message mail(String messageId, String address, String displayName, String subject, String text, Optional<String> html, String threadId) {
        Recipient recipient = new Recipient("contact-42", displayName, Channel.EMAIL, address, Locale.forLanguageTag("nl-BE"));
        return new Message(messageId, recipient, subject, text, html, threadId);
    }

    static Message mail(String messageId, String address, String threadId) {
        return mail(messageId, address, "Jan Peeters", "CAS-05128 update", "text", Optional.of("<p>html</p>"), threadId);
    }

    @Override
    public void close() {
        server.close();
    }
}
