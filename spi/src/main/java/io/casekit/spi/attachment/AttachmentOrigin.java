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
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who uploaded an attachment, for which customer, and when: recorded by the engine when the file is
 * uploaded, kept by the {@link AttachmentStore} with the bytes, and checked when a command names the
 * upload (an actor attaches only what it uploaded itself; a contact only while it still belongs to
 * the customer it uploaded for). Immutable.
 *
 * @param uploadedBy the agent or contact who uploaded the file
 * @param customerId the customer a contact uploaded for (its own); empty for an agent or the system
 * @param uploadedAt when the upload was stored; stores keep at least microseconds
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AttachmentOrigin(ActorRef uploadedBy, Optional<String> customerId, Instant uploadedAt) {

    /**
     * Checks the components.
     *
     * @param uploadedBy the agent or contact who uploaded the file
     * @param customerId the customer a contact uploaded for (its own); empty for an agent or the system
     * @param uploadedAt when the upload was stored; stores keep at least microseconds
     * @throws IllegalArgumentException if a contact's upload names no customer, another actor's names
     *     one, or the customer id is blank
     */
    public AttachmentOrigin {
        Checks.notNull(uploadedBy, "uploadedBy");
        Checks.notNull(customerId, "customerId");
        Checks.notNull(uploadedAt, "uploadedAt");
        customerId.ifPresent(id -> Checks.notBlank(id, "customerId"));
        if (uploadedBy.kind() == ActorKind.CONTACT && customerId.isEmpty()) {
            throw new IllegalArgumentException("customerId is required for an upload of a contact");
        }
        if (uploadedBy.kind() != ActorKind.CONTACT && customerId.isPresent()) {
            throw new IllegalArgumentException("customerId is only for uploads of contacts");
        }
    }
}
