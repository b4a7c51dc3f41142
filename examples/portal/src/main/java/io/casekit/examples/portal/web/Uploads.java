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
package io.casekit.examples.portal.web;

import io.casekit.core.Casekit;
import io.casekit.core.attachments.AttachmentUpload;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Hands the files of a form to Casekit's attachment rules (count, size, type, content signature)
 * before anything is stored, streaming each from the servlet container's temporary file.
 */
@Component
public class Uploads {

    private final Casekit casekit;

    /** @param casekit the attachments */
    public Uploads(Casekit casekit) {
        this.casekit = casekit;
    }

    /**
     * @param user who uploads
     * @param files the form's files; empty file inputs are skipped
     * @return the ids of the stored files, to name in the command
     */
    public List<AttachmentId> store(PortalUser user, List<MultipartFile> files) {
        List<AttachmentUpload> uploads = files.stream()
                .filter(file -> !file.isEmpty())
                .map(file -> new AttachmentUpload(Objects.requireNonNullElse(file.getOriginalFilename(), "file"),
                        Objects.requireNonNullElse(file.getContentType(), "application/octet-stream"), file::getInputStream))
                .toList();
        if (uploads.isEmpty()) {
            return List.of();
        }
        return casekit.attachments().upload(user.actorId(), uploads).stream().map(AttachmentMetadata::id).toList();
    }

    /**
     * Removes files whose command was refused.
     *
     * @param user who uploaded them
     * @param ids the files
     */
    public void discard(PortalUser user, List<AttachmentId> ids) {
        if (!ids.isEmpty()) {
            casekit.attachments().discard(user.actorId(), ids);
        }
    }
}
