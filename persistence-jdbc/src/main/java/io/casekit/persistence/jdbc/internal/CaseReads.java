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

import static java.util.Objects.requireNonNull;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The read side of the JDBC store: one case by id or number, a case's timeline, and the {@link
 * CaseQueries} (searches and counts). Each read is one statement; a read transaction a manual-commit
 * connection began is ended before the connection goes back. Thread-safe.
 */
public final class CaseReads implements CaseQueries {

    private final Transactions tx;
    private final Sql sql;
    private final RowCache rows = new RowCache();

    /** Reads on the connections of {@code tx}, with the statements of {@code sql}. */
    public CaseReads(Transactions tx, Sql sql) {
        this.tx = requireNonNull(tx, "tx");
        this.sql = requireNonNull(sql, "sql");
    }

    /** The rows this store last read or committed (shared with its commits). */
    RowCache rows() {
        return rows;
    }

    /** The case with this id. */
    public Optional<Case> find(CaseId id) {
        requireNonNull(id, "id");
        return oneCase("find case " + id, sql.cases().select(), id.value());
    }

    /** The case with this number. */
    public Optional<Case> findByNumber(String number) {
        requireNonNull(number, "number");
        return oneCase("find case number " + number, sql.cases().selectByNumber(), number);
    }

    private Optional<Case> oneCase(String what, String statement, String key) {
        Optional<Case> found = tx.read(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(CaseTable.read(rs)) : Optional.<Case>empty();
                }
            }
        });
        found.ifPresent(rows::remember);
        return found;
    }

    /** The case's events in sequence order. */
    public List<CaseEvent> events(CaseId id) {
        requireNonNull(id, "id");
        return tx.read("read the events of case " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.events().select())) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return EventTable.read(id, rs);
                }
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>One SELECT of the page's rows and one more (which only tells that a next page exists),
     * ordered by the sort column and id and continued from the cursor by a row comparison: a page
     * deep in a list costs what the first one costs. The index on (customer, state, modified, id)
     * serves a customer's cases in one state, newest change first; (state, modified, id) the desk's
     * lists of one state.
     */
    @Override
    public CasePage search(CaseQuery query) {
        requireNonNull(query, "query");
        CaseQuerySql statement = CaseQuerySql.search(query);
        return tx.read("search cases", c -> {
            try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
                statement.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Case> found = new ArrayList<>(query.pageSize() + 1);
                    while (rs.next()) {
                        found.add(CaseTable.read(rs));
                    }
                    return CasePage.of(query, found);
                }
            }
        });
    }

    @Override
    public SortedMap<String, Long> count(CaseFilter filter, CountDimension dimension) {
        requireNonNull(filter, "filter");
        requireNonNull(dimension, "dimension");
        CaseQuerySql statement = CaseQuerySql.count(filter, dimension);
        return tx.read("count cases", c -> {
            try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
                statement.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    SortedMap<String, Long> counts = new TreeMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                    return Collections.unmodifiableSortedMap(counts);
                }
            }
        });
    }
}
