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

import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.outbox.OutboxEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that maps a {@link Notification} and its delivery state to its row in {@code
 * casekit_outbox} and back, with the statements that store, claim, end and replay them. A row holds
 * the notification (its message in columns), its state, attempts, next attempt time and last
 * failure, and the lease of the node that claimed it ({@code owner}, {@code lease_until}, {@code
 * lease_token}; all NULL while no node holds it). The statements are the same for every dialect.
 *
 * <p>SQL text is built from constant names only; every value is a bind parameter. Stateless;
 * thread-safe.
 */
public final class OutboxTable {

    /** The table. */
    public static final String TABLE = "casekit_outbox";

    private static final String ENTRY_COLUMNS = "id, case_id, event_sequence, created_at, recipient_id, recipient_name, channel,"
            + " address, language, subject, text_body, html_body, thread_id, state, attempts, next_attempt_at, last_failure";

    /** The condition of a claimable row: pending, due (1st parameter: now), and no live lease (2nd: now). */
    private static final String CLAIMABLE = "state = 'PENDING' AND next_attempt_at <= ? AND (lease_token IS NULL OR lease_until <= ?)";

    private OutboxTable() {}

    /** A probe that fails unless every column the store uses exists. */
    public static String probe() {
        return "SELECT " + ENTRY_COLUMNS + ", seq, owner, lease_until, lease_token FROM " + TABLE + " WHERE 1 = 0";
    }

