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

import org.apiguardian.api.API;

/** The file formats an export writes. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum ExportFormat {
    /**
     * Comma-separated values (RFC 4180): UTF-8 with a byte order mark (so that Excel reads accents
     * right), CRLF line ends, a header line, fields quoted where needed.
     */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** An Excel workbook (Office Open XML, {@code .xlsx}) with one sheet: a header row, one row per case. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String fileExtension;

    ExportFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** {@return the media type to send the file with, e.g. as an HTTP {@code Content-Type}} */
    public String mediaType() {
        return mediaType;
    }

    /** {@return the file name extension, without the dot: {@code csv} or {@code xlsx}} */
    public String fileExtension() {
        return fileExtension;
    }
}
