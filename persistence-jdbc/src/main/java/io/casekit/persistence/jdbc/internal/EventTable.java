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

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.CaseId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one place that maps an event to its row in {@code casekit_event} and back: the header in
 * columns, the rest in the JSON payload that {@link EventCodec} writes. Also builds the multi-row
 * form PostgreSQL uses to write a case's row and its events in one statement.
 *
 * <p>SQL text is built from constant names only; every value is a bind parameter. Immutable;
 * thread-safe.
 */
public final class EventTable {

    /** The table. */
    public static final String TABLE = "casekit_event";

    /** The columns, in bind order. */
    static final String COLUMNS = "case_id, sequence, version, occurred_at, actor_kind, actor_id, kind, payload";

    /** Bind parameters per event in {@link #bindRow} (every column but {@code case_id}). */
    static final int ROW_PARAMETERS = 7;

    private final String insert;
    private final String select;
    private final String jsonPlaceholder;
    private final ConcurrentMap<Integer, String> valuesRows = new ConcurrentHashMap<>();

    /** The statements for a dialect whose JSON bind placeholder is {@code jsonPlaceholder}. */
    public EventTable(String jsonPlaceholder) {
        this.jsonPlaceholder = jsonPlaceholder;
        insert = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, " + jsonPlaceholder + ")";
        select = "SELECT sequence, version, occurred_at, actor_kind, actor_id, kind, payload FROM " + TABLE
                + " WHERE case_id = ? ORDER BY sequence";
    }

    /** Inserts one event; bind with {@link #bind}. */
    public String insert() {
        return insert;
    }

    /** A case's events in sequence order; the one parameter is the case id. */
    public String select() {
        return select;
    }

    /** The columns, for a probe of the schema. */
    public static String columns() {
        return COLUMNS;
    }

    /**
     * {@code INSERT INTO casekit_event ... SELECT <source>.id, e.* FROM <source> CROSS JOIN (VALUES
     * <count rows>) e}: inserts {@code count} events for the case whose id the CTE {@code source}
     * returns, none if it returns no row. Bind each row with {@link #bindRow}.
     */
    public String insertFrom(String source, int count) {
        return "INSERT INTO " + TABLE + " (" + COLUMNS + ") SELECT " + source + ".id, e.sequence, e.version, e.occurred_at,"
                + " e.actor_kind, e.actor_id, e.kind, e.payload FROM " + source + " CROSS JOIN (VALUES " + valuesRows(count)
                + ") AS e (sequence, version, occurred_at, actor_kind, actor_id, kind, payload)";
    }

    private String valuesRows(int count) {
        return valuesRows.computeIfAbsent(count, n -> {
            String row = "(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR),"
                    + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), " + jsonPlaceholder + ")";
            return String.join(", ", java.util.Collections.nCopies(n, row));
        });
    }

    /** Binds the parameters of {@link #insert()}. */
    public static void bind(PreparedStatement ps, CaseEvent event, String kind, String payload) throws SQLException {
        ps.setString(1, event.header().caseId().value());
        bindRow(ps, 2, event, kind, payload);
    }

    /** Binds one event's columns but {@code case_id} from {@code index} on; returns the next index. */
    public static int bindRow(PreparedStatement ps, int index, CaseEvent event, String kind, String payload) throws SQLException {
        EventHeader h = event.header();
        int i = index;
        ps.setLong(i++, h.sequence());
        ps.setLong(i++, h.version());
        Columns.setInstant(ps, i++, h.at());
        ps.setString(i++, h.actor().kind().name());
        ps.setString(i++, h.actor().id());
        ps.setString(i++, kind);
        ps.setString(i++, payload);
        return i;
    }

    /** Reads the events of one case from a result of {@link #select()}. */
    public static List<CaseEvent> read(CaseId id, ResultSet rs) throws SQLException {
        List<CaseEvent> events = new java.util.ArrayList<>();
        while (rs.next()) {
            EventHeader header = new EventHeader(id, rs.getLong(1), rs.getLong(2), Columns.instant(rs, 3),
                    new ActorRef(ActorKind.valueOf(rs.getString(4)), rs.getString(5)));
            events.add(EventCodec.decode(header, rs.getString(6), rs.getString(7)));
        }
        return List.copyOf(events);
    }
}