    /**
     * Stores a commit's notifications in its transaction, after its case row; a notification whose
     * id is stored already is kept as it is.
     */
    public static void insert(Connection c, List<Notification> notifications) throws SQLException {
        if (notifications.isEmpty()) {
            return;
        }
        String insert = "INSERT INTO " + TABLE + " (" + ENTRY_COLUMNS + ")"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, CAST(NULL AS VARCHAR) FROM casekit_case"
                + " WHERE id = ? AND NOT EXISTS (SELECT 1 FROM " + TABLE + " WHERE id = ?)";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (Notification n : notifications) {
                int i = bindRow(ps, 1, n);
                Columns.setInstant(ps, i++, n.createdAt());
                ps.setString(i++, n.caseId().value());
                ps.setString(i, n.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * PostgreSQL: the CTE body that stores {@code count} notifications of the case whose id the CTE
     * {@code source} returns (none if it returns no row); a notification whose id is stored already
     * is kept as it is. Bind each with {@link #bindRow}.
     */
    static String insertFrom(String source, int count) {
        String row = "(CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE),"
                + " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS VARCHAR), CAST(? AS TEXT), CAST(? AS VARCHAR), CAST(? AS TEXT),"
                + " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))";
        return "INSERT INTO " + TABLE + " (" + ENTRY_COLUMNS + ") SELECT n.id, n.case_id, n.event_sequence, n.created_at,"
                + " n.recipient_id, n.recipient_name, n.channel, n.address, n.language, n.subject, n.text_body, n.html_body,"
                + " n.thread_id, 'PENDING', 0, n.created_at, CAST(NULL AS TEXT) FROM " + source + " CROSS JOIN (VALUES "
                + String.join(", ", java.util.Collections.nCopies(count, row)) + ") AS n (id, case_id, event_sequence, created_at,"
                + " recipient_id, recipient_name, channel, address, language, subject, text_body, html_body, thread_id)"
                + " WHERE n.case_id = " + source + ".id ON CONFLICT (id) DO NOTHING";
    }

    /**
     * Binds one notification's id, case, event, creation time, recipient and message from {@code
     * index} on; returns the next index.
     */
    static int bindRow(PreparedStatement ps, int index, Notification n) throws SQLException {
        Message m = n.message();
        Recipient r = m.recipient();
        int i = index;
        ps.setString(i++, n.id());
        ps.setString(i++, n.caseId().value());
        ps.setLong(i++, n.eventSequence());
        Columns.setInstant(ps, i++, n.createdAt());
        ps.setString(i++, r.actorId());
        ps.setString(i++, r.displayName());
        ps.setString(i++, r.channel().name());
        ps.setString(i++, r.address());
        ps.setString(i++, r.language().toLanguageTag());
        ps.setString(i++, m.subject());
        ps.setString(i++, m.text());
        if (m.html().isPresent()) {
            ps.setString(i++, m.html().get());
        } else {
            ps.setNull(i++, Types.VARCHAR);
        }
        ps.setString(i++, m.threadId());
        return i;
    }

    /**
     * The candidates of a compare-and-set claim, read without locks: up to {@code limit} claimable
     * rows, earliest due first, then in stored order. Parameters: now, now, limit. Columns: the
     * entry's, then the lease token, then {@code seq}.
     */
    public static String candidates() {
        return "SELECT " + ENTRY_COLUMNS + ", lease_token, seq FROM " + TABLE + " WHERE " + CLAIMABLE
                + " ORDER BY next_attempt_at, seq LIMIT ?";
    }

    /**
     * PostgreSQL's claim in one statement: locks up to {@code limit} claimable rows, earliest due
     * first, skipping rows another transaction holds locked ({@code FOR UPDATE SKIP LOCKED}), and
     * sets the lease on exactly those rows. Parameters: now, now, limit, owner, lease until, lease
     * token. Columns: as {@link #candidates()} (in no particular row order).
     */
    public static String claimLocking() {
        String returning = java.util.Arrays.stream((ENTRY_COLUMNS + ", lease_token, seq").split(", "))
                .map(column -> "o." + column).collect(java.util.stream.Collectors.joining(", "));
        // MATERIALIZED: the locking scan runs exactly once (never inlined into the join)
        return "WITH due AS MATERIALIZED (SELECT id FROM " + TABLE + " WHERE " + CLAIMABLE
                + " ORDER BY next_attempt_at, seq LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " UPDATE " + TABLE + " o SET owner = ?, lease_until = ?, lease_token = ? FROM due WHERE o.id = due.id"
                + " RETURNING " + returning;
    }

    /**
     * Claims one candidate if it is still claimable and nobody claimed it since it was read (its
     * lease token is unchanged); its update count is 1 if this caller won it. Parameters: owner,
     * lease until, new lease token, id, now, now, the token read (twice: NULL-safe comparison).
     */
    public static String compareAndSet() {
        return "UPDATE " + TABLE + " SET owner = ?, lease_until = ?, lease_token = ? WHERE id = ? AND " + CLAIMABLE
                + " AND (lease_token = ? OR (lease_token IS NULL AND CAST(? AS VARCHAR) IS NULL))";
    }

    /**
     * Ends a claimed attempt if the claim is current: sets the state, counts the attempt, sets the
     * next attempt time (or the end time) and the last failure, and drops the lease. Parameters:
     * state, next attempt at, last failure, id, lease token.
     */
    public static String end() {
        return "UPDATE " + TABLE + " SET state = ?, attempts = attempts + 1, next_attempt_at = ?, last_failure = ?,"
                + " owner = NULL, lease_until = NULL, lease_token = NULL WHERE id = ? AND state = 'PENDING' AND lease_token = ?";
    }

    /**
     * Drops the lease of a claimed attempt that did not start, if the claim is current; the row stays
     * pending, due and counted as it was. Parameters: id, lease token.
     */
    public static String release() {
        return "UPDATE " + TABLE + " SET owner = NULL, lease_until = NULL, lease_token = NULL WHERE id = ? AND state = 'PENDING' AND lease_token = ?";
    }

    /** Makes a failed row pending again with no attempts. Parameters: next attempt at, id. */
    public static String replay() {
        return "UPDATE " + TABLE + " SET state = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " owner = NULL, lease_until = NULL, lease_token = NULL WHERE id = ? AND state = 'FAILED'";
    }

    /** Up to {@code limit} failed rows, earliest failed first. Parameter: limit. Columns: the entry's. */
    public static String failed() {
        return "SELECT " + ENTRY_COLUMNS + " FROM " + TABLE + " WHERE state = 'FAILED' ORDER BY next_attempt_at, seq LIMIT ?";
    }

    /** One row by id. Parameter: id. Columns: the entry's. */
    public static String select() {
        return "SELECT " + ENTRY_COLUMNS + " FROM " + TABLE + " WHERE id = ?";
    }

    /** The rows of one case in stored order. Parameter: case id. Columns: the entry's. */
    public static String selectOfCase() {
        return "SELECT " + ENTRY_COLUMNS + " FROM " + TABLE + " WHERE case_id = ? ORDER BY seq";
    }

    /** The entry in the current row of a result with the entry's columns first. */
    public static OutboxEntry read(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        CaseId caseId = new CaseId(rs.getString(2));
        Recipient recipient = new Recipient(rs.getString(5), rs.getString(6), Channel.valueOf(rs.getString(7)), rs.getString(8),
                Locale.forLanguageTag(rs.getString(9)));
        Message message = new Message(id, recipient, rs.getString(10), rs.getString(11), Optional.ofNullable(rs.getString(12)),
                rs.getString(13));
        Notification notification = new Notification(caseId, rs.getLong(3), message, Columns.instant(rs, 4));
        return new OutboxEntry(notification, DeliveryState.valueOf(rs.getString(14)), rs.getInt(15), Columns.instant(rs, 16),
                Optional.ofNullable(rs.getString(17)));
    }
}
