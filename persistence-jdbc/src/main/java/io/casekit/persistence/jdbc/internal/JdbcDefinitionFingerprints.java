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

import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.store.DefinitionFingerprints;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@link DefinitionFingerprints} of the JDBC store, on {@code casekit_definition} (one row per
 * definition version). The first record is an INSERT; of racing first records the losers meet the
 * primary key and read the winner's row. Each statement is its own transaction. Thread-safe.
 */
public final class JdbcDefinitionFingerprints implements DefinitionFingerprints {

    /** The table. */
    static final String TABLE = "casekit_definition";

    private final Transactions tx;

    /** Fingerprints on the connections of {@code tx}. */
    public JdbcDefinitionFingerprints(Transactions tx) {
        this.tx = requireNonNull(tx, "tx");
    }

    /** The statement that checks that the schema has the table. */
    static String probe() {
        return "SELECT definition_id, definition_version, fingerprint, recorded_at FROM " + TABLE + " WHERE 1 = 0";
    }

    @Override
    public String recordIfAbsent(DefinitionRef definition, String fingerprint) {
        requireNonNull(definition, "definition");
        DefinitionFingerprints.checked(fingerprint);
        return tx.run("record the fingerprint of definition " + definition, c -> {
            Optional<String> recorded = find(c, definition);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            try {
                insert(c, definition, fingerprint);
                return fingerprint;
            } catch (SQLException e) {
                if (!Transactions.isUniqueViolation(e)) {
                    throw e;
                }
                if (!c.getAutoCommit()) {
                    c.rollback(); // PostgreSQL ends a transaction at its first failed statement
                }
                return find(c, definition).orElseThrow(() -> e); // recorded by another node meanwhile
            }
        });
    }

    @Override
    public void replace(DefinitionRef definition, String fingerprint) {
        requireNonNull(definition, "definition");
        DefinitionFingerprints.checked(fingerprint);
        tx.run("replace the fingerprint of definition " + definition, c -> {
            if (update(c, definition, fingerprint) == 0) {
                try {
                    insert(c, definition, fingerprint);
                } catch (SQLException e) {
                    if (!Transactions.isUniqueViolation(e)) {
                        throw e;
                    }
                    if (!c.getAutoCommit()) {
                        c.rollback();
                    }
                    update(c, definition, fingerprint); // inserted by another node meanwhile: this one replaces it
                }
            }
            return null;
        });
    }

    private static Optional<String> find(Connection c, DefinitionRef definition) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT fingerprint FROM " + TABLE + " WHERE definition_id = ? AND definition_version = ?")) {
            ps.setString(1, definition.id());
            ps.setInt(2, definition.version());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection c, DefinitionRef definition, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                + " (definition_id, definition_version, fingerprint, recorded_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            ps.setString(1, definition.id());
            ps.setInt(2, definition.version());
            ps.setString(3, fingerprint);
            ps.executeUpdate();
        }
        Transactions.endStatement(c);
    }

    private static int update(Connection c, DefinitionRef definition, String fingerprint) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE
                + " SET fingerprint = ?, recorded_at = CURRENT_TIMESTAMP WHERE definition_id = ? AND definition_version = ?")) {
            ps.setString(1, fingerprint);
            ps.setString(2, definition.id());
            ps.setInt(3, definition.version());
            updated = ps.executeUpdate();
        }
        Transactions.endStatement(c);
        return updated;
    }
}
