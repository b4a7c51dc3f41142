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

import io.casekit.core.Casekit;
import io.casekit.export.internal.ExportRun;
import io.casekit.spi.identity.IdentityProvider;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes the case lists of one {@link Casekit} as CSV or xlsx. Build it once next to the Casekit and
 * share it: it is immutable and thread-safe, and each {@link #write} is independent.
 *
 * <pre>{@code
 * CaseExport export = CaseExport.builder(casekit).identity(directory).build();
 * ExportResult result = export.write(ExportRequest.builder()
 *         .actor(actorId).format(ExportFormat.CSV).view("open")
 *         .locale(reader.language()).zone(ZoneId.of("Europe/Brussels"))
 *         .build(), response.getOutputStream());
 * }</pre>
 *
 * <p><b>Who sees what.</b> The export reads through {@link io.casekit.core.cases.CaseService#search},
 * page by page with keyset cursors, so the core's access rules apply: a contact's export holds its own
 * customer's cases only.
 *
 * <p><b>Formula injection.</b> A text cell that starts with {@code =}, {@code +}, {@code -}, {@code
 * @}, a tab or a carriage return gets a single quote in front ({@code '=1+1}), as OWASP advises for
 * CSV. The xlsx export writes every text as a string cell (never a formula) and neutralises it the
 * same way, so that a workbook saved again as CSV stays safe. Numbers, dates and yes/no values are
 * typed and never start a formula.
 *
 * <p><b>Memory.</b> CSV is streamed to the output stream as the pages are read. An xlsx workbook
 * keeps a window of {@link Builder#xlsxRowWindow} rows in memory and the rest in a compressed
 * temporary file (Apache POI's SXSSF, under {@code java.io.tmpdir}), which is always deleted when
 * {@link #write} returns or throws; the workbook reaches the output stream at the end. The memory
 * an export needs grows with the page size and the window, not with the number of cases.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CaseExport {

    /** The xlsx rows kept in memory when the builder names no window. */
    public static final int DEFAULT_XLSX_ROW_WINDOW = 100;

    private final Casekit casekit;
    private final Optional<IdentityProvider> identity;
    private final int xlsxRowWindow;

    private CaseExport(Builder b) {
        this.casekit = b.casekit;
        this.identity = Optional.ofNullable(b.identity);
        this.xlsxRowWindow = b.xlsxRowWindow;
    }

    /**
     * An export of the Casekit's cases that writes ids for customers, contacts and owners.
     *
     * @param casekit the Casekit whose cases to export
     * @return the export
     */
    public static CaseExport of(Casekit casekit) {
        return builder(casekit).build();
    }

    /**
     * A builder of an export of the Casekit's cases.
     *
     * @param casekit the Casekit whose cases to export
     * @return a new builder
     */
    public static Builder builder(Casekit casekit) {
        return new Builder(casekit);
    }

    /**
     * Writes the request's cases to the stream: a header row, then one row per case in the
     * request's order. The stream is flushed, never closed: the caller owns it (and closes it).
     *
     * <p>Everything the request can be refused for is checked before anything is written: a column
     * of a custom field that no definition declares, an unknown view, an unknown actor. If writing
     * fails later (the stream throws, the progress listener throws), the stream may hold part of a
     * file, which the caller discards; temporary files are deleted before the failure is thrown.
     *
     * @param request what to export, for whom
     * @param out where to write the file; not closed
     * @return how many cases and pages were written
     * @throws InvalidExportException naming the field, if the request names a view the actor's
     *     definition lacks ({@code view}) or a custom field no definition of this Casekit declares
     *     ({@code columns[i]}); nothing was written
     * @throws io.casekit.core.cases.AccessDeniedException if the actor is unknown; nothing was written
     * @throws UnsupportedOperationException if the store answers no queries; nothing was written
     * @throws java.io.UncheckedIOException if the stream (or a temporary file) fails; temporary files
     *     are deleted first
     */
    public ExportResult write(ExportRequest request, OutputStream out) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(out, "out");
        return new ExportRun(casekit, identity, xlsxRowWindow, request).writeTo(out);
    }

    @Override
    public String toString() {
        return "CaseExport[names=" + (identity.isPresent() ? "identity provider" : "ids") + ", xlsxRowWindow=" + xlsxRowWindow + "]";
    }

    /**
     * Builds a {@link CaseExport}. Each setter checks its argument at once and may be called once. Not
     * thread-safe.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {

        private final Casekit casekit;
        private @Nullable IdentityProvider identity;
        private int xlsxRowWindow = DEFAULT_XLSX_ROW_WINDOW;
        private boolean xlsxRowWindowSet;

        private Builder(Casekit casekit) {
            this.casekit = Objects.requireNonNull(casekit, "casekit");
        }

        /**
         * Writes names instead of ids: the customer's name, the contact's and the owning agent's
         * display names (a team owner stays its id), looked up in this identity provider (usually the
         * one the Casekit was built with) and cached for the length of one export. An id the provider
         * does not know is written as it is.
         *
         * @param value the identity provider
         * @return this builder
         * @throws IllegalStateException if it was set before
         */
        public Builder identity(IdentityProvider value) {
            if (identity != null) {
                throw new IllegalStateException("identity was already set to " + identity);
            }
            identity = Objects.requireNonNull(value, "identity");
            return this;
        }

        /**
         * How many xlsx rows stay in memory before older ones go to the temporary file; {@value
         * #DEFAULT_XLSX_ROW_WINDOW} when not set.
         *
         * @param value 1 to 10,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if it was set before
         */
        public Builder xlsxRowWindow(int value) {
            if (xlsxRowWindowSet) {
                throw new IllegalStateException("xlsxRowWindow was already set to " + xlsxRowWindow);
            }
            if (value < 1 || value > 10_000) {
                throw new IllegalArgumentException("xlsxRowWindow must be 1 to 10000, was " + value);
            }
            xlsxRowWindow = value;
            xlsxRowWindowSet = true;
            return this;
        }

        /** {@return the export} */
        public CaseExport build() {
            return new CaseExport(this);
        }
    }
}
