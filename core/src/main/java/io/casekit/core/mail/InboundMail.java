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

import java.util.List;
import org.apiguardian.api.API;

/**
 * A mail that reached the desk, as the host's mail reader parsed it. The host vouches for the
 * sender (checks SPF, DKIM or its gateway's verdict before routing): the router trusts {@code from}.
 *
 * @param from the sender, {@code anna@example.com} or {@code Anna <anna@example.com>}
 * @param subject the subject, decoded; line breaks are allowed (a folded header) and become spaces
 * @param text the plain-text body
 * @param attachments what the attachments are; their content stays with the host
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record InboundMail(String from, String subject, String text, List<AttachmentInfo> attachments) {

    /**
     * Checks that every part is present (they may be empty) and copies the attachment list.
     *
     * @param from the sender, {@code anna@example.com} or {@code Anna <anna@example.com>}
     * @param subject the subject, decoded; line breaks are allowed (a folded header) and become spaces
     * @param text the plain-text body
     * @param attachments what the attachments are; their content stays with the host
     */
    public InboundMail {
        requireNonNull(from, "from must not be null");
        requireNonNull(subject, "subject must not be null");
        requireNonNull(text, "text must not be null");
        attachments = List.copyOf(requireNonNull(attachments, "attachments must not be null"));
    }

    /**
     * A mail without attachments.
     *
     * @param from the sender, {@code anna@example.com} or {@code Anna <anna@example.com>}
     * @param subject the subject, decoded
     * @param text the plain-text body
     */
    public InboundMail(String from, String subject, String text) {
        this(from, subject, text, List.of());
    }
}
