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
package io.casekit.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Where uploaded files are kept. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public class AttachmentProperties {

    /** A directory for uploaded files (a FileSystemAttachmentStore); without it and without an AttachmentStore bean, cases take no attachments. */
    private @Nullable Path directory;

    /** {@return the attachment directory, if set} */
    public @Nullable Path getDirectory() {
        return directory;
    }

    /** @param directory the attachment directory */
    public void setDirectory(@Nullable Path directory) {
        this.directory = directory;
    }
}
