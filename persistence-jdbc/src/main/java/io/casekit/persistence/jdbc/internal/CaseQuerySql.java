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
package io.casekit.persistence.jdbc.internal;

import io.casekit.spi.model.Owner;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import io.casekit.spi.query.CaseSortField;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.query.PageCursor;
import io.casekit.spi.query.SearchPattern;
import io.casekit.spi.query.SortDirection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link CaseQuery} or a count into one parameterised SELECT on {@code casekit_case}. The SQL
 * text is built from constant column names and the number of values only; every value, also a
 * search pattern, is a bind parameter (LIKE metacharacters in it escaped by {@link
 * SearchPattern#likePattern()}). Paging is keyset paging: the cursor's position becomes a row
 * comparison {@code (column, id) > (?, ?)} that an index on the sort column and id serves, never an
 * OFFSET.
 *
 * @param sql the statement
 * @param parameters its parameters in order: {@link String}, {@link Instant} or {@code String[]} (an array)
 */
public record CaseQuerySql(String sql, List<Object> parameters) {

    public CaseQuerySql {
        parameters = List.copyOf(parameters);
    }

    /** The statement of one page of a query: the page's cases and one more, if there is one. */
    public static CaseQuerySql search(CaseQuery query) {
        Where where = new Where(query.filter());
        CaseSort sort = query.sort();
        String column = column(sort.field());
        boolean ascending = sort.direction() == SortDirection.ASCENDING;
        if (query.after().isPresent()) {
            PageCursor cursor = query.after().get();
            where.add("(" + column + ", id) " + (ascending ? ">" : "<") + " (?, ?)", cursor.value(), cursor.caseId().value());
        }
        String direction = ascending ? " ASC" : " DESC";
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (String pinned : pinned(query.filter())) {
            if (!pinned.equals(column)) {
                order.append(pinned).append(direction).append(", ");
            }
        }
        order.append(column).append(direction).append(", id").append(direction);
        return new CaseQuerySql("SELECT " + CaseTable.SELECT_COLUMNS + " FROM " + CaseTable.TABLE + where.sql() + order
                + " LIMIT " + (query.pageSize() + 1), where.parameters);
    }

    /**
     * The leading columns of the list indexes that the filter pins to one value, in index order. They
     * lead the ORDER BY too: the rows come in the same order (the columns are constant), and H2 reads
     * an index in order, stopping at the page's end, only when the ORDER BY starts at the index's first
     * column; without them it reads every matching row and sorts them (V15's indexes, measured on
     * 100,000 cases: 0.1 ms instead of 50 ms for a customer's list, 0.2 ms instead of 700 ms for the
     * desk's queue).
     */
    private static List<String> pinned(CaseFilter filter) {
        List<String> columns = new ArrayList<>(2);
        if (filter.customerIds().size() == 1) {
            columns.add("customer_id");
        }
        if (filter.states().size() == 1) {
            columns.add("state");
        }
        return columns;
    }

    /** The statement that counts a filter's cases per code of a dimension: rows of (code, count). */
    public static CaseQuerySql count(CaseFilter filter, CountDimension dimension) {
        Where where = new Where(filter);
        String column = column(dimension);
        return new CaseQuerySql("SELECT " + column + ", COUNT(*) FROM " + CaseTable.TABLE + where.sql() + " GROUP BY " + column,
                where.parameters);
    }

    /** Binds the parameters to a prepared {@link #sql()}. */
    public void bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof Instant at) {
                Columns.setInstant(ps, i++, at);
            } else if (parameter instanceof String[] texts) {
                ps.setArray(i++, ps.getConnection().createArrayOf("varchar", texts));
            } else {
                ps.setString(i++, (String) parameter);
            }
        }
    }

    private static String column(CaseSortField field) {
        return switch (field) {
            case NUMBER -> "number";
            case TITLE -> "title";
            case CUSTOMER -> "customer_id";
            case CASE_TYPE -> "case_type";
            case PRIORITY -> "priority";
            case STATUS_REASON -> "status_reason";
            case STATE -> "state";
            case CREATED -> "created_at";
            case MODIFIED -> "modified_at";
        };
    }

    private static String column(CountDimension dimension) {
        return switch (dimension) {
            case PRIORITY -> "priority";
            case STATUS_REASON -> "status_reason";
            case STATE -> "state";
            case CASE_TYPE -> "case_type";
            case CUSTOMER -> "customer_id";
        };
    }

    /** The conditions of a filter, ANDed, with their parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        Where(CaseFilter f) {
            in("customer_id", f.customerIds());
            in("contact_id", f.contactIds());
            in("state", f.states().stream().map(Enum::name).toList());
            in("status_reason", f.statusReasons());
            in("priority", f.priorities());
            in("case_type", f.caseTypes());
            owners(f);
            bound("created_at >= ?", f.createdFrom());
            bound("created_at < ?", f.createdBefore());
            bound("modified_at >= ?", f.modifiedFrom());
            bound("modified_at < ?", f.modifiedBefore());
            f.search().ifPresent(search -> {
                String like = search.likePattern();
                add("(number_key LIKE ? ESCAPE '" + SearchPattern.LIKE_ESCAPE + "' OR title_key LIKE ? ESCAPE '"
                        + SearchPattern.LIKE_ESCAPE + "')", like, like);
            });
        }

        void add(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(List.of(values));
        }

        /**
         * {@code column = ?} for one value, so that an index on the column also serves the sort
         * (PostgreSQL reads {@code state = ?} in index order, not {@code state = ANY(?)}); else
         * {@code column = ANY(?)} with the values as one array parameter: one statement text for any
         * number of values. Not {@code IN (?, ?)}: H2 2.5 answers a re-executed IN-list query that
         * also has a keyset condition wrongly (repeats or drops rows; QueryDifferentialTest found it).
         */
        private void in(String column, Collection<String> values) {
            if (values.size() == 1) {
                add(column + " = ?", values.iterator().next());
            } else if (!values.isEmpty()) {
                add(column + " = ANY(?)", (Object) values.stream().sorted().toArray(String[]::new));
            }
        }

        private void owners(CaseFilter f) {
            if (f.owners().isEmpty() && !f.unassigned()) {
                return;
            }
            List<String> alternatives = new ArrayList<>();
            for (Owner owner : f.owners()) {
                alternatives.add("(owner_kind = ? AND owner_id = ?)");
                parameters.add(ValueCodec.ownerKind(owner));
                parameters.add(owner.id());
            }
            if (f.unassigned()) {
                alternatives.add("owner_kind IS NULL");
            }
            conditions.add("(" + String.join(" OR ", alternatives) + ")");
        }

        private void bound(String condition, Optional<Instant> value) {
            value.ifPresent(at -> add(condition, at));
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
