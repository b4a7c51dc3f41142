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
package io.casekit.spi.outbox;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * One rendered message about one event of a case, for one recipient, as the outbox keeps it.
 *
 * <p>Its id ({@link Message#messageId()} of its message) is derived from the case, the event and the
 * recipient ({@link #idFor}): the same event never notifies the same recipient on the same channel
 * twice, and a store keeps a notification whose id it holds already only once.
 *
 * @param caseId the case
 * @param eventSequence the sequence of the event that caused it, an event of the same commit
 * @param message the rendered message; its id must be {@link #idFor} of the case, the event and the
 *     recipient
 * @param createdAt when the change that caused it was committed; the notification is due from then
 */
@API(status = STABLE, since = "0.1.0")
public record Notification(CaseId caseId, long eventSequence, Message message, Instant createdAt) {

    /**
     * Checks the components.
     *
     * @param caseId the case
     * @param eventSequence the sequence of the event that caused it, an event of the same commit
     * @param message the rendered message; its id must be {@link #idFor} of the case, the event and
     *     the recipient
     * @param createdAt when the change that caused it was committed; the notification is due from then
     * @throws IllegalArgumentException if {@code eventSequence} is less than 1, or the message id is
     *     not {@link #idFor} of the case, the event and the message's recipient
     */
    public Notification {
        Checks.notNull(caseId, "notification.caseId");
        Checks.positive(eventSequence, "notification.eventSequence");
        Checks.notNull(message, "notification.message");
        Checks.notNull(createdAt, "notification.createdAt");
        Recipient recipient = message.recipient();
        String expected = idFor(caseId, eventSequence, recipient.actorId(), recipient.channel());
        if (!message.messageId().equals(expected)) {
            throw new IllegalArgumentException("notification.message.messageId must be idFor(case, event, recipient) = "
                    + expected + ", was " + message.messageId());
        }
    }

    /** {@return the notification's id: its message's id} */
    public String id() {
        return message.messageId();
    }

    /**
     * The id of the notification about event {@code eventSequence} of case {@code caseId} for actor
     * {@code actorId} on {@code channel}: a name-based UUID, the same on every node and every run.
     *
     * @param caseId the case
     * @param eventSequence the sequence of the event the notification is about
     * @param actorId the recipient's actor id, not blank
     * @param channel the channel it is delivered on
     * @return the id, a UUID in its usual text form
     */
    public static String idFor(CaseId caseId, long eventSequence, String actorId, Channel channel) {
        Checks.notNull(caseId, "caseId");
        Checks.notBlank(actorId, "actorId");
        Checks.notNull(channel, "channel");
        // length-prefixed parts, so that no two different keys give the same text
        String key = caseId.value().length() + ":" + caseId.value() + "|" + eventSequence + "|" + channel.name() + "|"
                + actorId.length() + ":" + actorId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
