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

import io.casekit.spi.access.InvitationState;
import io.casekit.spi.access.InvitationStore;
import io.casekit.spi.access.StoredInvitation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link InvitationStore} of the JDBC store, on {@code casekit_invitation} (one row per
 * invitation: the SHA-256 of its current code, never the code). A change is a compare-and-set
 * UPDATE on the version. Each statement is its own transaction. Thread-safe.
 */
public final class JdbcInvitations implements InvitationStore {

    /** The table. */
    static final String TABLE = "casekit_invitation";

    private static final String COLUMNS = "id, customer_id, email, display_name, language, authorised, invited_by, token_hash, issued_at,"
            + " expires_at, state, contact_id, version";

    private final Transactions tx;

    /** Invitations on the connections of {@code tx}. */
    public JdbcInvitations(Transactions tx) {
        this.tx = requireNonNull(tx, "tx");
    }

    /** The statement that checks that the schema has the table. */
    static String probe() {
        return "SELECT seq, " + COLUMNS + " FROM " + TABLE + " WHERE 1 = 0";
    }

    @Override
    public void insert(StoredInvitation invitation) {
        requireNonNull(invitation, "invitation");
        if (invitation.version() != 1 || invitation.state() != InvitationState.PENDING) {
            throw new IllegalArgumentException("a new invitation is pending, at version 1");
        }
        boolean inserted = tx.insertUnique("invitation " + invitation.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, invitation);
                return ps.executeUpdate();
            }
        });
        if (!inserted) {
            throw new IllegalArgumentException("invitation " + invitation.id() + " or its code is stored already");
        }
    }

    @Override
    public Optional<StoredInvitation> find(String id) {
        return one("read invitation " + requireNonNull(id, "id"), "id", id);
    }

    @Override
    public Optional<StoredInvitation> findByTokenHash(String tokenHash) {
        return one("find an invitation by its code", "token_hash", requireNonNull(tokenHash, "tokenHash"));
    }

    @Override
    public List<StoredInvitation> ofCustomer(String customerId) {
        requireNonNull(customerId, "customerId");
        return tx.read("list the invitations of customer " + customerId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE customer_id = ? ORDER BY seq DESC")) {
                ps.setString(1, customerId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoredInvitation> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(invitation(rs));
                    }
                    return List.copyOf(found);
                }
            }
        });
    }

    @Override
    public boolean update(StoredInvitation read, StoredInvitation next) {
        requireNonNull(read, "read");
        if (!requireNonNull(next, "next").follows(read)) {
            throw new IllegalArgumentException("an invitation changes only to its next version");
        }
        return tx.run("update invitation " + read.id(), c -> {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET token_hash = ?, issued_at = ?, expires_at = ?, state = ?,"
                    + " contact_id = ?, version = ? WHERE id = ? AND version = ?")) {
                ps.setString(1, next.tokenHash());
                Columns.setInstant(ps, 2, next.issuedAt());
                Columns.setInstant(ps, 3, next.expiresAt());
                ps.setString(4, next.state().name());
                Columns.setOptional(ps, 5, next.contactId());
                ps.setInt(6, next.version());
                ps.setString(7, read.id());
                ps.setInt(8, read.version());
                updated = ps.executeUpdate();
            }
            Transactions.endStatement(c);
            return updated == 1;
        });
    }

    private Optional<StoredInvitation> one(String what, String column, String value) {
        return tx.read(what, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE " + column + " = ?")) {
                ps.setString(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(invitation(rs)) : Optional.<StoredInvitation>empty();
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, StoredInvitation i) throws SQLException {
        ps.setString(1, i.id());
        ps.setString(2, i.customerId());
        ps.setString(3, i.email());
        ps.setString(4, i.displayName());
        ps.setString(5, i.language().toLanguageTag());
        ps.setBoolean(6, i.authorised());
        ps.setString(7, i.invitedBy());
        ps.setString(8, i.tokenHash());
        Columns.setInstant(ps, 9, i.issuedAt());
        Columns.setInstant(ps, 10, i.expiresAt());
        ps.setString(11, i.state().name());
        Columns.setOptional(ps, 12, i.contactId());
        ps.setInt(13, i.version());
    }

    private static StoredInvitation invitation(ResultSet rs) throws SQLException {
        return new StoredInvitation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Locale.forLanguageTag(rs.getString(5)),
                rs.getBoolean(6), rs.getString(7), rs.getString(8), Columns.instant(rs, 9), Columns.instant(rs, 10),
                InvitationState.valueOf(rs.getString(11)), Columns.optional(rs, 12), rs.getInt(13));
    }
}
