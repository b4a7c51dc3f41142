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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import org.apiguardian.api.API;

/**
 * What an {@link AttachmentStore} keeps besides the bytes of one attachment: the metadata it
 * measured when storing them, who uploaded them, and whether the upload has been claimed by (attached
 * to) a case. The engine takes the metadata a case records from here, never from a command.
 * Immutable.
 *
 * @param metadata the id, file name, content type, and the size and SHA-256 digest the store measured
 * @param origin who uploaded the file, for which customer, and when
 * @param claimed whether {@link AttachmentStore#claim} has claimed the upload (it is attached to a
 *     case, or a command attaching it is under way)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record StoredAttachment(AttachmentMetadata metadata, AttachmentOrigin origin, boolean claimed) {

    /**
     * Checks the components.
     *
     * @param metadata the id, file name, content type, and the size and SHA-256 digest the store
     *     measured
     * @param origin who uploaded the file, for which customer, and when
     * @param claimed whether {@link AttachmentStore#claim} has claimed the upload
     */
    public StoredAttachment {
        Checks.notNull(metadata, "metadata");
        Checks.notNull(origin, "origin");
    }

    /** {@return the attachment's id; shorthand for {@code metadata().id()}} */
    public AttachmentId id() {
        return metadata.id();
    }
}
