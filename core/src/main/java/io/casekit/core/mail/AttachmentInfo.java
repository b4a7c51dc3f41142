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
package io.casekit.core.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What an inbound mail's attachment is, without its content.
 *
 * @param fileName the file name the mail gives
 * @param contentType the MIME type the mail gives
 * @param size the size in bytes
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AttachmentInfo(String fileName, String contentType, long size) {

    /**
     * Checks the components.
     *
     * @param fileName the file name the mail gives
     * @param contentType the MIME type the mail gives
     * @param size the size in bytes
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public AttachmentInfo {
        requireNonNull(fileName, "fileName must not be null");
        requireNonNull(contentType, "contentType must not be null");
        checkArgument(size >= 0, "size must not be negative, was %s", size);
    }
}
