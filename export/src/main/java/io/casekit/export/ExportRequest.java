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

import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One export to write: whose, which cases in which order, which columns, in which format, for which
 * reader. Immutable; build it with {@link #builder()}.
 *
 * <pre>{@code
 * ExportRequest request = ExportRequest.builder()
 *         .actor("acme-anna")
 *         .format(ExportFormat.XLSX)
 *         .query(listQuery)               // the list the portal shows: its filter and sort
 *         .locale(Locale.forLanguageTag("nl"))
 *         .zone(ZoneId.of("Europe/Brussels"))
 *         .build();
 * }</pre>
 *
 * <p>An export holds every case of the selection the actor may see, from the first: a list's page
 * size and cursor do not limit it. It reads them {@code pageSize} cases at a time.
 *
 * @param actorId the exporting actor's id; the export holds only the cases this actor may see
 * @param format the file format
 * @param selection which cases
 * @param sort the order of the rows
 * @param columns the columns, in order, at least one, none twice
 * @param locale the reader's language (labels, headers); only its language counts
 * @param zone the reader's time zone, in which instants are written
 * @param pageSize how many cases each read fetches, 1 to {@value CaseQuery#MAX_PAGE_SIZE}
 * @param progress hears the number of cases written after each page
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ExportRequest(
        String actorId,
        ExportFormat format,
        CaseSelection selection,
        CaseSort sort,
        List<ExportColumn> columns,
        Locale locale,
        ZoneId zone,
        int pageSize,
        ExportProgress progress) {

    /** The number of cases each read fetches when the request names none. */
    public static final int DEFAULT_PAGE_SIZE = 500;

    /**
     * Checks every component and copies the columns.
     *
     * @param actorId the exporting actor's id; the export holds only the cases this actor may see
     * @param format the file format
     * @param selection which cases
     * @param sort the order of the rows
     * @param columns the columns, in order, at least one, none twice
     * @param locale the reader's language (labels, headers); only its language counts
     * @param zone the reader's time zone, in which instants are written
     * @param pageSize how many cases each read fetches, 1 to {@value CaseQuery#MAX_PAGE_SIZE}
     * @param progress hears the number of cases written after each page
     * @throws InvalidExportException naming the field if a component is missing, the actor id blank,
     *     the page size out of range, or the columns empty or repeated
     */
    public ExportRequest {
        required(format, "format");
        required(selection, "selection");
        required(sort, "sort");
        required(columns, "columns");
        required(locale, "locale");
        required(zone, "zone");
        required(progress, "progress");
        checkActor(actorId);
        checkPageSize(pageSize);
        columns = checkColumns(columns);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    private static void required(@Nullable Object value, String field) {
        if (value == null) {
            throw new InvalidExportException(field, "is required");
        }
    }

    private static String checkActor(@Nullable String actorId) {
        if (actorId == null || actorId.isBlank()) {
            throw new InvalidExportException("actorId", "must not be blank: the export holds the cases this actor may see");
        }
        return actorId;
    }

    private static int checkPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > CaseQuery.MAX_PAGE_SIZE) {
            throw new InvalidExportException("pageSize", "must be 1 to " + CaseQuery.MAX_PAGE_SIZE + ", was " + pageSize);
        }
        return pageSize;
    }

    private static List<ExportColumn> checkColumns(List<ExportColumn> columns) {
        if (columns.isEmpty()) {
            throw new InvalidExportException("columns", "must name at least one column");
        }
        Set<ExportColumn> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            ExportColumn column = columns.get(i);
            if (column == null) {
                throw new InvalidExportException("columns[" + i + "]", "must not be null");
            }
            if (!seen.add(column)) {
                throw new InvalidExportException("columns[" + i + "]", column + " is already column " + columns.indexOf(column));
            }
        }
        return List.copyOf(columns);
    }

    /**
     * Builds an {@link ExportRequest}. Each setter checks its argument at once and may be called once;
     * {@link #build()} checks that the required parts are there: the actor, the format, the selection
     * (a query, a filter or a view), the locale and the time zone. Not thread-safe.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {

        private @Nullable String actorId;
        private @Nullable ExportFormat format;
        private @Nullable CaseSelection selection;
        private @Nullable CaseSort sort;
        private @Nullable List<ExportColumn> columns;
        private @Nullable Locale locale;
        private @Nullable ZoneId zone;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private boolean pageSizeSet;
        private @Nullable ExportProgress progress;

        private Builder() {}

        private static void once(@Nullable Object current, String field) {
            if (current != null) {
                throw new IllegalStateException(field + " was already set to " + current);
            }
        }

        /**
         * The exporting actor: the export holds only the cases it may see (a contact its own
         * customer's).
         *
         * @param value the actor's id in the identity provider
         * @return this builder
         * @throws InvalidExportException naming the field {@code actorId} if the id is blank
         * @throws IllegalStateException if the actor was set before
         */
        public Builder actor(String value) {
            once(actorId, "actorId");
            actorId = checkActor(value);
            return this;
        }

        /**
         * The file format.
         *
         * @param value CSV or XLSX
         * @return this builder
         * @throws IllegalStateException if the format was set before
         */
        public Builder format(ExportFormat value) {
            once(format, "format");
            format = Objects.requireNonNull(value, "format");
            return this;
        }

        /**
         * The list a portal shows: its filter and its sort. Its page size and cursor do not limit the
         * export, which holds every matching case from the first.
         *
         * @param value the list's query
         * @return this builder
         * @throws IllegalStateException if a selection or a sort was set before
         */
        public Builder query(CaseQuery value) {
            Objects.requireNonNull(value, "query");
            select(CaseSelection.matching(value.filter()));
            return sort(value.sort());
        }

        /**
         * The cases matching a filter.
         *
         * @param value the filter
         * @return this builder
         * @throws IllegalStateException if a selection was set before
         */
        public Builder filter(CaseFilter value) {
            return select(CaseSelection.matching(value));
        }

        /**
         * The cases of a view of the workflow definition (see {@link CaseSelection#view}).
         *
         * @param viewCode the view's code, e.g. {@code open-waiting-customer}
         * @return this builder
         * @throws InvalidExportException naming the field {@code view} if the code is blank
         * @throws IllegalStateException if a selection was set before
         */
        public Builder view(String viewCode) {
            return select(CaseSelection.view(viewCode));
        }

        /**
         * Which cases, as a selection.
         *
         * @param value the selection
         * @return this builder
         * @throws IllegalStateException if a selection was set before (by this, {@link #query}, {@link
         *     #filter} or {@link #view})
         */
        public Builder select(CaseSelection value) {
            once(selection, "selection");
            selection = Objects.requireNonNull(value, "selection");
            return this;
        }

        /**
         * The order of the rows; {@link CaseSort#NEWEST_CHANGE_FIRST} when not set (or the query's).
         *
         * @param value the sort
         * @return this builder
         * @throws IllegalStateException if the sort was set before (also by {@link #query})
         */
        public Builder sort(CaseSort value) {
            once(sort, "sort");
            sort = Objects.requireNonNull(value, "sort");
            return this;
        }

        /**
         * The columns, in order; {@link ExportColumn#defaults()} when not set.
         *
         * @param value the columns, at least one, none twice
         * @return this builder
         * @throws InvalidExportException naming the field if the list is empty or names a column twice
         * @throws IllegalStateException if the columns were set before
         */
        public Builder columns(List<? extends ExportColumn> value) {
            once(columns, "columns");
            columns = checkColumns(new ArrayList<>(Objects.requireNonNull(value, "columns")));
            return this;
        }

        /**
         * The columns, in order; {@link ExportColumn#defaults()} when not set.
         *
         * @param value the columns, at least one, none twice
         * @return this builder
         * @throws InvalidExportException naming the field if there is none or a column comes twice
         * @throws IllegalStateException if the columns were set before
         */
        public Builder columns(ExportColumn... value) {
            return columns(Arrays.asList(Objects.requireNonNull(value, "columns")));
        }

        /**
         * The reader's language: of the headers and of the labels of status reasons, priorities, case
         * types and stages (each label falls back as {@link io.casekit.core.workflow.Labels#text}
         * does). Required.
         *
         * @param value the reader's locale; only its language counts
         * @return this builder
         * @throws IllegalStateException if the locale was set before
         */
        public Builder locale(Locale value) {
            once(locale, "locale");
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * The reader's time zone, in which the export writes instants. Required.
         *
         * @param value the time zone
         * @return this builder
         * @throws IllegalStateException if the zone was set before
         */
        public Builder zone(ZoneId value) {
            once(zone, "zone");
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * How many cases each read fetches; {@value #DEFAULT_PAGE_SIZE} when not set. The memory an
         * export needs grows with it, not with the number of cases.
         *
         * @param value 1 to {@value CaseQuery#MAX_PAGE_SIZE}
         * @return this builder
         * @throws InvalidExportException naming the field {@code pageSize} if out of range
         * @throws IllegalStateException if the page size was set before
         */
        public Builder pageSize(int value) {
            if (pageSizeSet) {
                throw new IllegalStateException("pageSize was already set to " + pageSize);
            }
            pageSize = checkPageSize(value);
            pageSizeSet = true;
            return this;
        }

        /**
         * Hears how many cases were written, after each page; none when not set.
         *
         * @param value the listener
         * @return this builder
         * @throws IllegalStateException if the listener was set before
         */
        public Builder progress(ExportProgress value) {
            once(progress, "progress");
            progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws InvalidExportException naming the first missing field: {@code actorId}, {@code
         *     format}, {@code selection} (set a query, a filter or a view), {@code locale} or {@code zone}
         */
        public ExportRequest build() {
            if (actorId == null) {
                throw new InvalidExportException("actorId", "is required: the export holds the cases this actor may see");
            }
            if (format == null) {
                throw new InvalidExportException("format", "is required: CSV or XLSX");
            }
            if (selection == null) {
                throw new InvalidExportException("selection", "is required: a query, a filter or a view");
            }
            if (locale == null) {
                throw new InvalidExportException("locale", "is required: the reader's language");
            }
            if (zone == null) {
                throw new InvalidExportException("zone", "is required: the reader's time zone");
            }
            return new ExportRequest(actorId, format, selection, sort == null ? CaseSort.NEWEST_CHANGE_FIRST : sort,
                    columns == null ? ExportColumn.defaults() : columns, locale, zone, pageSize,
                    progress == null ? ExportProgress.none() : progress);
        }
    }
}
