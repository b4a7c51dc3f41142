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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one lease-claim routine, for timers and outbox rows alike: hands up to {@code limit} claimable
 * rows to one caller under a lease, so that no two callers (threads or nodes) hold a row at once.
 *
 * <ul>
 *   <li>PostgreSQL: one statement locks up to {@code limit} claimable rows, earliest due first, with
 *       {@code SELECT ... FOR UPDATE SKIP LOCKED}, and sets the lease on exactly the rows it locked
 *       (its own transaction). A row another claimer has locked is skipped rather than waited for;
 *       once that claimer commits, the row carries a live lease and fails the claimable condition
 *       (which PostgreSQL checks again on the newest version of a row it locks). Claimers never
 *       wait for each other.
 *   <li>H2 (which has no {@code SKIP LOCKED}): the candidates are read without locks, then each is
 *       claimed by its own compare-and-set {@code UPDATE}, committed at once, that sets the lease
 *       only if the row is still the one read and still claimable; only rows whose update count is
 *       1 are returned. The UPDATE takes the row lock and evaluates its condition on the newest
 *       committed row, so of two claimers of one row the second updates nothing. Each claimer holds
 *       at most one row lock at a time, so claims cannot deadlock with each other or with commits.
 *       A claimer that lost a candidate reads new candidates, up to {@value #ROUNDS} rounds.
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
public final class LeaseClaims {

    /** How many rounds of candidates a compare-and-set claim reads at most before it returns what it won. */
    static final int ROUNDS = 5;

    private LeaseClaims() {}

    /** A table whose rows are claimed under a lease: its statements and how to bind and read them. */
    public interface Claimable<T> {

        /** PostgreSQL's one-statement claim; bound by {@link #bindLocking}; returns the claimed rows as {@link #read} reads them. */
        String locking();

        /** Binds {@link #locking()}. */
        void bindLocking(PreparedStatement ps, Lease lease, int limit) throws SQLException;

        /** Up to {@code limit} claimable rows, earliest due first, read without locks: parameters now, now, limit. */
        String candidates();

        /** Sets the lease on one candidate if it is still the row read and still claimable. */
        String compareAndSet();

        /** Binds {@link #compareAndSet()} for one candidate. */
        void bindCompareAndSet(PreparedStatement ps, Lease lease, T candidate) throws SQLException;

        /** One row of {@link #candidates()} or {@link #locking()}. */
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The lease a claim sets.
     *
     * @param now the claim's time, rounded down to the stored microsecond
     * @param owner who claims
     * @param until the lease's end, rounded up to the stored microsecond
     * @param token the claim's token (for tables that keep one)
     */
    public record Lease(Instant now, String owner, Instant until, String token) {}

    /**
     * Claims up to {@code limit} rows on the connection; every statement is its own transaction.
     *
     * @param skipLocked whether the database claims with {@code FOR UPDATE SKIP LOCKED}
     * @return the rows won, in no particular order
     */
    public static <T> List<T> claim(Connection c, boolean skipLocked, Claimable<T> table, Lease lease, int limit) throws SQLException {
        return skipLocked ? claimLocking(c, table, lease, limit) : claimByCompareAndSet(c, table, lease, limit);
    }

    private static <T> List<T> claimLocking(Connection c, Claimable<T> table, Lease lease, int limit) throws SQLException {
        List<T> won = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(table.locking())) {
            table.bindLocking(ps, lease, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    won.add(table.read(rs));
                }
            }
        }
        Transactions.endStatement(c);
        return won;
    }

    private static <T> List<T> claimByCompareAndSet(Connection c, Claimable<T> table, Lease lease, int limit) throws SQLException {
        List<T> won = new ArrayList<>();
        for (int round = 1; round <= ROUNDS && won.size() < limit; round++) {
            List<T> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(table.candidates())) {
                Columns.setInstant(ps, 1, lease.now());
                Columns.setInstant(ps, 2, lease.now());
                ps.setInt(3, limit - won.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(table.read(rs));
                    }
                }
            }
            Transactions.endStatement(c); // end the read's transaction: each claim below is its own
            int lost = 0;
            try (PreparedStatement ps = c.prepareStatement(table.compareAndSet())) {
                for (T candidate : candidates) {
                    table.bindCompareAndSet(ps, lease, candidate);
                    int updated = ps.executeUpdate();
                    Transactions.endStatement(c);
                    if (updated == 1) {
                        won.add(candidate);
                    } else {
                        lost++;
                    }
                }
            }
            if (lost == 0) {
                return won; // every claimable row up to the limit is ours, or there was none left
            }
        }
        return won;
    }
}
