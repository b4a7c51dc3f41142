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
package io.casekit.core.attachments.internal;

import io.casekit.spi.attachment.AttachmentOrigin;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Who uploads, and who may attach an upload: the one rule the upload service and the case engine
 * share. Agents and contacts upload; an actor attaches only what it uploaded itself, and a contact
 * only while it belongs to the customer it uploaded for. Stateless.
 */
public final class UploadRules {

    private UploadRules() {}

    /**
     * The origin an upload by {@code actor} at {@code now} is stored with.
     *
     * @return the origin, or empty if the actor may not upload (the system)
     */
    public static Optional<AttachmentOrigin> originOf(Actor actor, Instant now) {
        if (actor.kind() != ActorKind.AGENT && actor.kind() != ActorKind.CONTACT) {
            return Optional.empty();
        }
        // stores keep microseconds, as they do for case times
        return Optional.of(new AttachmentOrigin(actor.ref(), actor.customerId(), now.truncatedTo(ChronoUnit.MICROS)));
    }

    /** Whether {@code actor} may attach an upload of this origin: its own, for the customer it belongs to now. */
    public static boolean mayAttach(Actor actor, AttachmentOrigin origin) {
        return (actor.kind() == ActorKind.AGENT || actor.kind() == ActorKind.CONTACT)
                && origin.uploadedBy().equals(actor.ref())
                && origin.customerId().equals(actor.customerId());
    }
}
