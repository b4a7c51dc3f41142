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
package io.casekit.export.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes one table in one file format: a header, rows, then {@link #finish()}. {@link #close()}
 * releases what the writer holds (temporary files), finished or not, and never closes the caller's
 * stream. Not thread-safe.
 */
interface TableWriter extends Closeable {

    void header(List<String> headers) throws IOException;

    void row(List<CellValue> cells) throws IOException;

    /** Writes whatever is still held back and flushes the caller's stream. */
    void finish() throws IOException;
}
