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
package io.casekit.examples.queries;

import io.casekit.persistence.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Fills {@code casekit_case} with many cases in one INSERT ... SELECT per dialect, computed in the
 * database (committing a million cases one by one through the store would take the better part of an
 * hour and measure the writes, not the lists). The rows are what the store writes: every column, the
 * search keys lower-cased. One case in ten belongs to one large customer ({@value #BIG_CUSTOMER});
 * the others spread over {@code customers} customers. One case in five is open; the modification
 * times spread over three years. Each attribute comes from its own hash of the row number, so that
 * attributes do not depend on each other (every customer has open and closed cases of each priority).
 */
final class BulkLoad {

    /** The customer with a tenth of all cases. */
    static final String BIG_CUSTOMER = "CUST-BIG";

    private static final String COLUMNS = "id, number, definition_id, definition_version, title, description, customer_id,"
            + " contact_id, end_user_name, case_type, priority, status_reason, state, stage, owner_kind, owner_id, custom_fields,"
            + " slas, created_at, modified_at, version, event_count, number_key, title_key";

    private BulkLoad() {}

    /** A pseudo-random number in [0, n) from the row number i: i times a multiplier modulo a prime, modulo n. */
    private static String hash(long multiplier, String n) {
        return "MOD(MOD(i * " + multiplier + ", 2147483647), " + n + ")";
    }

    /** The id of the {@code k}-th uniform customer. */
    static String customer(int k) {
        return "CUST-" + k;
    }

    static void load(DataSource dataSource, Dialect dialect, int cases, int customers) throws SQLException {
        String rows = dialect == Dialect.POSTGRESQL
                ? "FROM generate_series(CAST(1 AS BIGINT), CAST(? AS BIGINT)) AS g(i)"
                : "FROM (SELECT CAST(X AS BIGINT) AS i FROM SYSTEM_RANGE(1, ?)) g";
        String created = dialect == Dialect.POSTGRESQL
                ? "TIMESTAMPTZ '2023-01-01 00:00:00+00' + i * INTERVAL '90 seconds'"
                : "DATEADD(SECOND, i * 90, TIMESTAMP WITH TIME ZONE '2023-01-01 00:00:00+00')";
        String modified = dialect == Dialect.POSTGRESQL
                ? created + " + ((i * 13) % 43200) * INTERVAL '1 minute'"
                : "DATEADD(MINUTE, MOD(i * 13, 43200), " + created + ")";
        String number = "'CAS-' || LPAD(CAST(i AS VARCHAR(12)), 8, '0')";
        String title = "CASE " + hash(1_103_515_245, "5") + " WHEN 0 THEN 'VPN drops every few minutes' WHEN 1 THEN 'Printer on floor 3 jams'"
                + " WHEN 2 THEN 'Invoice question' WHEN 3 THEN 'Password reset' ELSE 'ERP report is slow' END || ' #' || CAST(i AS VARCHAR(12))";
        String percent = hash(1_226_874_159, "100");
        String status = "CASE WHEN " + percent + " < 20 THEN '200' WHEN " + percent + " < 90 THEN '450' ELSE '430' END";
        String state = "CASE WHEN " + percent + " < 20 THEN 'OPEN' WHEN " + percent + " < 90 THEN 'RESOLVED' ELSE 'CANCELLED' END";
        String json = dialect == Dialect.POSTGRESQL ? "'{}'::jsonb, '[]'::jsonb" : "JSON '{}', JSON '[]'";
        String sql = "INSERT INTO casekit_case (" + COLUMNS + ") SELECT"
                + " 'case-' || LPAD(CAST(i AS VARCHAR(12)), 8, '0'), " + number + ", 'it-services', 1, " + title + ","
                + " 'Loaded for the case-list benchmark',"
                + " CASE WHEN " + hash(1_343_714_438, "10") + " = 0 THEN '" + BIG_CUSTOMER + "' ELSE 'CUST-' || CAST("
                + hash(2_027_812_193, "?") + " AS VARCHAR(12)) END,"
                + " NULL, NULL, CASE " + hash(62_089_911, "3") + " WHEN 0 THEN 'Incident' WHEN 1 THEN 'Service Request' ELSE 'Change Request' END,"
                + " 'P' || CAST(1 + " + hash(950_706_376, "4") + " AS VARCHAR(1)), " + status + ", " + state + ", NULL,"
                + " CASE WHEN " + hash(742_938_285, "3") + " = 0 THEN NULL ELSE 'AGENT' END,"
                + " CASE WHEN " + hash(742_938_285, "3") + " = 0 THEN NULL ELSE 'agent-' || CAST(" + hash(1_583_458_089, "40")
                + " AS VARCHAR(4)) END,"
                + " " + json + ", " + created + ", " + modified + ", 1, 1, LOWER(" + number + "), LOWER(" + title + ") " + rows;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, customers);
                ps.setInt(2, cases);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute(dialect == Dialect.POSTGRESQL ? "VACUUM ANALYZE casekit_case" : "ANALYZE");
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
