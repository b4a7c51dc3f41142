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

import io.casekit.persistence.jdbc.CaseStoreException;
import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.ConcurrentCounterUpdateException;
import io.casekit.spi.store.CounterIncrement;
import io.casekit.spi.store.DuplicateCaseNumberException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side of the JDBC store: each commit (or {@code commitAll}) is one transaction that
 * advances its counters ({@link JdbcCounters}), writes the case row under the optimistic version
 * check, its events, its timer changes and its notifications ({@link CommitStatements} says with
 * which statements), or nothing. A refused commit says why: a concurrent writer ({@link
 * ConcurrentCaseUpdateException}), a counter that moved ({@link ConcurrentCounterUpdateException}),
 * a taken number ({@link DuplicateCaseNumberException}), a commit that does not continue the stored
 * case ({@link IllegalArgumentException}), anything else the database refuses ({@link
 * CaseStoreException}).
 * Thread-safe.
 */
public final class CaseCommits {

    private static final Logger LOG = LoggerFactory.getLogger(CaseCommits.class);

    private final Transactions tx;
    private final Sql sql;
    private final CommitStatements statements;
    private final RowCache stored;

    /** Commits on the connections of {@code tx}, with the statements of {@code sql}; {@code reads} shares its cache of rows. */
    public CaseCommits(Transactions tx, Sql sql, CaseReads reads) {
        this.tx = requireNonNull(tx, "tx");
        this.sql = requireNonNull(sql, "sql");
        this.statements = new CommitStatements(sql);
        this.stored = reads.rows();
    }

    /** Writes one commit in one transaction. */
    public void commit(CaseCommit commit) {
        requireNonNull(commit, "commit");
        EncodedCommit encoded = EncodedCommit.of(commit, stored);
        write(List.of(encoded), encoded.describe());
    }

    /**
     * Writes several commits in one transaction, in the order of the case ids, so that two
     * multi-case commits lock the case rows in the same order and wait for each other instead of
     * deadlocking; the second one then finds a new version and is refused. Any refusal or failure
     * rolls the whole transaction back.
     */
    public void commitAll(List<CaseCommit> commits) {
        List<CaseCommit> all = new ArrayList<>(CaseCommit.distinct(commits));
        all.sort(Comparator.comparing((CaseCommit commit) -> commit.state().id().value()));
        List<EncodedCommit> encoded = all.stream().map(commit -> EncodedCommit.of(commit, stored)).toList();
        String what = encoded.size() == 1
                ? encoded.get(0).describe()
                : "cases " + all.stream().map(commit -> commit.state().id().value()).toList();
        write(encoded, what);
    }

    private void write(List<EncodedCommit> all, String what) {
        List<CounterIncrement> counters = all.stream().flatMap(encoded -> encoded.commit().counters().stream()).toList();
        boolean oneStatement = counters.isEmpty() && all.size() == 1 && statements.isOneStatement(all.get(0));
        int[] current = {0};
        boolean written = false;
        try {
            atomic(all, counters, what, oneStatement, current);
            written = true;
        } finally {
            for (EncodedCommit encoded : all) {
                if (written) {
                    stored.remember(encoded.commit().state());
                } else {
                    stored.forget(encoded.commit().state().id());
                }
            }
        }
    }

    private void atomic(List<EncodedCommit> all, List<CounterIncrement> counters, String what, boolean oneStatement, int[] current) {
        tx.atomic(what, oneStatement, c -> {
            JdbcCounters.advance(c, counters); // first, in the order of their names: no deadlock with case rows
            for (; current[0] < all.size(); current[0]++) {
                EncodedCommit encoded = all.get(current[0]);
                if (!statements.write(c, encoded)) {
                    throw refusedUpdate(c, encoded);
                }
            }
            return null;
        }, (c, e) -> refused(c, all.get(Math.min(current[0], all.size() - 1)).commit(), what, e));
    }

    /**
     * Why a failed write wrote nothing: a taken id or number for a new case; for a case that exists,
     * a lock the database gave up waiting for or a deadlock it broke (another writer holds or changed
     * the case: reload and retry, as after a version conflict); else the database's error.
     */
    private RuntimeException refused(Connection c, CaseCommit failed, String what, SQLException e) {
        if (failed.creates() && Transactions.isUniqueViolation(e)) {
            return refusedCreate(c, failed.state(), e);
        }
        if (!failed.creates() && Transactions.isLockContention(e)) {
            LOG.debug("commit of {} refused: lock contention [SQLState {}]", what, e.getSQLState());
            ConcurrentCaseUpdateException conflict = new ConcurrentCaseUpdateException(failed.state().id(), failed.expectedVersion(),
                    committedVersion(c, failed.state()).orElse(failed.expectedVersion()));
            conflict.addSuppressed(Transactions.describe(e));
            return conflict;
        }
        return new CaseStoreException("could not commit " + what + " (nothing was written)", Transactions.describe(e));
    }

    /** The version of the case as committed now, read after the rollback; empty if it cannot be read. */
    private Optional<Long> committedVersion(Connection c, Case state) {
        try (PreparedStatement ps = c.prepareStatement(sql.versionOf())) {
            ps.setString(1, state.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The case row's UPDATE found no row with the expected version: says why, from the row as it is
     * now, in the same transaction (which is rolled back).
     */
    private RuntimeException refusedUpdate(Connection c, EncodedCommit encoded) throws SQLException {
        CaseCommit commit = encoded.commit();
        Case state = commit.state();
        try (PreparedStatement ps = c.prepareStatement(sql.versionOf())) {
            ps.setString(1, state.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new ConcurrentCaseUpdateException(state.id(), commit.expectedVersion(), 0);
                }
                long actualVersion = rs.getLong(1);
                long actualEventCount = rs.getLong(2);
                String actualNumber = rs.getString(3);
                if (actualVersion != commit.expectedVersion()) {
                    LOG.debug("commit of case {} refused: expected version {}, found {}", state.id(), commit.expectedVersion(), actualVersion);
                    return new ConcurrentCaseUpdateException(state.id(), commit.expectedVersion(), actualVersion);
                }
                if (!actualNumber.equals(state.number())) {
                    return new IllegalArgumentException("a commit cannot change the case number (" + actualNumber + " to "
                            + state.number() + ")");
                }
                return new IllegalArgumentException("the commit's first event sequence " + (encoded.expectedEventCount() + 1)
                        + " does not follow the stored timeline of case " + state.id() + ", which has " + actualEventCount + " events");
            }
        }
    }

    /**
     * The INSERT of a new case broke a unique constraint (nothing was written; a manual transaction
     * is rolled back already): another case has its id (a concurrent creation) or its number.
     */
    private RuntimeException refusedCreate(Connection c, Case state, SQLException cause) {
        try {
            long actualVersion = -1;
            boolean numberTaken = false;
            try (PreparedStatement ps = c.prepareStatement(sql.existing())) {
                ps.setString(1, state.id().value());
                ps.setString(2, state.number());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals(state.id().value())) {
                            actualVersion = rs.getLong(2);
                        } else {
                            numberTaken = true;
                        }
                    }
                }
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            if (actualVersion >= 0) {
                return new ConcurrentCaseUpdateException(state.id(), 0, actualVersion);
            }
            if (numberTaken) {
                return new DuplicateCaseNumberException(state.number());
            }
            return new CaseStoreException("could not create case " + state.id() + " (nothing was written)", Transactions.describe(cause));
        } catch (SQLException e) {
            e.addSuppressed(cause);
            return new CaseStoreException("could not create case " + state.id() + " (nothing was written)", Transactions.describe(e));
        }
    }
}
