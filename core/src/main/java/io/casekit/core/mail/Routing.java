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
package io.casekit.core.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.Case;
import java.util.List;
import org.apiguardian.api.API;

/** What became of one inbound mail. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface Routing {

    /**
     * The mail changed a case.
     *
     * @param outcome whether it added a comment to a case or opened one
     * @param result the case after the change
     * @param sender the id of the contact the mail came from
     * @param attachments the mail's attachments, for the host to store with the case
     */
    record Accepted(Outcome outcome, Case result, String sender, List<AttachmentInfo> attachments) implements Routing {
        /**
         * Checks that every part is present and copies the attachment list.
         *
         * @param outcome whether it added a comment to a case or opened one
         * @param result the case after the change
         * @param sender the id of the contact the mail came from
         * @param attachments the mail's attachments, for the host to store with the case
         */
        public Accepted {
            requireNonNull(outcome, "outcome");
            requireNonNull(result, "result");
            requireNonNull(sender, "sender");
            attachments = List.copyOf(requireNonNull(attachments, "attachments"));
        }
    }

    /**
     * The mail changed nothing.
     *
     * @param reason why
     * @param message what exactly, for the host's log or a reply to the sender; at most
     *     {@link io.casekit.spi.Quoting#MAX_MESSAGE} characters, however long the mail's parts are
     */
    record Refused(RefusalReason reason, String message) implements Routing {
        /**
         * Checks the parts and caps the message at {@link io.casekit.spi.Quoting#MAX_MESSAGE} characters.
         *
         * @param reason why
         * @param message what exactly, for the host's log or a reply to the sender; at most {@link
         *     io.casekit.spi.Quoting#MAX_MESSAGE} characters, however long the mail's parts are
         */
        public Refused {
            requireNonNull(reason, "reason");
            message = io.casekit.spi.Quoting.cap(requireNonNull(message, "message"), io.casekit.spi.Quoting.MAX_MESSAGE);
        }
    }

    /** What an accepted mail did. */
    enum Outcome {
        /** It added a public comment, as the sender, to the case its token names. */
        COMMENT_ADDED,
        /** It had no token and opened a new case of the sender's customer. */
        CASE_OPENED
    }
}
