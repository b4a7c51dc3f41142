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

import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * Where an uploaded file's bytes come from, opened only once the whole upload has passed its checks
 * (so a refused upload reads nothing). {@link Attachments} opens it at most once and closes what it
 * opened.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface ContentSource {

    /**
     * Opens the bytes, e.g. a multipart request part's stream.
     *
     * @return a new stream of the bytes, from the start; the caller closes it
     * @throws IOException if the bytes cannot be read
     */
    InputStream open() throws IOException;
}
