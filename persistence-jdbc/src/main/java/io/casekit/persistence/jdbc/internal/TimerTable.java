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

import io.casekit.spi.model.CaseId;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The one place that maps a {@link Timer} to its row in {@code casekit_timer} and back, with the
 * statements that schedule, cancel, claim and complete timers. A row holds the timer ({@code
 * case_id}, {@code name}, {@code due_at}, {@code token}) and the lease of the node that claimed it
 * ({@code owner}, {@code lease_until}; both NULL while no node holds it).
 *
 * <p>SQL text is built from constant names only; every value is a bind parameter. Immutable;
 * thread-safe.
 */
public final class TimerTable {

    /** The table. */
    public static final String TABLE = "casekit_timer";

    /** Timers in the order they are claimed and listed: earliest due first, then by key. */
    public static final Comparator<Timer> DUE_ORDER = Comparator.comparing(Timer::dueAt)
            .thenComparing(t -> t.key().caseId().value())
            .thenComparing(t -> t.key().name());

    /** The condition of a claimable row: due (1st parameter: now), and no live lease (2nd: now). */
    private static final String CLAIMABLE = "due_at <= ? AND (owner IS NULL OR lease_until <= ?)";

    private final String upsert;

    /** The statements of a dialect whose upsert of one timer is {@code upsert}. */
    TimerTable(String upsert) {
        this.upsert = upsert;
    }

    /**
     * Schedules one timer, replacing the timer of the same key and clearing any lease on it (a new
     * scheduling is claimable at once when due); bind with {@link #bindSchedule}.
     */
    public String upsert() {
        return upsert;
    }

    /** Cancels one timer, if it exists; parameters: case id, name. */
    public String delete() {
        return "DELETE FROM " + TABLE + " WHERE case_id = ? AND name = ?";
    }

    /** The timer of one key; parameters: case id, name. Columns: name, due_at, token. */
    public String select() {
        return "SELECT name, due_at, token FROM " + TABLE + " WHERE case_id = ? AND name = ?";
    }

    /** Every timer of one case, earliest due first, then by name; parameter: case id. Columns: name, due_at, token. */
    public String selectOfCase() {
        return "SELECT name, due_at, token FROM " + TABLE + " WHERE case_id = ? ORDER BY due_at, name";
    }

    /**
     * PostgreSQL's claim in one statement: locks up to {@code limit} claimable rows, earliest due
     * first, skipping rows another transaction holds locked ({@code FOR UPDATE SKIP LOCKED}), and
     * sets the lease on exactly those rows. Parameters: now, now, limit, owner, lease until.
     * Columns: case_id, name, due_at, token (in no particular order).
     */
    public static String claimLocking() {
        // MATERIALIZED: the locking scan runs exactly once (never inlined into the join)
        return "WITH due AS MATERIALIZED (SELECT case_id, name FROM " + TABLE + " WHERE " + CLAIMABLE
                + " ORDER BY due_at, case_id, name LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " UPDATE " + TABLE + " t SET owner = ?, lease_until = ? FROM due"
                + " WHERE t.case_id = due.case_id AND t.name = due.name"
                + " RETURNING t.case_id, t.name, t.due_at, t.token";
    }

    /**
     * The candidates of a compare-and-set claim, read without locks: up to {@code limit} claimable
     * rows, earliest due first. Parameters: now, now, limit. Columns: case_id, name, due_at, token.
     */
    public static String candidates() {
        return "SELECT case_id, name, due_at, token FROM " + TABLE + " WHERE " + CLAIMABLE
                + " ORDER BY due_at, case_id, name LIMIT ?";
    }

    /**
     * Claims one candidate if it is still the same scheduling (token) and still claimable; its update
     * count is 1 if this caller won it, 0 if not. Parameters: owner, lease until, case id, name,
     * token, now, now.
     */
    public static String compareAndSet() {
        return "UPDATE " + TABLE + " SET owner = ?, lease_until = ? WHERE case_id = ? AND name = ? AND token = ? AND "
                + CLAIMABLE;
    }

    /**
     * Removes a claimed timer if it is still the same scheduling held by the same node. Parameters:
     * case id, name, token, owner.
     */
    public static String complete() {
        return "DELETE FROM " + TABLE + " WHERE case_id = ? AND name = ? AND token = ? AND owner = ?";
    }

