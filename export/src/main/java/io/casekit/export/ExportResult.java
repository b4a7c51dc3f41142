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
package io.casekit.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an export wrote.
 *
 * @param format the file format
 * @param cases how many cases (rows below the header) it wrote
 * @param pages how many pages of cases it read
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ExportResult(ExportFormat format, long cases, long pages) {

    /**
     * Checks the components.
     *
     * @param format the file format
     * @param cases how many cases (rows below the header) it wrote
     * @param pages how many pages of cases it read
     * @throws IllegalArgumentException if a count is negative
     */
    public ExportResult {
        Objects.requireNonNull(format, "format");
        if (cases < 0 || pages < 0) {
            throw new IllegalArgumentException("counts must not be negative: cases " + cases + ", pages " + pages);
        }
    }
}
