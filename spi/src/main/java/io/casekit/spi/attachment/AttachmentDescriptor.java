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
 * What the caller says about an attachment it hands to {@link AttachmentStore#put}: the file name
 * people see and the content type to serve it with. Core has already sanitised the name and checked
 * the type against its allow-list; a store keeps both only as labels (it may, for example, set them on
 * a stored object) and never uses the file name to name anything it stores.
 *
 * @param fileName the sanitised file name, e.g. {@code screenshot.png}; never blank
 * @param contentType the media type without parameters, e.g. {@code image/png}; never blank
 */
@API(status = STABLE, since = "0.1.0")
public record AttachmentDescriptor(String fileName, String contentType) {

    /**
     * Checks the components.
     *
     * @param fileName the sanitised file name, e.g. {@code screenshot.png}; never blank
     * @param contentType the media type without parameters, e.g. {@code image/png}; never blank
     * @throws IllegalArgumentException if {@code fileName} or {@code contentType} is blank
     */
    public AttachmentDescriptor {
        Checks.notBlank(fileName, "fileName");
        Checks.notBlank(contentType, "contentType");
    }
}
