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

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * The instance has no attachment store, yet files were to be uploaded or a command names
 * attachments. Thrown by {@link io.casekit.core.Casekit#attachments()} and by a command with
 * attachments; nothing changed. The fix is configuration: {@code
 * Casekit.builder().attachmentStore(...)}. Retrying does not help.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class NoAttachmentStoreException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /**
     * A refused upload or command.
     *
     * @param what what was refused, e.g. {@code AddComment with 2 attachments}
     */
    public NoAttachmentStoreException(String what) {
        super(what + " refused: this Casekit instance has no attachment store; pass one to "
                + "Casekit.builder().attachmentStore(...) (e.g. a FileSystemAttachmentStore)");
    }
}
