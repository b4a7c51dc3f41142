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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayInputStream;
import org.apiguardian.api.API;

/**
 * One file of an upload as the client sent it: unchecked. {@link Attachments#upload} checks and
 * sanitises it.
 *
 * @param fileName the file name the client sent, e.g. {@code Screenshot 2026-03-02.png}
 * @param contentType the content type the client declared, e.g. {@code image/png}
 * @param content where the bytes come from
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AttachmentUpload(String fileName, String contentType, ContentSource content) {

    /**
     * Checks that every part is present; the name and type are checked by {@link Attachments#upload}.
     *
     * @param fileName the file name the client sent, e.g. {@code Screenshot 2026-03-02.png}
     * @param contentType the content type the client declared, e.g. {@code image/png}
     * @param content where the bytes come from
     */
    public AttachmentUpload {
        requireNonNull(fileName, "fileName");
        requireNonNull(contentType, "contentType");
        requireNonNull(content, "content");
    }

    /**
     * A file whose bytes are in memory (for small files and tests).
     *
     * @param fileName the file name the client sent
     * @param contentType the content type the client declared
     * @param bytes the content; copied, so later changes to the array do not show
     * @return the upload
     */
    public static AttachmentUpload of(String fileName, String contentType, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new AttachmentUpload(fileName, contentType, () -> new ByteArrayInputStream(copy));
    }
}
