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
import io.casekit.persistence.jdbc.Dialect;
import io.casekit.spi.access.StoredCode;
import io.casekit.spi.access.VerificationCodeStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@link VerificationCodeStore} of the JDBC store, on {@code casekit_verification_code} (one row
 * per code: salt and hash, never the code). A check changes a row with a compare-and-set UPDATE on
 * its failed attempts and used flag. Each statement is its own transaction, but for {@link
 * #insertWithin}, which counts and inserts under the actor's row of {@code casekit_access_lock}. Thread-safe.
 */
public final class JdbcVerificationCodes implements VerificationCodeStore {

    /** The table. */
    static final String TABLE = "casekit_verification_code";

    private static final String COLUMNS = "id, actor_id, purpose, salt, hash, issued_at, expires_at, failed_attempts, used";

    /** The table of lock rows behind {@link #insertWithin}. */
    static final String LOCKS = "casekit_access_lock";

    private final Transactions tx;
    private final Dialect dialect;

    /** Codes on the connections of {@code tx}, in a database of the dialect. */
    public JdbcVerificationCodes(Transactions tx, Dialect dialect) {
        this.tx = requireNonNull(tx, "tx");
        this.dialect = requireNonNull(dialect, "dialect");
    }

    /** The statements that check that the schema has the tables. */
    static List<String> probes() {
        return List.of("SELECT seq, " + COLUMNS + " FROM " + TABLE + " WHERE 1 = 0", "SELECT lock_key FROM " + LOCKS + " WHERE 1 = 0");
    }

    @Override
    public void insert(StoredCode code) {
        requireNonNull(code, "code");
        if (!code.fresh()) {
            throw new IllegalArgumentException("a new code has no failed attempts and is not used");
        }
        boolean inserted = tx.insertUnique("verification code " + code.id(), c -> {
            insertRow(c, code);
            return null;
        });
        if (!inserted) {
            throw new IllegalArgumentException("code " + code.id() + " is stored already");
        }
    }

    @Override
    public boolean insertWithin(StoredCode code, Instant since, int limit) {
        requireNonNull(code, "code");
        requireNonNull(since, "since");
        if (!code.fresh()) {
            throw new IllegalArgumentException("a new code has no failed attempts and is not used");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        String what = "verification code " + code.id();
        return tx.atomic(what, false, c -> {
            lock(c, "verification-code:" + code.actorId());
            if (count(c, code.actorId(), since) >= limit) {
                return false;
            }
            insertRow(c, code);
            return true;
        }, (c, e) -> Transactions.isUniqueViolation(e) ? new IllegalArgumentException("code " + code.id() + " is stored already")
                : new CaseStoreException("could not store " + what + " (nothing was written)", Transactions.describe(e)));
    }

    /** Makes sure the lock row of the key exists and locks it until the transaction ends. */
    private void lock(Connection c, String key) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + LOCKS + " (lock_key) VALUES (?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + LOCKS + " (lock_key) VALUES (?)")) {
                ps.setString(1, key);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (!Transactions.isUniqueViolation(e)) { // H2 undoes the failed statement only; the row is there
                    throw e;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT lock_key FROM " + LOCKS + " WHERE lock_key = ? FOR UPDATE")) {
            ps.setString(1, key);
            ps.executeQuery().close();
        }
    }

    private static void insertRow(Connection c, StoredCode code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, 0, FALSE)")) {
            ps.setString(1, code.id());
            ps.setString(2, code.actorId());
            ps.setString(3, code.purpose());
            ps.setString(4, code.salt());
            ps.setString(5, code.hash());
            Columns.setInstant(ps, 6, code.issuedAt());
            Columns.setInstant(ps, 7, code.expiresAt());
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<StoredCode> latest(String actorId, String purpose) {
        requireNonNull(actorId, "actorId");
        requireNonNull(purpose, "purpose");
        return tx.read("read the latest verification code of " + actorId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
                    + " WHERE actor_id = ? AND purpose = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, actorId);
                ps.setString(2, purpose);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(code(rs)) : Optional.<StoredCode>empty();
                }
            }
        });
    }

    @Override
    public int issuedSince(String actorId, Instant since) {
        requireNonNull(actorId, "actorId");
        requireNonNull(since, "since");
        return tx.read("count the verification codes of " + actorId, c -> count(c, actorId, since));
    }

    private static int count(Connection c, String actorId, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + TABLE + " WHERE actor_id = ? AND issued_at >= ?")) {
            ps.setString(1, actorId);
            Columns.setInstant(ps, 2, since);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public boolean update(StoredCode read, StoredCode next) {
        requireNonNull(read, "read");
        requireNonNull(next, "next");
        if (!next.follows(read)) {
            throw new IllegalArgumentException("a code changes only by one failed attempt or by being used");
        }
        return tx.run("update verification code " + read.id(), c -> update(c, read, next));
    }

    private static boolean update(Connection c, StoredCode read, StoredCode next) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET failed_attempts = ?, used = ?"
                + " WHERE id = ? AND failed_attempts = ? AND used = ?")) {
            ps.setInt(1, next.failedAttempts());
            ps.setBoolean(2, next.used());
            ps.setString(3, read.id());
            ps.setInt(4, read.failedAttempts());
            ps.setBoolean(5, read.used());
            updated = ps.executeUpdate();
        }
        Transactions.endStatement(c);
        return updated == 1;
    }

    private static StoredCode code(ResultSet rs) throws SQLException {
        return new StoredCode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), Columns.instant(rs, 6),
                Columns.instant(rs, 7), rs.getInt(8), rs.getBoolean(9));
    }
}
