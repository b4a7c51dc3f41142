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
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the store takes a connection, begins, commits and rolls back, for pools that
 * hand out connections in auto-commit mode and pools that hand them out with auto-commit off alike.
 * Two shapes of work:
 *
 * <ul>
 *   <li>{@link #run}: statements that are each a transaction of their own (reads, a claim, the end
 *       of a delivery attempt): after a writing statement the work calls {@link #endStatement},
 *       which commits on a manual-commit connection and does nothing on an auto-commit one; a read
 *       transaction left open is ended before the connection goes back.
 *   <li>{@link #atomic}: one transaction of several statements, all or nothing; a connection in
 *       auto-commit mode leaves it for the transaction and gets it back after. Work that is a single
 *       statement runs as that statement alone on an auto-commit connection (the statement is the
 *       transaction: one round trip less).
 * </ul>
 *
 * <p>No {@link SQLException} leaves: failures become {@link CaseStoreException}s that say what was
 * being done. Thread-safe; holds no connection between calls.
 */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    /** SQLStates of lock contention, see {@link #isLockContention}. */
    private static final Set<String> LOCK_CONTENTION = Set.of("HYT00", "55P03", "40P01", "40001");

    /** SQLState of a unique-constraint violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    /** Transactions on connections of the data source. */
    public Transactions(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
    }

    /** Work on one connection. */
    public interface Work<T> {
        /** Does the work; the connection is the helper's to begin, end and close. */
        T run(Connection c) throws SQLException;
    }

    /** Says why an atomic transaction was refused, from its failure and (rolled back) connection. */
    public interface Refusal {
        /** The exception to throw for a failed statement of the transaction; the transaction is rolled back already. */
        RuntimeException explain(Connection c, SQLException failure);
    }

    /**
     * Runs work whose statements are each their own transaction (see {@link #endStatement}).
     *
     * @throws CaseStoreException if the database fails ("could not " + {@code what})
     */
    public <T> T run(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try {
                T result = work.run(c);
                if (!c.getAutoCommit()) {
                    c.rollback(); // ends a read transaction the pool's connection may have begun; writes were committed
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    rollback(c, e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new CaseStoreException("could not " + what, describe(e));
        }
    }

    /**
     * Runs one INSERT as its own transaction.
     *
     * @param what what is stored, for messages
     * @param insert binds and executes the INSERT on the connection
     * @return whether the row was inserted; false if it broke a unique constraint (nothing was written)
     * @throws CaseStoreException if the database fails otherwise
     */
    public boolean insertUnique(String what, Work<?> insert) {
        return run("store " + what, c -> {
            try {
                insert.run(c);
                endStatement(c);
                return true;
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * {@link #run} for reads of stored data: a stored document that cannot be decoded is reported as
     * such.
     */
    public <T> T read(String what, Work<T> work) {
        try {
            return run(what, work);
        } catch (IllegalArgumentException e) {
            throw new CaseStoreException("could not " + what + ": the stored data cannot be read (written by a newer"
                    + " Casekit, or changed by hand)", e);
        }
    }

    /** Ends the transaction a writing statement began on a connection whose auto-commit is off. */
    public static void endStatement(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /**
     * Runs work as one transaction: all of it is committed or none.
     *
     * @param what what is committed, for messages
     * @param oneStatement whether the work is a single statement (then, on an auto-commit connection,
     *     it runs alone, as its own transaction)
     * @param refusal says why a failed statement was refused
     * @throws CaseStoreException if the database fails, or does not confirm the commit (then the
     *     message says the outcome is unknown)
     */
    public <T> T atomic(String what, boolean oneStatement, Work<T> work, Refusal refusal) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new CaseStoreException("could not get a connection to commit " + what + " (nothing was written)", e);
        }
        try {
            boolean autoCommit;
            try {
                autoCommit = c.getAutoCommit();
                if (autoCommit && !oneStatement) {
                    c.setAutoCommit(false);
                }
            } catch (SQLException e) {
                throw new CaseStoreException("could not begin the commit of " + what + " (nothing was written)", e);
            }
            if (autoCommit && oneStatement) {
                try {
                    return work.run(c);
                } catch (SQLException e) {
                    if (outcomeUnknown(e)) {
                        throw unknownOutcome(what, e);
                    }
                    throw refusal.explain(c, e);
                }
            }
            try {
                return inTransaction(c, what, work, refusal);
            } finally {
                if (autoCommit) {
                    restoreAutoCommit(c);
                }
            }
        } finally {
            close(c);
        }
    }

    private static <T> T inTransaction(Connection c, String what, Work<T> work, Refusal refusal) {
        T result;
        try {
            result = work.run(c);
        } catch (SQLException e) {
            rollback(c, e);
            throw refusal.explain(c, e);
        } catch (RuntimeException e) {
            rollback(c, e);
            throw e;
        }
        try {
            c.commit();
        } catch (SQLException e) {
            rollback(c, e);
            throw unknownOutcome(what, e);
        }
        return result;
    }

    /**
     * Whether the failure (or one chained to it) is contention for locks: a lock the database gave up
     * waiting for (H2 {@code HYT00}, PostgreSQL {@code 55P03}), or a deadlock or serialization failure
     * it broke ({@code 40P01}, {@code 40001}).
     */
    public static boolean isLockContention(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && LOCK_CONTENTION.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure (or one chained to it) is a unique-constraint violation. */
    public static boolean isUniqueViolation(SQLException e) {
        for (@Nullable SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exception to report: for a failed batch, the driver's underlying error (whose message names
     * the constraint) rather than the batch summary (whose message may repeat every bound value).
     */
    public static SQLException describe(SQLException e) {
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            SQLException next = e.getNextException();
            next.addSuppressed(e);
            return next;
        }
        return e;
    }

    private static CaseStoreException unknownOutcome(String what, SQLException e) {
        return new CaseStoreException("the database did not confirm the commit of " + what + ": if the connection broke,"
                + " the change may or may not be applied (all of it or none); reload before retrying", describe(e));
    }

    /**
     * Whether a failed auto-commit statement may still have been committed: the connection broke or
     * the server went away, so its reply may be what was lost.
     */
    private static boolean outcomeUnknown(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLRecoverableException || e instanceof SQLNonTransientConnectionException
                || state == null || state.startsWith("08") || state.startsWith("57P");
    }

    /** Rolls back, keeping a failure of the rollback with the failure that caused it. */
    public static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the outcome is decided (committed, or rolled back and reported); the pool discards the connection
            LOG.debug("could not close a connection", e);
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is broken: the pool discards it; the commit's outcome is already decided
            LOG.debug("could not restore auto-commit on a connection", e);
        }
    }
}
