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

import io.casekit.persistence.jdbc.Dialect;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/**
 * Every SQL statement the store runs, for one dialect. Where PostgreSQL and H2 differ (the JSON bind
 * placeholders, how a commit is written) the difference is here and
 * nowhere else. Statements are built from constant table and column names; every value is a bind
 * parameter.
 *
 * <p>Immutable apart from a cache of built statements; thread-safe.
 */
public final class Sql {

    private final Dialect dialect;
    private final CaseTable cases;
    private final EventTable events;
    private final TimerTable timers;
    private final boolean oneStatementCommits;
    private final ConcurrentMap<Shape, String> creates = new ConcurrentHashMap<>();
    private final ConcurrentMap<Shape, String> updates = new ConcurrentHashMap<>();

    /** The shape of a one-statement commit: how many events, timers scheduled and timers cancelled. */
    private record Shape(int events, int schedules, int cancels, int notifications, int wide) {}

    private Sql(Dialect dialect, String jsonb, String json, String timerUpsert, boolean oneStatementCommits) {
        this.dialect = dialect;
        this.cases = new CaseTable(jsonb);
        this.events = new EventTable(json);
        this.timers = new TimerTable(timerUpsert);
        this.oneStatementCommits = oneStatementCommits;
    }

    /** The statements of a dialect. */
    public static Sql of(Dialect dialect) {
        return switch (dialect) {
            // jsonb for the case's custom fields and SLAs (queryable, indexable); json for event
            // payloads, which are only ever read whole: stored as written, no conversion. A commit
            // is one statement (a data-modifying CTE): one round trip, atomic on its own.
            case POSTGRESQL -> new Sql(dialect, "?::jsonb", "?::json",
                    "INSERT INTO " + TimerTable.TABLE + " (case_id, name, due_at, token) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (case_id, name) DO UPDATE SET due_at = EXCLUDED.due_at, token = EXCLUDED.token,"
                            + " owner = NULL, lease_until = NULL",
                    true);
            // H2 keeps JSON documents as text (its JSON type would parse each one on every write).
            // H2 has no data-modifying CTEs, and no round trips to save: a commit is a transaction
            // of the case row's statement and a batch of event inserts.
            case H2 -> new Sql(dialect, "?", "?",
                    "MERGE INTO " + TimerTable.TABLE + " (case_id, name, due_at, token, owner, lease_until) KEY (case_id, name)"
                            + " VALUES (?, ?, ?, ?, NULL, NULL)",
                    false);
        };
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The case table's statements. */
    public CaseTable cases() {
        return cases;
    }

    /** The event table's statements. */
    public EventTable events() {
        return events;
    }

    /** The timer table's statements. */
    public TimerTable timers() {
        return timers;
    }

    /**
     * Whether timers and outbox rows are claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED}
     * (PostgreSQL) rather than by a compare-and-set UPDATE of each candidate (H2); see {@link
     * LeaseClaims}.
     */
    public boolean claimsWithSkipLocked() {
        return dialect == Dialect.POSTGRESQL;
    }

    /**
     * Whether a commit is written as one statement ({@link #createWithEvents}, {@link
     * #updateWithEvents}) rather than the case row's statement and a batch of event inserts.
     */
    public boolean oneStatementCommits() {
        return oneStatementCommits;
    }

    /**
     * Inserts a new case and its {@code count} events in one statement; its update count is the
     * number of events inserted. Bind {@link CaseTable#bindInsert}, then each event with {@link
     * EventTable#bindRow}.
     */
    public String createWithEvents(int count) {
        return createWithEvents(count, 0, 0, 0);
    }

    /**
     * {@link #createWithEvents(int)} that also schedules {@code schedules} timers and cancels {@code
     * cancels} timers of the case and stores its {@code notifications}. Bind {@link
     * CaseTable#bindInsert}, then each scheduled timer with {@link TimerTable#bindScheduleRow}, each
     * cancelled timer's name, each notification with {@link OutboxTable#bindRow}, then each event
     * with {@link EventTable#bindRow}.
     */
    public String createWithEvents(int count, int schedules, int cancels, int notifications) {
        return creates.computeIfAbsent(new Shape(count, schedules, cancels, notifications, WideColumns.ALL), s -> "WITH created AS (" + cases.insert()
                + " RETURNING id)" + timerChanges("created", s) + " " + events.insertFrom("created", s.events()));
    }

    /**
     * Updates a case under the version check and inserts its {@code count} events in one statement;
     * its update count is the number of events inserted: 0 if the check failed. Bind {@link
     * CaseTable#bindUpdate}, then each event with {@link EventTable#bindRow}.
     */
    public String updateWithEvents(int count) {
        return updateWithEvents(count, 0, 0, 0, WideColumns.ALL);
    }

    /**
     * {@link #updateWithEvents(int)} that also schedules {@code schedules} timers and cancels {@code
     * cancels} timers of the case and stores its {@code notifications}, only if the version check
     * passed, writing only the wide columns in the mask {@code wide} ({@link WideColumns}). Bind {@link
     * CaseTable#bindUpdate} with that mask, then each scheduled timer with {@link
     * TimerTable#bindScheduleRow}, each cancelled timer's name, each notification with {@link
     * OutboxTable#bindRow}, then each event with {@link EventTable#bindRow}.
     */
    public String updateWithEvents(int count, int schedules, int cancels, int notifications, int wide) {
        return updates.computeIfAbsent(new Shape(count, schedules, cancels, notifications, wide), s -> "WITH updated AS (" + cases.update(wide)
                + " RETURNING id)" + timerChanges("updated", s) + " " + events.insertFrom("updated", s.events()));
    }

    /**
     * The CTEs that apply a commit's timer changes and store its notifications for the case that {@code source} returns. The
     * changes touch distinct keys (a commit changes each timer at most once), so that the
     * sub-statements, which all see one snapshot, never meet on a row.
     */
    private static String timerChanges(String source, Shape shape) {
        StringBuilder sql = new StringBuilder();
        if (shape.schedules() > 0) {
            sql.append(", scheduled AS (").append(TimerTable.scheduleFrom(source, shape.schedules())).append(')');
        }
        if (shape.cancels() > 0) {
            sql.append(", cancelled AS (").append(TimerTable.cancelFrom(source, shape.cancels())).append(')');
        }
        if (shape.notifications() > 0) {
            sql.append(", notified AS (").append(OutboxTable.insertFrom(source, shape.notifications())).append(')');
        }
        return sql.toString();
    }

    /** The id and version of the case with a given id (1st parameter) or number (2nd). */
    public String existing() {
        return "SELECT id, version FROM " + CaseTable.TABLE + " WHERE id = ? OR number = ?";
    }

    /** The version, event count and number of the case with a given id. */
    public String versionOf() {
        return "SELECT version, event_count, number FROM " + CaseTable.TABLE + " WHERE id = ?";
    }

    /**
     * Per table, a query of every column the store uses that finds no row: fails if the schema is
     * missing or incomplete.
     */
    public List<String> probes() {
        return Stream.concat(Stream.of(
                cases.select().replace("WHERE id = ?", "WHERE 1 = 0"),
                "SELECT number_key, title_key FROM " + CaseTable.TABLE + " WHERE 1 = 0",
                "SELECT " + EventTable.columns() + " FROM " + EventTable.TABLE + " WHERE 1 = 0",
                "SELECT case_id, name, due_at, token, owner, lease_until FROM " + TimerTable.TABLE + " WHERE 1 = 0",
                OutboxTable.probe(),
                JdbcCounters.probe(),
                JdbcDefinitionFingerprints.probe(),
                JdbcInvitations.probe(),
                JdbcAccessRequests.probe()), Stream.concat(JdbcVerificationCodes.probes().stream(), JdbcProfiles.probes().stream())).toList();
    }
}
