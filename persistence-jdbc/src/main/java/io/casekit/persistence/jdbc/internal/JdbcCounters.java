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

import io.casekit.spi.store.CaseCounters;
import io.casekit.spi.store.ConcurrentCounterUpdateException;
import io.casekit.spi.store.CounterIncrement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CaseCounters} of the JDBC store, on {@code casekit_counter} (one row per counter, its
 * last value): read here, advanced by the case commits ({@link CaseCommits}) with {@link #advance}
 * in their own transaction, before any case row. A counter's first value is an INSERT, every later
 * one an UPDATE under a check of the expected value; a commit that finds the value moved (no row
 * updated, the key inserted by another commit, or the row held by another writer past the lock
 * timeout) is refused with {@link ConcurrentCounterUpdateException} and its transaction rolled
 * back. Of two transactions that expect the same value, the second waits for the first's row lock
 * and then finds the value moved: a value is never taken twice. Thread-safe.
 */
public final class JdbcCounters implements CaseCounters {

    /** The table. */
    static final String TABLE = "casekit_counter";

    /**
     * SQLStates that mean another transaction holds or changed the counter's row: unique violation,
     * serialization failure and deadlock (PostgreSQL), concurrent update and lock timeout (H2).
     */
    private static final Set<String> MOVED = Set.of("23505", "40001", "40P01", "90131", "HYT00");

    private final Transactions tx;

    /** Counters on the connections of {@code tx}. */
    public JdbcCounters(Transactions tx) {
        this.tx = requireNonNull(tx, "tx");
    }

    @Override
    public long counterValue(String name) {
        requireNonNull(name, "name");
        return tx.read("read counter " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_value FROM " + TABLE + " WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** The statement that checks that the schema has the table. */
    static String probe() {
        return "SELECT name, last_value FROM " + TABLE + " WHERE 1 = 0";
    }

    /**
     * Advances counters in the caller's transaction on {@code c}, in the order of their names (so
     * that two transactions lock counter rows in the same order).
     *
     * @throws ConcurrentCounterUpdateException if a counter no longer has the expected value; the
     *     caller rolls the transaction back
     */
    static void advance(Connection c, List<CounterIncrement> increments) throws SQLException {
        for (CounterIncrement increment : increments.stream().sorted(Comparator.comparing(CounterIncrement::name)).toList()) {
            int advanced;
            try {
                if (increment.expectedValue() == 0) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (name, last_value) VALUES (?, 1)")) {
                        ps.setString(1, increment.name());
                        advanced = ps.executeUpdate();
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE " + TABLE + " SET last_value = ? WHERE name = ? AND last_value = ?")) {
                        ps.setLong(1, increment.newValue());
                        ps.setString(2, increment.name());
                        ps.setLong(3, increment.expectedValue());
                        advanced = ps.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                if (!moved(e)) {
                    throw e;
                }
                throw refused(increment, e);
            }
            if (advanced != 1) {
                throw refused(increment, null);
            }
        }
    }

    private static ConcurrentCounterUpdateException refused(CounterIncrement increment, @Nullable SQLException cause) {
        ConcurrentCounterUpdateException refused = new ConcurrentCounterUpdateException(increment.name(), increment.expectedValue());
        if (cause != null) {
            refused.addSuppressed(cause);
        }
        return refused;
    }

    private static boolean moved(SQLException e) {
        for (@Nullable SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && MOVED.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
