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
import io.casekit.spi.model.Case;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.timer.Timer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The statements that write one commit on a connection, inside the caller's transaction:
 *
 * <ul>
 *   <li>PostgreSQL: the case row (INSERT, or UPDATE under the version check), its events, its
 *       timer changes and its notifications in one statement (a data-modifying CTE: one round trip,
 *       its own transaction on an auto-commit connection).
 *   <li>H2 (no data-modifying CTEs, and no round trips to save, embedded): the case row's
 *       statement, one INSERT of the events (a batch if several), the timer changes as batches, the
 *       notifications as a batch.
 * </ul>
 *
 * <p>An UPDATE of the case row writes its wide columns (description, custom fields, SLA instances,
 * links) only if the commit changes them, as far as the store knows the stored row ({@link
 * RowCache}); otherwise all of them.
 *
 * <p>Stateless apart from the dialect's statement cache; thread-safe.
 */
final class CommitStatements {

    private final Sql sql;

    CommitStatements(Sql sql) {
        this.sql = sql;
    }

    /** Whether the commit is written by one statement (so that it can run as its own transaction). */
    boolean isOneStatement(EncodedCommit encoded) {
        return sql.oneStatementCommits();
    }

    /**
     * Writes the commit.
     *
     * @return false if the case row's version check failed (then nothing of the commit was written)
     */
    boolean write(Connection c, EncodedCommit encoded) throws SQLException {
        return sql.oneStatementCommits() ? writeInOneStatement(c, encoded) : writeInSteps(c, encoded);
    }

    private boolean writeInOneStatement(Connection c, EncodedCommit encoded) throws SQLException {
        CaseCommit commit = encoded.commit();
        Case state = commit.state();
        List<CaseEvent> events = commit.events();
        List<Notification> notifications = commit.notifications();
        String statement = commit.creates()
                ? sql.createWithEvents(events.size(), encoded.schedules().size(), encoded.cancels().size(), notifications.size())
                : sql.updateWithEvents(events.size(), encoded.schedules().size(), encoded.cancels().size(), notifications.size(),
                        encoded.wide());
        int inserted;
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            int next = commit.creates()
                    ? CaseTable.bindInsert(ps, state)
                    : CaseTable.bindUpdate(ps, state, commit.expectedVersion(), encoded.expectedEventCount(), encoded.wide());
            for (Timer timer : encoded.schedules()) {
                next = TimerTable.bindScheduleRow(ps, next, timer);
            }
            for (String name : encoded.cancels()) {
                ps.setString(next++, name);
            }
            for (Notification notification : notifications) {
                next = OutboxTable.bindRow(ps, next, notification);
            }
            for (int i = 0; i < events.size(); i++) {
                next = EventTable.bindRow(ps, next, events.get(i), encoded.kinds().get(i), encoded.payloads().get(i));
            }
            inserted = ps.executeUpdate();
        }
        if (inserted == 0 && !commit.creates()) {
            return false;
        }
        if (inserted != events.size()) {
            throw new SQLException("the commit of case " + state.id() + " wrote " + inserted + " of " + events.size() + " events");
        }
        return true;
    }

    private boolean writeInSteps(Connection c, EncodedCommit encoded) throws SQLException {
        CaseCommit commit = encoded.commit();
        Case state = commit.state();
        if (commit.creates()) {
            try (PreparedStatement ps = c.prepareStatement(sql.cases().insert())) {
                CaseTable.bindInsert(ps, state);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement(sql.cases().update(encoded.wide()))) {
                CaseTable.bindUpdate(ps, state, commit.expectedVersion(), encoded.expectedEventCount(), encoded.wide());
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
        }
        List<CaseEvent> events = commit.events();
        try (PreparedStatement ps = c.prepareStatement(sql.events().insert())) {
            if (events.size() == 1) {
                EventTable.bind(ps, events.get(0), encoded.kinds().get(0), encoded.payloads().get(0));
                ps.executeUpdate();
            } else {
                for (int i = 0; i < events.size(); i++) {
                    EventTable.bind(ps, events.get(i), encoded.kinds().get(i), encoded.payloads().get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        writeTimers(c, state, encoded.schedules(), encoded.cancels());
        OutboxTable.insert(c, commit.notifications());
        return true;
    }

    /** Applies a commit's timer changes, after its case row, in its transaction. */
    private void writeTimers(Connection c, Case state, List<Timer> schedules, List<String> cancels) throws SQLException {
        if (!schedules.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(sql.timers().upsert())) {
                for (Timer timer : schedules) {
                    TimerTable.bindSchedule(ps, timer);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!cancels.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(sql.timers().delete())) {
                for (String name : cancels) {
                    ps.setString(1, state.id().value());
                    ps.setString(2, name);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
