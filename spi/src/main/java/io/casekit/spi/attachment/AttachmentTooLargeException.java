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

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * A {@link AttachmentStore#put} was refused because the content was longer than the limit. The store
 * stopped reading at the first byte past the limit and kept nothing. Retrying the same content
 * fails again.
 */
@API(status = STABLE, since = "0.1.0")
public final class AttachmentTooLargeException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The attachment that was refused. */
    private final AttachmentId id;
    /** The limit the content went past. */
    private final long maxBytes;

    /**
     * A refused attachment.
     *
     * @param id the attachment that was refused
     * @param maxBytes the limit the content went past
     */
    public AttachmentTooLargeException(AttachmentId id, long maxBytes) {
        super("attachment " + id + " refused: it is larger than the limit of " + maxBytes + " bytes; nothing was stored");
        this.id = id;
        this.maxBytes = maxBytes;
    }

    /** {@return the attachment that was refused} */
    public AttachmentId id() {
        return id;
    }

    /** {@return the limit the content went past, in bytes} */
    public long maxBytes() {
        return maxBytes;
    }
}
