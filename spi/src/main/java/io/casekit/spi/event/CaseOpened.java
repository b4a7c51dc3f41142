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
package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The first event of every case: the case as it was opened.
 *
 * @param header the header; its version is 1
 * @param opened the case as opened, version 1
 * @param attachments the files filed with the case: their metadata, the bytes are in the
 *     attachment store; distinct ids; public, like the description
 */
@API(status = STABLE, since = "0.1.0")
public record CaseOpened(EventHeader header, Case opened, List<AttachmentMetadata> attachments) implements CaseEvent {

    /**
     * An opening without attachments.
     *
     * @param header the header; its version and sequence are 1
     * @param opened the case as opened, version 1
     */
    public CaseOpened(EventHeader header, Case opened) {
        this(header, opened, List.of());
    }

    /**
     * Checks the components and copies the attachment list.
     *
     * @param header the header; its version is 1
     * @param opened the case as opened, version 1
     * @param attachments the files filed with the case: their metadata, the bytes are in the
     *     attachment store; distinct ids; public, like the description
     * @throws IllegalArgumentException if the header or the case is not at version 1 and sequence 1,
     *     the case id differs from the header's, or two attachments have the same id
     */
    public CaseOpened {
        Checks.notNull(header, "header");
        Checks.notNull(opened, "opened");
        attachments = Checks.distinctAttachments(attachments);
        if (opened.version() != 1 || header.version() != 1 || header.sequence() != 1 || opened.eventCount() != 1) {
            throw new IllegalArgumentException("an opened case has version 1 and is the first event of its timeline");
        }
        if (!opened.id().equals(header.caseId())) {
            throw new IllegalArgumentException("opened case id differs from the header's case id");
        }
    }
}
