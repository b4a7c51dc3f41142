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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Table rows as a JSON fixture, exactly as a database holds them: written by one version of the
 * store ({@link #dump}), put back into a database at that schema version by a later one ({@link
 * #load}). Each column's value keeps its SQL type: text, whole number, or timestamp with time zone.
 */
final class RowFixtures {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private RowFixtures() {}

    /** The rows of the tables, each table ordered by the given columns, as a JSON document. */
    static String dump(Connection c, Map<String, String> tablesAndOrder) throws SQLException {
        ObjectNode root = MAPPER.createObjectNode();
        for (Map.Entry<String, String> table : tablesAndOrder.entrySet()) {
            ObjectNode t = root.putObject(table.getKey());
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
                ResultSetMetaData md = rs.getMetaData();
                ObjectNode types = t.putObject("types");
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                    names.add(name);
                    types.put(name, type(md.getColumnType(i)));
                }
                ArrayNode rows = t.putArray("rows");
                while (rs.next()) {
                    ObjectNode row = rows.addObject();
                    for (int i = 1; i <= names.size(); i++) {
                        String name = names.get(i - 1);
                        switch (types.get(name).asString()) {
                            case "long" -> {
                                long value = rs.getLong(i);
                                if (rs.wasNull()) {
                                    row.putNull(name);
                                } else {
                                    row.put(name, value);
                                }
                            }
                            case "timestamp" -> {
                                OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
                                if (value == null) {
                                    row.putNull(name);
                                } else {
                                    row.put(name, value.toString());
                                }
                            }
                            default -> row.put(name, rs.getString(i));
                        }
                    }
                }
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static String type(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> "long";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
            default -> "text";
        };
    }

    /**
     * Inserts the fixture's rows into tables of the same names and columns (on PostgreSQL, a text
     * value is cast to the column's own type, such as jsonb).
     */
    static void load(Connection c, String json) throws SQLException {
        JsonNode root = MAPPER.readTree(json);
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        for (Map.Entry<String, JsonNode> table : root.properties()) {
            JsonNode types = table.getValue().get("types");
            List<String> names = new ArrayList<>();
            types.properties().forEach(e -> names.add(e.getKey()));
            Map<String, String> columnTypes = postgres ? columnTypes(c, table.getKey()) : Map.of();
            String insert = "INSERT INTO " + table.getKey() + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(n -> postgres && "text".equals(types.get(n).asString())
                            ? "CAST(? AS " + columnTypes.get(n) + ")" : "?").toList()) + ")";
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                for (JsonNode row : table.getValue().get("rows")) {
                    for (int i = 0; i < names.size(); i++) {
                        JsonNode value = row.get(names.get(i));
                        String type = types.get(names.get(i)).asString();
                        if (value == null || value.isNull()) {
                            ps.setNull(i + 1, "long".equals(type) ? Types.BIGINT
                                    : "timestamp".equals(type) ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
                        } else if ("long".equals(type)) {
                            ps.setLong(i + 1, value.asLong());
                        } else if ("timestamp".equals(type)) {
                            ps.setObject(i + 1, OffsetDateTime.parse(value.asString()));
                        } else {
                            ps.setString(i + 1, value.asString());
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static Map<String, String> columnTypes(Connection c, String table) throws SQLException {
        Map<String, String> types = new java.util.HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                types.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), md.getColumnTypeName(i));
            }
        }
        return types;
    }
}
