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
package io.casekit.persistence.jdbc;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC store could not do what was asked for a reason other than a concurrent update or a taken
 * case number (those are {@link io.casekit.spi.store.ConcurrentCaseUpdateException} and {@link
 * io.casekit.spi.store.DuplicateCaseNumberException}): the database is unreachable, the connection
 * broke, a lock wait timed out, the schema is missing or the database is not supported. The store
 * never lets a raw {@link SQLException} out; it wraps it here as the {@linkplain #getCause() cause}.
 *
 * <p>A failed commit wrote nothing, except when the connection broke while the database was
 * committing: then the change may or may not have been applied (the message says so), and a retry
 * either applies it or is refused with a {@code ConcurrentCaseUpdateException}, never applied twice.
 *
 * <p>Immutable; thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class CaseStoreException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The SQLState of the database error, or null if there was none. */
    private final @Nullable String sqlState;
    /** Whether repeating the operation may succeed. */
    private final boolean retryable;

    /**
     * A failure of the database.
     *
     * @param message what the store was doing and what to do about it
     * @param cause the driver's exception
     */
    public CaseStoreException(String message, SQLException cause) {
        this(message, (Throwable) cause);
    }

    /**
     * A failure of the database or of a library working on it (the schema migration); the SQLState
     * and retryability come from the first {@link SQLException} in the cause chain, if any.
     *
     * @param message what the store was doing and what to do about it
     * @param cause what went wrong
     */
    public CaseStoreException(String message, Throwable cause) {
        super(message + ": " + describe(cause), cause);
        @Nullable SQLException sql = sqlException(cause);
        this.sqlState = sql == null ? null : sql.getSQLState();
        this.retryable = sql != null && isTransient(sql);
    }

    /**
     * A failure the store found itself (an unsupported database, a missing schema).
     *
     * @param message what is wrong and what to do about it
     */
    public CaseStoreException(String message) {
        super(message);
        this.sqlState = null;
        this.retryable = false;
    }

    /**
     * {@return the SQLState of the database error (e.g. {@code 40001}), or empty if the failure was not
     * a database error}
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /**
     * Whether a retry may succeed: true for lost connections, lock and statement timeouts,
     * serialization failures and deadlocks; false for everything else.
     */
    @Override
    public boolean isRetryable() {
        return retryable;
    }

    private static @Nullable SQLException sqlException(Throwable cause) {
        for (@Nullable Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String describe(Throwable cause) {
        @Nullable SQLException sql = sqlException(cause);
        String text = String.valueOf(cause.getMessage());
        return sql == null || sql.getSQLState() == null ? text : text + " [SQLState " + sql.getSQLState() + "]";
    }

    private static boolean isTransient(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        if (state == null) {
            return false;
        }
        return state.startsWith("08") // connection exception
                || state.startsWith("40") // transaction rollback: serialization failure, deadlock
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") // PostgreSQL shutting down or starting
                || state.equals("55P03") // PostgreSQL lock not available
                || state.equals("57014") // PostgreSQL statement cancelled (timeout)
                || state.equals("HYT00"); // H2 lock timeout
    }
}
