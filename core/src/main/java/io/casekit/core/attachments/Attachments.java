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
package io.casekit.core.attachments;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.attachment.AttachmentStorageException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Uploads the files of one comment or one new case into the instance's attachment store, on behalf
 * of an actor, after checking them against the {@link AttachmentPolicy}: all of them, or none. Get it
 * from {@link io.casekit.core.Casekit#attachments()}; it uses the same store, policy, identity
 * provider and clock as the instance's {@link io.casekit.core.cases.CaseService}. Thread-safe.
 *
 * <p><b>Who may attach what.</b> Every upload is stored with who uploaded it and, for a contact, the
 * customer it belongs to ({@link io.casekit.spi.attachment.AttachmentOrigin}). A command ({@link
 * io.casekit.core.cases.OpenCase}, {@link io.casekit.core.cases.AddComment}) names uploads by their
 * {@link AttachmentId} only, and the engine takes their file name, content type, size and digest from
 * the store. It accepts an upload only if the acting agent or contact uploaded it itself (a contact
 * only while it still belongs to the customer it uploaded for), and only once: an upload attached to
 * a case or a comment is never attached again, to another case or the same one. Anything else is
 * refused by the field naming it, e.g. {@code attachments[1]}: rule {@code KnownUpload} for an id that
 * is unknown or another actor's (the two look the same, so a contact learns nothing of other
 * customers' uploads), {@code AttachedOnce} for an upload that is attached already, also when two
 * commands race for it (one wins). The system ({@code executeAsSystem}) uploads nothing and attaches
 * nothing.
 *
 * <p><b>The checks of an upload.</b> First every file is checked without reading its bytes: the
 * number of files, each file name (tidied, then refused if it names a path or holds control
 * characters, see the package's file-name rules), each declared content type (on the allow-list) and
 * the name's extension (one of the type's). Any problem refuses the whole upload before a single
 * byte is read. Then each file is streamed into a temporary file, stopped at the policy's size
 * limit, and its whole content is checked against its declared type by content detection (Apache
 * Tika), whole-archive checks of the ZIP-based documents, a polyglot check and a read of text to its
 * end; only then is it streamed into the store. If a file fails here, the files of this upload stored
 * before it are deleted again. A refused upload leaves nothing behind, temporary files included.
 *
 * <p>Refusals are {@link CommandValidationException}s whose violations name the field, e.g.
 * {@code attachments[5]} (one file too many), {@code attachments[2].fileName},
 * {@code attachments[0].contentType} or {@code attachments[1].content}, and the rule.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Attachments {

    /** {@return the policy uploads are checked against, the one the instance's commands are checked against too} */
    AttachmentPolicy policy();

    /**
     * Checks and stores the files of one upload, recording the actor as their uploader.
     *
     * @param actorId the agent or contact who uploads, as the host authenticated it
     * @param files the files in the order the client sent them; may be empty
     * @return the metadata of the stored files, in the same order; name them in a command by
     *     {@link AttachmentMetadata#id()}
     * @throws io.casekit.core.cases.AccessDeniedException if the identity provider does not know the
     *     actor, or it is neither an agent nor a contact; nothing is read
     * @throws CommandValidationException if a file breaks a rule; nothing is stored
     * @throws AttachmentStorageException if a file could not be read or stored; nothing is stored
     */
    List<AttachmentMetadata> upload(String actorId, List<AttachmentUpload> files);

    /**
     * Deletes uploads of the actor that no command attached, for a host whose command failed after
     * the upload (or that gives up on it). An id that is unknown, another actor's, or attached
     * already is left alone: a discard never removes a file from a case. Each deleted upload is first
     * claimed, so a command racing for it either attached it before (and it stays) or is refused.
     *
     * @param actorId the actor who uploaded the files
     * @param ids the uploads to delete
     * @return the ids that were deleted, in the given order
     * @throws io.casekit.core.cases.AccessDeniedException if the identity provider does not know the actor
     * @throws AttachmentStorageException if the store could not be read or changed
     */
    List<AttachmentId> discard(String actorId, List<AttachmentId> ids);
}
