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

import io.casekit.spi.internal.Checks;
import org.apiguardian.api.API;

/**
 * What a case keeps of a stored attachment: everything but its bytes. The size and digest are the
 * ones the store measured while storing, not what the uploader claimed.
 *
 * @param id where the bytes are in the {@link AttachmentStore}
 * @param fileName the sanitised file name people see
 * @param contentType the media type without parameters, checked against the allow-list
 * @param size the number of bytes stored
 * @param sha256 the SHA-256 digest of the stored bytes, 64 lower-case hexadecimal digits
 */
@API(status = STABLE, since = "0.1.0")
public record AttachmentMetadata(AttachmentId id, String fileName, String contentType, long size, String sha256) {

    /**
     * Checks the components.
     *
     * @param id where the bytes are in the {@link AttachmentStore}
     * @param fileName the sanitised file name people see
     * @param contentType the media type without parameters, checked against the allow-list
     * @param size the number of bytes stored
     * @param sha256 the SHA-256 digest of the stored bytes, 64 lower-case hexadecimal digits
     * @throws IllegalArgumentException if {@code fileName} or {@code contentType} is blank, {@code
     *     size} is negative, or {@code sha256} is not 64 lower-case hexadecimal digits
     */
    public AttachmentMetadata {
        Checks.notNull(id, "id");
        Checks.notBlank(fileName, "fileName");
        Checks.notBlank(contentType, "contentType");
        Checks.notNegative(size, "size");
        Checks.notNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hexadecimal digits, was '" + sha256 + "'");
        }
    }

    /**
     * The metadata of bytes stored under {@code id} with the descriptor's labels.
     *
     * @param id where the bytes are stored
     * @param descriptor the file name and content type the caller gave
     * @param size the number of bytes the store measured
     * @param sha256 the digest the store measured, 64 lower-case hexadecimal digits
     * @return the metadata
     */
    public static AttachmentMetadata of(AttachmentId id, AttachmentDescriptor descriptor, long size, String sha256) {
        return new AttachmentMetadata(id, descriptor.fileName(), descriptor.contentType(), size, sha256);
    }
}
