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

import io.casekit.persistence.jdbc.Dialect;
import io.casekit.persistence.jdbc.internal.migration.V9__native_sequences;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store's schema migrations: Flyway scripts in the jar, under {@code
 * io/casekit/persistence/jdbc/migration/<dialect>/}, recorded in their own history table {@value
 * #HISTORY_TABLE} so that they never meet the host's own migrations or history.
 *
 * <p>Stateless; thread-safe (Flyway itself serialises concurrent migrations of one database with a
 * lock, so several nodes may start at once).
 */
public final class Migrations {

    /** Flyway's history table for Casekit's migrations (the host's stays {@code flyway_schema_history}). */
    public static final String HISTORY_TABLE = "casekit_schema_history";

    /**
     * The scripts of every dialect, in the order they apply. Add a new script here as well as in
     * each dialect's folder; {@code MigrationsTest} checks that this list is what Flyway finds.
     */
    public static final List<String> SCRIPTS = List.of("V1__case_store.sql", "V2__timers.sql", "V3__case_queries.sql", "V4__outbox.sql",
            "V5__links.sql", "V6__escalation.sql", "V7__rich_text.sql", "V8__event_without_foreign_key.sql",
            V9__native_sequences.class.getName(), "V10__timer_and_outbox_without_foreign_keys.sql", "V11__case_counters.sql",
            "V12__definition_fingerprints.sql",
            "V13__verification_codes.sql", "V14__portal_access.sql", "V15__case_list_indexes.sql");

    private static final String ROOT = "io/casekit/persistence/jdbc/migration/";

    /** Where the Java migrations are, for every dialect: the package of {@link V9__native_sequences}. */
    private static final String JAVA_MIGRATIONS = "classpath:" + V9__native_sequences.class.getPackageName().replace('.', '/');

    private Migrations() {}

    /** The Flyway location of a dialect's scripts. */
    public static String location(Dialect dialect) {
        return "classpath:" + ROOT + dialect.migrationFolder();
    }

    /**
     * Flyway, configured for Casekit's scripts of the dialect on the data source. A schema that
     * holds other tables (the host's) but not Casekit's history gets a baseline at version 0 first,
     * so that every Casekit script still applies.
     */
    public static Flyway flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location(dialect), JAVA_MIGRATIONS)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("<< before Casekit >>")
                .failOnMissingLocations(true)
                .placeholderReplacement(false)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /** Applies the pending scripts; returns how many it applied. */
    public static int migrate(DataSource dataSource, Dialect dialect) {
        return flyway(dataSource, dialect).migrate().migrationsExecuted;
    }

    /**
     * The text of every script of the dialect, in order, each after a comment line naming it; for a
     * Java migration, what it does on an empty database.
     */
    public static String schemaSql(Dialect dialect) {
        StringBuilder sql = new StringBuilder();
        for (String script : SCRIPTS) {
            if (script.equals(V9__native_sequences.class.getName())) {
                sql.append("-- ").append(V9__native_sequences.class.getSimpleName()).append(" (a Java migration; on an empty database:)\n")
                        .append(V9__native_sequences.EMPTY_DATABASE_SQL).append("\n\n");
                continue;
            }
            String path = ROOT + dialect.migrationFolder() + "/" + script;
            try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("migration script " + path + " is missing from the classpath");
                }
                sql.append("-- ").append(script).append('\n')
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing())
                        .append("\n\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration script " + path, e);
            }
        }
        return sql.toString();
    }
}
