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
package io.casekit.testkit.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.Message;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.OutboxEntry;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One notification Casekit queued in the outbox, as a {@link WorkflowScenario} shows it: who gets it,
 * where, and what it says.
 *
 * @param caseRef the case it is about
 * @param to the id of the actor it goes to
 * @param address where it goes (a mail address, for mail)
 * @param channel how it goes
 * @param language the language it is written in
 * @param subject the subject, rendered
 * @param text the plain-text body, rendered
 * @param html the HTML body, if the template has one
 * @param queuedAt when the change that caused it was committed
 * @param state whether it was delivered (a scenario delivers nothing: {@link DeliveryState#PENDING})
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Mail(CaseRef caseRef, String to, String address, Channel channel, Locale language, String subject, String text,
        Optional<String> html, Instant queuedAt, DeliveryState state) {

    /**
     * Checks that every component is given.
     *
     * @param caseRef the case it is about
     * @param to the id of the actor it goes to
     * @param address where it goes (a mail address, for mail)
     * @param channel how it goes
     * @param language the language it is written in
     * @param subject the subject, rendered
     * @param text the plain-text body, rendered
     * @param html the HTML body, if the template has one
     * @param queuedAt when the change that caused it was committed
     * @param state whether it was delivered
     * @throws NullPointerException if a component is null
     */
    public Mail {
        requireNonNull(caseRef, "caseRef");
        requireNonNull(to, "to");
        requireNonNull(address, "address");
        requireNonNull(channel, "channel");
        requireNonNull(language, "language");
        requireNonNull(subject, "subject");
        requireNonNull(text, "text");
        requireNonNull(html, "html");
        requireNonNull(queuedAt, "queuedAt");
        requireNonNull(state, "state");
    }

    /** The mail an outbox entry of {@code caseRef} holds. */
    static Mail of(CaseRef caseRef, OutboxEntry entry) {
        Message m = entry.notification().message();
        return new Mail(caseRef, m.recipient().actorId(), m.recipient().address(), m.recipient().channel(), m.recipient().language(),
                m.subject(), m.text(), m.html(), entry.notification().createdAt(), entry.state());
    }

    /** "to anna (anna@acme.test): Case received: VPN drops [CAS-00001]", for failure messages. */
    @Override
    public String toString() {
        return "to " + to + " (" + address + "): " + subject;
    }
}
