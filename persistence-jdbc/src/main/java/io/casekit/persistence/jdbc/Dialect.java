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

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The databases the JDBC store supports. {@link JdbcCaseStore} detects the dialect from the
 * connection's metadata; {@link JdbcCaseStore#schemaSql(Dialect)} takes one to export the schema.
 * Immutable; thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public enum Dialect {

    /** PostgreSQL 14 or newer: the production target. JSON columns are {@code jsonb}. */
    POSTGRESQL("postgresql"),

    /** H2 2.x, in memory or in a file: the embedded default. JSON columns are H2's {@code JSON}. */
    H2("h2");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /**
     * {@return the folder of this dialect's migrations under {@code
     * io/casekit/persistence/jdbc/migration/}}
     */
    public String migrationFolder() {
        return folder;
    }

    /**
     * The dialect of a database, by the product name its JDBC driver reports ({@code
     * DatabaseMetaData.getDatabaseProductName()}).
     *
     * @param productName the product name, e.g. {@code PostgreSQL} or {@code H2}; letter case and
     *     surrounding blanks are ignored
     * @return the dialect, or empty if the store does not support the database
     */
    public static Optional<Dialect> ofProductName(String productName) {
        String name = productName.trim().toLowerCase(Locale.ROOT);
        if (name.equals("postgresql")) {
            return Optional.of(POSTGRESQL);
        }
        if (name.equals("h2")) {
            return Optional.of(H2);
        }
        return Optional.empty();
    }
}
