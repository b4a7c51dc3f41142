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

import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.query.SearchPattern;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one place that maps a {@link Case} to its row in {@code casekit_case} and back: the column
 * list, the INSERT and UPDATE statements built from it, how each column is bound and read. To store
 * a new field of the case, add a migration with its column, then add it to {@link #COLUMNS}, {@link
 * #bind} and {@link #read}, in the same order.
 *
 * <p>SQL text is built here from the constant column names only; every value is a bind parameter.
 * Stateless; thread-safe.
 */
public final class CaseTable {

    /** The table. */
    public static final String TABLE = "casekit_case";

    /**
     * The columns in bind and read order; {@code true} marks a JSON column (bound with the
     * dialect's JSON placeholder). {@code id} and {@code number} come first: an UPDATE never sets
     * them.
     */
    private static final List<Map.Entry<String, Boolean>> COLUMNS = List.of(
            Map.entry("id", false),
            Map.entry("number", false),
            Map.entry("definition_id", false),
            Map.entry("definition_version", false),
            Map.entry("title", false),
            Map.entry("description", false),
            Map.entry("description_html", false),
            Map.entry("customer_id", false),
            Map.entry("contact_id", false),
            Map.entry("end_user_name", false),
            Map.entry("case_type", false),
            Map.entry("priority", false),
            Map.entry("status_reason", false),
            Map.entry("state", false),
            Map.entry("stage", false),
            Map.entry("owner_kind", false),
            Map.entry("owner_id", false),
            Map.entry("escalation_level", false),
            Map.entry("custom_fields", true),
            Map.entry("slas", true),
            Map.entry("links", true),
            Map.entry("created_at", false),
            Map.entry("modified_at", false),
            Map.entry("version", false),
            Map.entry("event_count", false),
            Map.entry("number_key", false),
            Map.entry("title_key", false));

    /**
     * How many trailing columns are derived for searches ({@code number_key}, {@code title_key}:
     * {@link SearchPattern#fold folded} number and title): written, never read back.
     */
    private static final int SEARCH_COLUMNS = 2;

    /** How many leading columns ({@code id}, {@code number}) an UPDATE leaves alone. */
    private static final int KEY_COLUMNS = 2;

    /** The columns {@link #read} reads, in its order: all but the search columns. */
    public static final String SELECT_COLUMNS = COLUMNS.stream().limit(COLUMNS.size() - SEARCH_COLUMNS)
            .map(Map.Entry::getKey).collect(Collectors.joining(", "));

    private static final String EMPTY_OBJECT = "{}";
    private static final String EMPTY_ARRAY = "[]";

    /** The wide column group of each column ({@link WideColumns}), 0 for the narrow ones. */
    private static final Map<String, Integer> WIDE = Map.of("description", WideColumns.DESCRIPTION,
            "description_html", WideColumns.DESCRIPTION, "custom_fields", WideColumns.CUSTOM_FIELDS, "slas", WideColumns.SLAS,
            "links", WideColumns.LINKS);

    private final String select;
    private final String selectByNumber;
    private final String insert;
    /** The UPDATE per mask of wide columns it writes. */
    private final String[] updates = new String[WideColumns.ALL + 1];

    /** The statements for a dialect whose JSON bind placeholder is {@code jsonPlaceholder} (e.g. {@code ?::jsonb}). */
    public CaseTable(String jsonPlaceholder) {
        String columns = COLUMNS.stream().map(Map.Entry::getKey).collect(Collectors.joining(", "));
        select = "SELECT " + SELECT_COLUMNS + " FROM " + TABLE + " WHERE id = ?";
        selectByNumber = "SELECT " + SELECT_COLUMNS + " FROM " + TABLE + " WHERE number = ?";
        insert = "INSERT INTO " + TABLE + " (" + columns + ") VALUES ("
                + COLUMNS.stream().map(c -> c.getValue() ? jsonPlaceholder : "?").collect(Collectors.joining(", ")) + ")";
        for (int wide = 0; wide <= WideColumns.ALL; wide++) {
            int mask = wide;
            updates[wide] = "UPDATE " + TABLE + " SET "
                    + COLUMNS.stream().skip(KEY_COLUMNS)
                            .filter(c -> !WIDE.containsKey(c.getKey()) || WideColumns.includes(mask, WIDE.get(c.getKey())))
                            .map(c -> c.getKey() + " = " + (c.getValue() ? jsonPlaceholder : "?"))
                            .collect(Collectors.joining(", "))
                    + " WHERE id = ? AND number = ? AND version = ? AND event_count = ?";
        }
    }

    /** {@code SELECT <every column> ... WHERE id = ?}. */
    public String select() {
        return select;
    }

    /** {@code SELECT <every column> ... WHERE number = ?}. */
    public String selectByNumber() {
        return selectByNumber;
    }

    /** {@code INSERT} of every column; bind with {@link #bindInsert}. */
    public String insert() {
        return insert;
    }

    /**
     * {@code UPDATE} of every column but id and number, if the row still has the expected version and
     * event count (and the same number); bind with {@link #bindUpdate}.
     */
    public String update() {
        return update(WideColumns.ALL);
    }

    /** {@link #update()} that writes only the wide columns in the mask ({@link WideColumns}); bind with the same mask. */
    String update(int wide) {
        return updates[wide];
    }

    /** Binds the INSERT's parameters; returns the index of the next parameter. */
    public static int bindInsert(PreparedStatement ps, Case c) throws SQLException {
        ps.setString(1, c.id().value());
        ps.setString(2, c.number());
        return bind(ps, 3, c, WideColumns.ALL);
    }

    /**
     * Binds the UPDATE's parameters: the new state, then the expected version and event count;
     * returns the index of the next parameter.
     */
    public static int bindUpdate(PreparedStatement ps, Case c, long expectedVersion, long expectedEventCount) throws SQLException {
        return bindUpdate(ps, c, expectedVersion, expectedEventCount, WideColumns.ALL);
    }

    /** {@link #bindUpdate(PreparedStatement, Case, long, long)} of {@link #update(int)} with the same mask. */
    static int bindUpdate(PreparedStatement ps, Case c, long expectedVersion, long expectedEventCount, int wide) throws SQLException {
        int next = bind(ps, 1, c, wide);
        ps.setString(next++, c.id().value());
        ps.setString(next++, c.number());
        ps.setLong(next++, expectedVersion);
        ps.setLong(next++, expectedEventCount);
        return next;
    }

    /**
     * Binds every column after id and number from {@code index} on, of the wide ones only those in
     * the mask; returns the next index.
     */
    private static int bind(PreparedStatement ps, int index, Case c, int wide) throws SQLException {
        int i = index;
        ps.setString(i++, c.definition().id());
        ps.setInt(i++, c.definition().version());
        ps.setString(i++, c.title());
        if (WideColumns.includes(wide, WideColumns.DESCRIPTION)) {
            ps.setString(i++, c.description());
            Columns.setOptional(ps, i++, c.descriptionHtml());
        }
        ps.setString(i++, c.customerId());
        Columns.setOptional(ps, i++, c.contactId());
        Columns.setOptional(ps, i++, c.endUserName());
        ps.setString(i++, c.caseType());
        ps.setString(i++, c.priority());
        ps.setString(i++, c.statusReason());
        ps.setString(i++, c.state().name());
        Columns.setOptional(ps, i++, c.stage());
        Columns.setOptional(ps, i++, c.owner().map(ValueCodec::ownerKind));
        Columns.setOptional(ps, i++, c.owner().map(Owner::id));
        ps.setInt(i++, c.escalationLevel());
        if (WideColumns.includes(wide, WideColumns.CUSTOM_FIELDS)) {
            ps.setString(i++, c.customFields().isEmpty() ? EMPTY_OBJECT : FieldCodec.customFieldsJson(c.customFields()));
        }
        if (WideColumns.includes(wide, WideColumns.SLAS)) {
            ps.setString(i++, c.slas().isEmpty() ? EMPTY_ARRAY : SlaCodec.slasJson(c.slas()));
        }
        if (WideColumns.includes(wide, WideColumns.LINKS)) {
            ps.setString(i++, c.links().isEmpty() ? EMPTY_ARRAY : ValueCodec.linksJson(c.links()));
        }
        Columns.setInstant(ps, i++, c.createdAt());
        Columns.setInstant(ps, i++, c.modifiedAt());
        ps.setLong(i++, c.version());
        ps.setLong(i++, c.eventCount());
        ps.setString(i++, SearchPattern.fold(c.number()));
        ps.setString(i++, SearchPattern.fold(c.title()));
        return i;
    }

    /** Reads the case from the current row of a result of {@link #select()} (or of {@link #SELECT_COLUMNS}). */
    public static Case read(ResultSet rs) throws SQLException {
        int i = 1;
        CaseId id = new CaseId(rs.getString(i++));
        String number = rs.getString(i++);
        DefinitionRef definition = new DefinitionRef(rs.getString(i++), rs.getInt(i++));
        String title = rs.getString(i++);
        String description = rs.getString(i++);
        Optional<String> descriptionHtml = Optional.ofNullable(rs.getString(i++));
        String customerId = rs.getString(i++);
        Optional<String> contactId = Optional.ofNullable(rs.getString(i++));
        Optional<String> endUserName = Optional.ofNullable(rs.getString(i++));
        String caseType = rs.getString(i++);
        String priority = rs.getString(i++);
        String statusReason = rs.getString(i++);
        CaseState state = CaseState.valueOf(rs.getString(i++));
        Optional<String> stage = Optional.ofNullable(rs.getString(i++));
        @Nullable String ownerKind = rs.getString(i++);
        @Nullable String ownerId = rs.getString(i++);
        Optional<Owner> owner = ownerKind == null || ownerId == null
                ? Optional.empty()
                : Optional.of(ValueCodec.owner(ownerKind, ownerId));
        int escalationLevel = rs.getInt(i++);
        Map<String, FieldValue> customFields = customFields(rs.getString(i++));
        List<SlaInstance> slas = slas(rs.getString(i++));
        List<CaseLink> links = links(rs.getString(i++));
        Instant createdAt = Columns.instant(rs, i++);
        Instant modifiedAt = Columns.instant(rs, i++);
        long version = rs.getLong(i++);
        long eventCount = rs.getLong(i);
        return Case.builder()
                .id(id)
                .number(number)
                .definition(definition)
                .title(title)
                .description(description)
                .descriptionHtml(descriptionHtml)
                .customerId(customerId)
                .contactId(contactId)
                .endUserName(endUserName)
                .caseType(caseType)
                .priority(priority)
                .status(statusReason, state)
                .stage(stage)
                .owner(owner)
                .escalationLevel(escalationLevel)
                .customFields(customFields)
                .slas(slas)
                .links(links)
                .createdAt(createdAt)
                .committed(version, modifiedAt, eventCount)
                .build();
    }

    private static Map<String, FieldValue> customFields(String json) {
        return isEmptyDocument(json, '{', '}') ? Map.of() : FieldCodec.customFieldsFromJson(json);
    }

    private static List<SlaInstance> slas(String json) {
        return isEmptyDocument(json, '[', ']') ? List.of() : SlaCodec.slasFromJson(json);
    }

    private static List<CaseLink> links(String json) {
        return isEmptyDocument(json, '[', ']') ? List.of() : ValueCodec.linksFromJson(json);
    }

    /** Whether the document is {@code {}} or {@code []} (possibly with blanks, as jsonb prints it). */
    private static boolean isEmptyDocument(String json, char open, char close) {
        String trimmed = json.strip();
        return trimmed.length() >= 2 && trimmed.charAt(0) == open && trimmed.charAt(trimmed.length() - 1) == close
                && trimmed.substring(1, trimmed.length() - 1).isBlank();
    }
}
