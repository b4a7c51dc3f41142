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
package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.core.text.NoControlCharacters;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.attachment.AttachmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;
/**
 * Adds a comment to a case's timeline. Contacts write public comments only.
 *
 * @param caseId the case
 * @param body the comment text
 * @param visibility who may read it (the comment and its attachments)
 * @param attachments the ids of files the actor uploaded with {@link
 *     io.casekit.core.attachments.Attachments#upload} and attached nowhere yet: at most the {@link
 *     io.casekit.core.attachments.AttachmentPolicy}'s number; the comment records their metadata as
 *     the attachment store keeps it
 * @param format how the body is written: plain text, or HTML that is sanitised before it is stored
 */
@API(status = STABLE, since = "0.1.0")
public record AddComment(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String body, @NotNull Visibility visibility,
        @NotNull List<@NotNull AttachmentId> attachments, @NotNull TextFormat format) implements CaseCommand.OnCase {

    /**
     * A plain-text comment without attachments.
     *
     * @param caseId the case
     * @param body the comment text
     * @param visibility who may read it
     */
    public AddComment(CaseId caseId, String body, Visibility visibility) {
        this(caseId, body, visibility, List.of());
    }

    /**
     * A plain-text comment with attachments.
     *
     * @param caseId the case
     * @param body the comment text
     * @param visibility who may read it (the comment and its attachments)
     * @param attachments the ids of files the actor uploaded with {@link
     *     io.casekit.core.attachments.Attachments#upload}
     */
    public AddComment(CaseId caseId, String body, Visibility visibility, List<AttachmentId> attachments) {
        this(caseId, body, visibility, attachments, TextFormat.PLAIN);
    }

    /**
     * A formatted comment (HTML from an editor, sanitised before it is stored).
     *
     * @param caseId the case
     * @param html the comment as HTML
     * @param visibility who may read it
     * @return the command
     */
    public static AddComment html(CaseId caseId, String html, Visibility visibility) {
        return new AddComment(caseId, html, visibility, List.of(), TextFormat.HTML);
    }

    /**
     * Copies the attachment list; a null list is none and a null format is plain text. The other
     * fields are checked when the command runs.
     *
     * @param caseId the case
     * @param body the comment text
     * @param visibility who may read it (the comment and its attachments)
     * @param attachments the ids of files the actor uploaded with {@link
     *     io.casekit.core.attachments.Attachments#upload} and attached nowhere yet: at most the {@link
     *     io.casekit.core.attachments.AttachmentPolicy}'s number
     * @param format how the body is written: plain text, or HTML that is sanitised before it is stored
     */
    public AddComment {
        attachments = attachments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attachments));
        format = format == null ? TextFormat.PLAIN : format;
    }
}
