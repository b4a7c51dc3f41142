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
 * The attachment store or the content source failed (an I/O error: disk full, a dropped upload
 * connection, an unreachable object store). A failed {@link AttachmentStore#put} kept nothing.
 * Retrying may succeed: {@link #isRetryable()} is {@code true}.
 */
@API(status = STABLE, since = "0.1.0")
public final class AttachmentStorageException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /**
     * A storage failure.
     *
     * @param message what failed, without secrets
     * @param cause the I/O error
     */
    public AttachmentStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
