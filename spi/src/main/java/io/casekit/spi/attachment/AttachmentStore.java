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
 * Keeps the bytes of attachments, keyed by {@link AttachmentId}. Content streams in and out: a store
 * never holds a whole file in memory, and the size limit is enforced while reading, so a client that
 * sends gigabytes costs at most the limit. Cases keep only the {@link AttachmentMetadata} that
 * {@link #put} returns.
 *
 * <p>Implementations must be thread-safe and pass {@code AttachmentStoreContract} from
 * {@code casekit-testkit}.
 */
@API(status = STABLE, since = "0.1.0")
public interface AttachmentStore {

    /**
     * Stores the bytes of {@code content} under {@code id}, all or nothing.
     *
     * <p>The store reads {@code content} to its end, but stops at the first byte past {@code maxBytes}
     * and then refuses the attachment. It measures the size and the SHA-256 digest of what it read.
     * When this method returns normally, the bytes are durable and {@link #open} returns them; when it
     * throws, nothing of this put is visible or left behind (no partial file, row or object), and an
     * attachment already stored under {@code id} is unchanged. The store does not close
     * {@code content}: the caller does.
     *
     * @param id the new attachment's id, not yet used in this store
     * @param descriptor the sanitised file name and checked content type, kept as labels only
     * @param content the bytes; read once, not closed
     * @param maxBytes the most bytes the attachment may have, zero or more
     * @return the metadata: the id, the descriptor's labels, the size and digest the store measured
     * @throws AttachmentTooLargeException if {@code content} has more than {@code maxBytes} bytes
     * @throws DuplicateAttachmentException if an attachment with {@code id} exists already
     * @throws AttachmentStorageException if reading {@code content} or writing the bytes failed
     */
    AttachmentMetadata put(AttachmentId id, AttachmentDescriptor descriptor, InputStream content, long maxBytes);

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
     * Deletes an attachment. Idempotent: deleting what is not (or no longer) stored does nothing.
     *
     * @param id the attachment's id
     * @return whether this call deleted something
     * @throws AttachmentStorageException if the store could not be changed
     */
    boolean delete(AttachmentId id);
}
