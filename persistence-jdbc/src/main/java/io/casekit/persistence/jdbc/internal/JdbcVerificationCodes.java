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

import io.casekit.spi.access.StoredCode;
import io.casekit.spi.access.VerificationCodeStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@link VerificationCodeStore} of the JDBC store, on {@code casekit_verification_code} (one row
 * per code: salt and hash, never the code). A check changes a row with a compare-and-set UPDATE on
 * its failed attempts and used flag. Each statement is its own transaction. Thread-safe.
 */
public final class JdbcVerificationCodes implements VerificationCodeStore {

    /** The table. */
    static final String TABLE = "casekit_verification_code";

    private static final String COLUMNS = "id, actor_id, purpose, salt, hash, issued_at, expires_at, failed_attempts, used";

    private final Transactions tx;

    /** Codes on the connections of {@code tx}. */
    public JdbcVerificationCodes(Transactions tx) {
        this.tx = requireNonNull(tx, "tx");
    }

    /** The statement that checks that the schema has the table. */
    static String probe() {
        return "SELECT seq, " + COLUMNS + " FROM " + TABLE + " WHERE 1 = 0";
    }

    @Override
    public void insert(StoredCode code) {
        requireNonNull(code, "code");
        if (!code.fresh()) {
            throw new IllegalArgumentException("a new code has no failed attempts and is not used");
        }
        boolean inserted = tx.run("store verification code " + code.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, 0, FALSE)")) {
                ps.setString(1, code.id());
                ps.setString(2, code.actorId());
                ps.setString(3, code.purpose());
                ps.setString(4, code.salt());
                ps.setString(5, code.hash());
                Columns.setInstant(ps, 6, code.issuedAt());
                Columns.setInstant(ps, 7, code.expiresAt());
                ps.executeUpdate();
                Transactions.endStatement(c);
                return true;
            } catch (SQLException e) {
                if (Transactions.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
        if (!inserted) {
            throw new IllegalArgumentException("code " + code.id() + " is stored already");
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
        return tx.read("count the verification codes of " + actorId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + TABLE + " WHERE actor_id = ? AND issued_at >= ?")) {
                ps.setString(1, actorId);
                Columns.setInstant(ps, 2, since);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
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
