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
package io.casekit.spi.attachment;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.InputStream;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps the bytes of attachments, keyed by {@link AttachmentId}, with what the engine needs to trust
 * them: the metadata the store measured, who uploaded them ({@link AttachmentOrigin}) and whether an
 * upload has been attached to a case. Content streams in and out: a store never holds a whole file in
 * memory, and the size limit is enforced while reading, so a client that sends gigabytes costs at most
 * the limit. Cases keep only the {@link AttachmentMetadata}, which the engine takes from {@link #find},
 * never from a command.
 *
 * <p>An upload is attached once: before a case change that attaches it is committed, the engine
 * {@link #claim claims} it, and only one claim of an id ever succeeds, also across threads, nodes and
 * restarts, until a {@link #release}. The engine claims before it commits and releases only when the
 * case commit certainly did not happen, so a crash in between leaves an upload claimed but on no case
 * (it cannot be attached; the user uploads the file again), never one attached twice.
 *
 * <p>Implementations must be thread-safe and pass {@code AttachmentStoreContract} from
 * {@code casekit-testkit}.
 */
@API(status = STABLE, since = "0.1.0")
public interface AttachmentStore {

    /**
     * Stores the bytes of {@code content} under {@code id} with its origin, all or nothing, unclaimed.
     *
     * <p>The store reads {@code content} to its end, but stops at the first byte past {@code maxBytes}
     * and then refuses the attachment. It measures the size and the SHA-256 digest of what it read.
     * When this method returns normally, the bytes, the labels and the origin are durable, {@link
     * #open} returns the bytes and {@link #find} the record; when it throws, nothing of this put is
     * visible or left behind (no partial file, row or object), and an attachment already stored under
     * {@code id} is unchanged. The store does not close {@code content}: the caller does.
     *
     * @param id the new attachment's id, not yet used in this store
     * @param descriptor the sanitised file name and checked content type, kept as labels only
     * @param origin who uploads the file, for which customer, and when; kept as given
     * @param content the bytes; read once, not closed
     * @param maxBytes the most bytes the attachment may have, zero or more
     * @return the record, as {@link #find} returns it from now on: the metadata (the id, the
     *     descriptor's labels, the size and digest the store measured), the origin, not claimed
     * @throws AttachmentTooLargeException if {@code content} has more than {@code maxBytes} bytes
     * @throws DuplicateAttachmentException if an attachment with {@code id} exists already
     * @throws AttachmentStorageException if reading {@code content} or writing the bytes failed
     */
    StoredAttachment put(AttachmentId id, AttachmentDescriptor descriptor, AttachmentOrigin origin, InputStream content,
            long maxBytes);

    /**
     * The record of a stored attachment: its metadata as measured when it was stored, its origin as
     * given to {@link #put}, and whether it is claimed.
     *
     * @param id the attachment's id
     * @return the record, or empty if nothing is stored under {@code id}; never null
     * @throws AttachmentStorageException if the store could not be read
     */
    Optional<StoredAttachment> find(AttachmentId id);

    /**
     * Claims a stored upload for a case change that attaches it, atomically: of all the calls for
     * one id (on any thread or node sharing the store), one returns {@link ClaimOutcome#CLAIMED} and
     * every later one {@link ClaimOutcome#ALREADY_CLAIMED}, until the claim is {@link #release
     * released}. A claim is durable when this method returns. A claim of an id that is not stored
     * (never, or no longer, or deleted while the claim ran) returns {@link ClaimOutcome#NOT_STORED}
     * and leaves nothing behind.
     *
     * @param id the attachment's id
     * @return what the call did; never null
     * @throws AttachmentStorageException if the store could not be read or changed; the claim may or
     *     may not have been made
     */
    ClaimOutcome claim(AttachmentId id);

    /**
     * Releases a claim, for the engine whose case commit certainly failed after it claimed: the
     * upload may be claimed again. Idempotent. Only the caller that made the claim releases it.
     *
     * @param id the attachment's id
     * @return whether this call released a claim ({@code false} if the id was not claimed or is not
     *     stored)
     * @throws AttachmentStorageException if the store could not be changed
     */
    boolean release(AttachmentId id);

    /**
     * Opens a stored attachment for reading. The caller closes the stream. A stream opened before a
     * {@link #delete} may still read the whole content, or fail with an {@link java.io.IOException};
     * it never reads part of another attachment.
     *
     * @param id the attachment's id
     * @return the stored bytes, or empty if nothing is stored under {@code id}; never null
     * @throws AttachmentStorageException if the store could not be read
     */
    Optional<InputStream> open(AttachmentId id);

    /**
     * Whether an attachment is stored under {@code id}.
     *
     * @param id the attachment's id
     * @return {@code true} if it is stored
     * @throws AttachmentStorageException if the store could not be read
     */
    boolean exists(AttachmentId id);

    /**
     * Deletes an attachment, its record and its claim (an erasure, a retention rule, or an upload no
     * command attached). Idempotent: deleting what is not (or no longer) stored does nothing.
     *
     * @param id the attachment's id
     * @return whether this call deleted something
     * @throws AttachmentStorageException if the store could not be changed
     */
    boolean delete(AttachmentId id);
}
