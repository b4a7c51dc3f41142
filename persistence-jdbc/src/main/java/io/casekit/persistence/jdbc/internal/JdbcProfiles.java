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
import io.casekit.spi.access.ProfileChange;
import io.casekit.spi.access.ProfileChange.ChangedField;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.access.StoredProfile;
import io.casekit.spi.identity.Channel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@link ProfileStore} of the JDBC store, on {@code casekit_profile} and {@code
 * casekit_profile_change}. A save writes the profile (an INSERT for the first version, a
 * compare-and-set UPDATE on the version after) and the change's rows in one transaction. Thread-safe.
 */
public final class JdbcProfiles implements ProfileStore {

    /** The table of profiles. */
    static final String TABLE = "casekit_profile";
    /** The table of recorded changes. */
    static final String CHANGES = "casekit_profile_change";

    private static final String COLUMNS = "actor_id, display_name, language, phone, channels, muted_triggers, version";
    private static final String CHANGE_COLUMNS = "change_id, actor_id, changed_by, changed_at, field, before_value, after_value";

    private final Transactions tx;

    /** Profiles on the connections of {@code tx}. */
    public JdbcProfiles(Transactions tx) {
        this.tx = requireNonNull(tx, "tx");
    }

    /** The statements that check that the schema has the tables. */
    static List<String> probes() {
        return List.of("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE 1 = 0", "SELECT seq, " + CHANGE_COLUMNS + " FROM " + CHANGES + " WHERE 1 = 0");
    }

    @Override
    public Optional<StoredProfile> find(String actorId) {
        requireNonNull(actorId, "actorId");
        return tx.read("read the profile of " + actorId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE actor_id = ?")) {
                ps.setString(1, actorId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(profile(rs)) : Optional.<StoredProfile>empty();
                }
            }
        });
    }

    /** The save lost to another change; thrown to roll the transaction back. */
    private static final class Lost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Lost() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean save(Optional<StoredProfile> read, StoredProfile next, ProfileChange change) {
        requireNonNull(read, "read");
        requireNonNull(change, "change");
        if (!requireNonNull(next, "next").follows(read) || !change.actorId().equals(next.actorId())) {
            throw new IllegalArgumentException("a profile changes only to the same contact's next version, with a change of that contact");
        }
        String what = "the profile of " + next.actorId();
        try {
            return tx.atomic(what, false, c -> {
                if (read.isEmpty()) {
                    insert(c, next);
                } else if (!update(c, read.get(), next)) {
                    throw new Lost();
                }
                record(c, change);
                return true;
            }, (c, e) -> read.isEmpty() && Transactions.isUniqueViolation(e) ? new Lost()
                    : new CaseStoreException("could not save " + what + " (nothing was written)", Transactions.describe(e)));
        } catch (Lost lost) {
            return false;
        }
    }

    @Override
    public List<ProfileChange> history(String actorId) {
        requireNonNull(actorId, "actorId");
        return tx.read("read the profile history of " + actorId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CHANGE_COLUMNS + " FROM " + CHANGES + " WHERE actor_id = ? ORDER BY seq")) {
                ps.setString(1, actorId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<ProfileChange> changes = new ArrayList<>();
                    String current = "";
                    List<ChangedField> fields = new ArrayList<>();
                    String changedBy = "";
                    Instant changedAt = Instant.EPOCH;
                    while (rs.next()) {
                        if (!rs.getString(1).equals(current)) {
                            if (!fields.isEmpty()) {
                                changes.add(new ProfileChange(actorId, changedBy, changedAt, fields));
                            }
                            current = rs.getString(1);
                            changedBy = rs.getString(3);
                            changedAt = Columns.instant(rs, 4);
                            fields = new ArrayList<>();
                        }
                        fields.add(new ChangedField(rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                    if (!fields.isEmpty()) {
                        changes.add(new ProfileChange(actorId, changedBy, changedAt, fields));
                    }
                    return List.copyOf(changes);
                }
            }
        });
    }

    private static void insert(Connection c, StoredProfile p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.actorId());
            bindValues(ps, 2, p);
            ps.executeUpdate();
        }
    }

    private static boolean update(Connection c, StoredProfile read, StoredProfile next) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET display_name = ?, language = ?, phone = ?, channels = ?,"
                + " muted_triggers = ?, version = ? WHERE actor_id = ? AND version = ?")) {
            bindValues(ps, 1, next);
            ps.setString(7, read.actorId());
            ps.setInt(8, read.version());
            return ps.executeUpdate() == 1;
        }
    }

    /** Binds display name, language, phone, channels, muted triggers and version from {@code first} on. */
    private static void bindValues(PreparedStatement ps, int first, StoredProfile p) throws SQLException {
        Columns.setOptional(ps, first, p.displayName());
        Columns.setOptional(ps, first + 1, p.language().map(Locale::toLanguageTag));
        Columns.setOptional(ps, first + 2, p.phone());
        Columns.setOptional(ps, first + 3, p.channels().map(JdbcProfiles::joined));
        ps.setString(first + 4, joined(p.mutedTriggers()));
        ps.setInt(first + 5, p.version());
    }

    private static void record(Connection c, ProfileChange change) throws SQLException {
        String changeId = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + CHANGES + " (" + CHANGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ChangedField field : change.fields()) {
                ps.setString(1, changeId);
                ps.setString(2, change.actorId());
                ps.setString(3, change.changedBy());
                Columns.setInstant(ps, 4, change.changedAt());
                ps.setString(5, field.name());
                ps.setString(6, field.before());
                ps.setString(7, field.after());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String joined(Set<?> names) {
        return names.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }

    private static StoredProfile profile(ResultSet rs) throws SQLException {
        Optional<Set<Channel>> channels = Columns.optional(rs, 5)
                .map(joined -> split(joined).stream().map(Channel::valueOf).collect(Collectors.toUnmodifiableSet()));
        return new StoredProfile(rs.getString(1), Columns.optional(rs, 2), Columns.optional(rs, 3).map(Locale::forLanguageTag),
                Columns.optional(rs, 4), channels, split(rs.getString(6)), rs.getInt(7));
    }
}