    /**
     * Drops the lease of a claimed timer that did not fire, if the claim is current. Parameters: case
     * id, name, token, owner, lease until.
     */
    public static String release() {
        return "UPDATE " + TABLE + " SET owner = NULL, lease_until = NULL WHERE case_id = ? AND name = ? AND token = ? AND owner = ?"
                + " AND lease_until = ?";
    }

    /**
     * PostgreSQL: the CTE body that schedules {@code count} timers of the case whose id the CTE
     * {@code source} returns (none if it returns no row). Bind each with {@link #bindScheduleRow}.
     */
    static String scheduleFrom(String source, int count) {
        String row = "(CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR))";
        return "INSERT INTO " + TABLE + " (case_id, name, due_at, token) SELECT " + source + ".id, t.name, t.due_at, t.token"
                + " FROM " + source + " CROSS JOIN (VALUES " + String.join(", ", Collections.nCopies(count, row))
                + ") AS t (name, due_at, token)"
                + " ON CONFLICT (case_id, name) DO UPDATE SET due_at = EXCLUDED.due_at, token = EXCLUDED.token,"
                + " owner = NULL, lease_until = NULL";
    }

    /**
     * PostgreSQL: the CTE body that cancels {@code count} timers (by name) of the case whose id the
     * CTE {@code source} returns. Bind each name with {@link PreparedStatement#setString}.
     */
    static String cancelFrom(String source, int count) {
        return "DELETE FROM " + TABLE + " WHERE case_id IN (SELECT id FROM " + source + ") AND name IN ("
                + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /** Binds {@link #upsert()}: case id, name, due at, token. */
    public static void bindSchedule(PreparedStatement ps, Timer timer) throws SQLException {
        ps.setString(1, timer.key().caseId().value());
        bindScheduleRow(ps, 2, timer);
    }

    /** Binds one timer's name, due time and token from {@code index} on; returns the next index. */
    public static int bindScheduleRow(PreparedStatement ps, int index, Timer timer) throws SQLException {
        int i = index;
        ps.setString(i++, timer.key().name());
        Columns.setInstant(ps, i++, timer.dueAt());
        ps.setString(i++, timer.token());
        return i;
    }

    /** The timers of a case from a result of {@link #select()} or {@link #selectOfCase()}. */
    public static List<Timer> read(CaseId caseId, ResultSet rs) throws SQLException {
        List<Timer> timers = new ArrayList<>();
        while (rs.next()) {
            timers.add(new Timer(new TimerKey(caseId, rs.getString(1)), Columns.instant(rs, 2), rs.getString(3)));
        }
        return timers;
    }

    /** One timer from the current row of a result with the columns case_id, name, due_at, token. */
    public static Timer readWithCase(ResultSet rs) throws SQLException {
        return new Timer(new TimerKey(new CaseId(rs.getString(1)), rs.getString(2)), Columns.instant(rs, 3), rs.getString(4));
    }

    /** The schedules of a commit's timer changes, in key order (the order their rows are locked in). */
    public static List<Timer> schedules(List<TimerChange> changes) {
        return changes.stream().filter(TimerChange.Schedule.class::isInstance).map(c -> ((TimerChange.Schedule) c).timer())
                .sorted(Comparator.comparing(t -> t.key().name()))
                .toList();
    }

    /** The names of the timers a commit's timer changes cancel, in order. */
    public static List<String> cancels(List<TimerChange> changes) {
        return changes.stream().filter(TimerChange.Cancel.class::isInstance).map(c -> c.key().name()).sorted().toList();
    }

    /**
     * An instant as a lease end to store: rounded up to the microsecond the column keeps, so that a
     * stored lease never ends before the one promised.
     */
    public static Instant ceilMicros(Instant at) {
        Instant floor = at.truncatedTo(ChronoUnit.MICROS);
        return floor.equals(at) ? at : floor.plus(1, ChronoUnit.MICROS);
    }

    /**
     * An instant as "now" to compare with stored times: rounded down to the microsecond, which,
     * since every stored time is a whole microsecond, keeps {@code stored <= now} exactly as true
     * as it is (a driver would round the bound value to the nearest microsecond instead).
     */
    public static Instant floorMicros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
