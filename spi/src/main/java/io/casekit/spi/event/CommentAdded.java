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
package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A comment was added to the timeline. A comment does not change the case's fields; it only bumps its version and modification time.
 *
 * @param header the header
 * @param commentId the comment's id, unique within the case
 * @param body the comment text, as plain text (for search and mail)
 * @param visibility who may read it (the comment and its attachments)
 * @param attachments the files attached to the comment: their metadata, the bytes are in the
 *     attachment store; distinct ids
 * @param html the comment as sanitised HTML, if it was written with formatting
 */
@API(status = STABLE, since = "0.1.0")
public record CommentAdded(EventHeader header, String commentId, String body, Visibility visibility,
        List<AttachmentMetadata> attachments, Optional<String> html) implements CaseChange {

    /**
     * A comment without attachments.
     *
     * @param header the header
     * @param commentId the comment's id, unique within the case
     * @param body the comment text, as plain text
     * @param visibility who may read it
     */
    public CommentAdded(EventHeader header, String commentId, String body, Visibility visibility) {
        this(header, commentId, body, visibility, List.of());
    }

    /**
     * A comment without formatting.
     *
     * @param header the header
     * @param commentId the comment's id, unique within the case
     * @param body the comment text, as plain text
     * @param visibility who may read it (the comment and its attachments)
     * @param attachments the metadata of the attached files; distinct ids
     */
    public CommentAdded(EventHeader header, String commentId, String body, Visibility visibility,
            List<AttachmentMetadata> attachments) {
        this(header, commentId, body, visibility, attachments, Optional.empty());
    }

    /**
     * Checks the components and copies the attachment list.
     *
     * @param header the header
     * @param commentId the comment's id, unique within the case
     * @param body the comment text, as plain text (for search and mail)
     * @param visibility who may read it (the comment and its attachments)
     * @param attachments the files attached to the comment: their metadata, the bytes are in the
     *     attachment store; distinct ids
     * @param html the comment as sanitised HTML, if it was written with formatting
     * @throws IllegalArgumentException if {@code commentId} or {@code body} is blank, or two
     *     attachments have the same id
     */
    public CommentAdded {
        Checks.notNull(header, "header");
        Checks.notBlank(commentId, "commentId");
        Checks.notBlank(body, "body");
        Checks.notNull(visibility, "visibility");
        attachments = Checks.distinctAttachments(attachments);
        Checks.notNull(html, "html");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
