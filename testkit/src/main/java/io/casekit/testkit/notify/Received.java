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
package io.casekit.testkit.notify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One message as the test harness of a {@link NotifierContract} received it, read back from the
 * transport (an SMTP server's mailbox, an SMS gateway's log), not from the notifier.
 *
 * @param subject the subject as the recipient sees it, decoded
 * @param text the plain-text body, decoded
 * @param html the HTML body, if the message had one
 * @param messageKey the id the transport carried for this message (for mail, the {@code Message-ID}
 *     header): equal for every delivery of the same {@link io.casekit.spi.notify.Message#messageId()}, different for
 *     different ones, so that a host or a mail client can de-duplicate
 * @param threadKey the id the transport carried for the message's thread (for mail, the thread
 *     root named by {@code In-Reply-To} / {@code References}): equal for every message with the same
 *     {@link io.casekit.spi.notify.Message#threadId()}, different for different ones
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Received(String subject, String text, Optional<String> html, String messageKey, String threadKey) {

    /**
     * Checks that every component is given.
     *
     * @param subject the subject as the recipient sees it, decoded
     * @param text the plain-text body, decoded
     * @param html the HTML body, if the message had one
     * @param messageKey the id the transport carried for this message (for mail, the {@code
     *     Message-ID} header)
     * @param threadKey the id the transport carried for the message's thread (for mail, the thread
     *     root)
     * @throws NullPointerException if a component is null
     */
    public Received {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(threadKey, "threadKey");
    }
}
