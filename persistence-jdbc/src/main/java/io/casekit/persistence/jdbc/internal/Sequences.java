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

import io.casekit.persistence.jdbc.Dialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's named case-number sequences, as native database sequences: one per name, created on
 * first use ({@code CREATE SEQUENCE IF NOT EXISTS}, remembered per store) and read with {@code
 * nextval} (PostgreSQL) or {@code NEXT VALUE FOR} (H2). Taking a value needs no commit of its own
 * and holds no lock that a case commit waits for; values are unique and increasing per name, across
 * nodes, but not gap-free: a value taken for a commit that then fails is not handed out again, and
 * a restart may skip values the database had cached.
 *
 * <p>A name is any text of 1 to 200 characters; its sequence is {@code casekit_seq_} and the first
 * 128 bits of the name's SHA-256 in hex ({@link #nativeName}), an identifier on every database.
 * Thread-safe.
 */
public final class Sequences {

    private static final Logger LOG = LoggerFactory.getLogger(Sequences.class);

    /** The longest sequence name the store takes. */
    public static final int MAX_NAME_LENGTH = 200;

    private final Transactions tx;
    private final Dialect dialect;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    /** Sequences on the connections of {@code tx}, in a database of {@code dialect}. */
    public Sequences(Transactions tx, Dialect dialect) {
        this.tx = requireNonNull(tx, "tx");
        this.dialect = requireNonNull(dialect, "dialect");
    }

    /**
     * The next value of the named sequence, starting at 1.
     *
     * @throws IllegalArgumentException if the name is blank or longer than {@value #MAX_NAME_LENGTH}
     */
    public long next(String sequenceName) {
        requireNonNull(sequenceName, "sequenceName");
        if (sequenceName.isBlank() || sequenceName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("sequenceName must have 1 to " + MAX_NAME_LENGTH + " characters and not be blank, was '"
                    + sequenceName + "'");
        }
        String sequence = nativeName(sequenceName);
        if (!created.contains(sequence)) {
            create(sequence);
            created.add(sequence);
        }
        String next = dialect == Dialect.POSTGRESQL ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        return tx.run("take the next value of sequence '" + sequenceName + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement(next); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the sequence returned no value");
                }
                return rs.getLong(1);
            }
        });
    }

    /**
     * Creates the sequence if it does not exist. Two nodes may create the same sequence at once; the
     * loser's failure is only logged (its next value then comes from the winner's sequence).
     */
    private void create(String sequence) {
        tx.run("create sequence " + sequence, c -> {
            try (Statement s = c.createStatement()) {
                s.execute(createStatement(sequence, 1));
                Transactions.endStatement(c);
            } catch (SQLException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                LOG.debug("could not create sequence {} (created by another node at the same time?)", sequence, e);
            }
            return null;
        });
    }

    /** {@code CREATE SEQUENCE IF NOT EXISTS <sequence> START WITH <start>}. */
    static String createStatement(String sequence, long start) {
        return "CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH " + start;
    }

    /**
     * The database sequence of a named sequence: {@code casekit_seq_} and 32 hex digits of the
     * name's SHA-256 (UTF-8).
     */
    public static String nativeName(String sequenceName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sequenceName.getBytes(StandardCharsets.UTF_8));
            return "casekit_seq_" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Schema V9: carries every counter of the old table {@code casekit_sequence} into its native
     * sequence (starting after the counter's last value, so no number repeats), then drops the
     * table. On a database without counters it only drops the table.
     */
    public static void carryOver(Connection c) throws SQLException {
        java.util.Map<String, Long> counters = new java.util.LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, last_value FROM casekit_sequence")) {
            while (rs.next()) {
                counters.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (Statement s = c.createStatement()) {
            for (java.util.Map.Entry<String, Long> counter : counters.entrySet()) {
                s.execute(createStatement(nativeName(counter.getKey()), counter.getValue() + 1));
            }
            s.execute("DROP TABLE casekit_sequence");
        }
    }
}
