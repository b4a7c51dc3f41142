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
package io.casekit.spi.notify;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One rendered message for one recipient: everything a notifier needs, nothing it must compute.
 *
 * @param messageId a unique id of this message; delivering the same id twice must not send twice
 *     where the channel allows it to be detected
 * @param recipient where it goes
 * @param subject the subject line, without line breaks
 * @param text the plain-text body
 * @param html the HTML body, if any (already escaped)
 * @param threadId an id shared by every message about the same case, so that mail clients thread
 *     them together
 */
@API(status = STABLE, since = "0.1.0")
public record Message(
        String messageId, Recipient recipient, String subject, String text, Optional<String> html, String threadId) {

    /**
     * Checks the components.
     *
     * @param messageId a unique id of this message; delivering the same id twice must not send twice
     *     where the channel allows it to be detected
     * @param recipient where it goes
     * @param subject the subject line, without line breaks
     * @param text the plain-text body
     * @param html the HTML body, if any (already escaped)
     * @param threadId an id shared by every message about the same case, so that mail clients thread
     *     them together
     * @throws IllegalArgumentException if {@code messageId} or {@code threadId} is blank, or the
     *     subject contains a line break (which would let it forge mail headers)
     */
    public Message {
        Checks.notBlank(messageId, "messageId");
        Checks.notNull(recipient, "recipient");
        Checks.notNull(subject, "subject");
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("subject must not contain CR or LF");
        }
        Checks.notNull(text, "text");
        Checks.notNull(html, "html");
        Checks.notBlank(threadId, "threadId");
    }
}
