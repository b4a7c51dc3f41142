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

import io.casekit.spi.access.AccessRequestState;
import io.casekit.spi.access.AccessRequestStore;
import io.casekit.spi.access.StoredAccessRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link AccessRequestStore} of the JDBC store, on {@code casekit_access_request}. A decision
 * is a compare-and-set UPDATE on the version. Each statement is its own transaction. Thread-safe.
 */
public final class JdbcAccessRequests implements AccessRequestStore {

    /** The table. */
    static final String TABLE = "casekit_access_request";

    private static final String COLUMNS = "id, name, email, company, phone, job_function, reason, language, customer_id, requested_at, state,"
            + " decided_by, decided_at, invitation_id, version";

    private final Transactions tx;

    /** Access requests on the connections of {@code tx}. */
    public JdbcAccessRequests(Transactions tx) {
        this.tx = requireNonNull(tx, "tx");
    }

    /** The statement that checks that the schema has the table. */
    static String probe() {
        return "SELECT seq, email_key, " + COLUMNS + " FROM " + TABLE + " WHERE 1 = 0";
    }

    @Override
    public void insert(StoredAccessRequest request) {
        requireNonNull(request, "request");
        if (request.version() != 1 || request.state() != AccessRequestState.PENDING) {
            throw new IllegalArgumentException("a new access request is pending, at version 1");
        }
        boolean inserted = tx.insertUnique("access request " + request.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (email_key, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, request.email().toLowerCase(Locale.ROOT));
                ps.setString(2, request.id());
                ps.setString(3, request.name());
                ps.setString(4, request.email());
                ps.setString(5, request.company());
                Columns.setOptional(ps, 6, request.phone());
                Columns.setOptional(ps, 7, request.function());
                ps.setString(8, request.reason());
                ps.setString(9, request.language().toLanguageTag());
                Columns.setOptional(ps, 10, request.customerId());
                Columns.setInstant(ps, 11, request.requestedAt());
                ps.setString(12, request.state().name());
                Columns.setOptional(ps, 13, request.decidedBy());
                Columns.setOptionalInstant(ps, 14, request.decidedAt());
                Columns.setOptional(ps, 15, request.invitationId());
                ps.setInt(16, request.version());
                return ps.executeUpdate();
            }
        });
        if (!inserted) {
            throw new IllegalArgumentException("access request " + request.id() + " is stored already");
        }
    }

    @Override
    public Optional<StoredAccessRequest> find(String id) {
        requireNonNull(id, "id");
        return tx.read("read access request " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(request(rs)) : Optional.<StoredAccessRequest>empty();
                }
            }
        });
    }

    @Override
    public List<StoredAccessRequest> list(Optional<String> customerId, Optional<AccessRequestState> state, int limit) {
        requireNonNull(customerId, "customerId");
        requireNonNull(state, "state");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        String where = (customerId.isPresent() ? " AND customer_id = ?" : "") + (state.isPresent() ? " AND state = ?" : "");
        return tx.read("list access requests", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE 1 = 1" + where
                    + " ORDER BY seq DESC FETCH FIRST " + limit + " ROWS ONLY")) {
                int index = 1;
                if (customerId.isPresent()) {
                    ps.setString(index++, customerId.get());
                }
                if (state.isPresent()) {
                    ps.setString(index, state.get().name());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoredAccessRequest> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(request(rs));
                    }
                    return List.copyOf(found);
                }
            }
        });
    }

    @Override
    public int madeSince(String email, Instant since) {
        requireNonNull(email, "email");
        requireNonNull(since, "since");
        return tx.read("count the access requests of an address", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + TABLE + " WHERE email_key = ? AND requested_at >= ?")) {
                ps.setString(1, email.toLowerCase(Locale.ROOT));
                Columns.setInstant(ps, 2, since);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public boolean update(StoredAccessRequest read, StoredAccessRequest next) {
        requireNonNull(read, "read");
        if (!requireNonNull(next, "next").follows(read)) {
            throw new IllegalArgumentException("an access request changes only to its next version");
        }
        return tx.run("update access request " + read.id(), c -> {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET customer_id = ?, state = ?, decided_by = ?, decided_at = ?,"
                    + " invitation_id = ?, version = ? WHERE id = ? AND version = ?")) {
                Columns.setOptional(ps, 1, next.customerId());
                ps.setString(2, next.state().name());
                Columns.setOptional(ps, 3, next.decidedBy());
                Columns.setOptionalInstant(ps, 4, next.decidedAt());
                Columns.setOptional(ps, 5, next.invitationId());
                ps.setInt(6, next.version());
                ps.setString(7, read.id());
                ps.setInt(8, read.version());
                updated = ps.executeUpdate();
            }
            Transactions.endStatement(c);
            return updated == 1;
        });
    }

    private static StoredAccessRequest request(ResultSet rs) throws SQLException {
        return new StoredAccessRequest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Columns.optional(rs, 5),
                Columns.optional(rs, 6), rs.getString(7), Locale.forLanguageTag(rs.getString(8)), Columns.optional(rs, 9), Columns.instant(rs, 10),
                AccessRequestState.valueOf(rs.getString(11)), Columns.optional(rs, 12), Columns.optionalInstant(rs, 13), Columns.optional(rs, 14),
                rs.getInt(15));
    }
}
