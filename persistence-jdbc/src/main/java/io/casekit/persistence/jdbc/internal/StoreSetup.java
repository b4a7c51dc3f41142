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

import io.casekit.persistence.jdbc.CaseStoreException;
import io.casekit.persistence.jdbc.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What building a store does before it hands the store out: detects the database's dialect, applies
 * the schema migrations if asked to, and checks that every table and column the store uses exists.
 * Stateless; thread-safe.
 */
public final class StoreSetup {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSetup.class);

    private StoreSetup() {}

    /**
     * Prepares the database and returns its dialect.
     *
     * @throws CaseStoreException if the database is unreachable or not supported, the migration
     *     fails, or the schema is missing or incomplete
     */
    public static Dialect prepare(DataSource dataSource, boolean migrate) {
        Dialect dialect;
        String product;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData metaData = c.getMetaData();
            String name = metaData.getDatabaseProductName();
            product = name + " " + metaData.getDatabaseProductVersion();
            dialect = Dialect.ofProductName(name)
                    .orElseThrow(() -> new CaseStoreException("JdbcCaseStore supports PostgreSQL and H2, but the data"
                            + " source connects to " + product));
        } catch (SQLException e) {
            throw new CaseStoreException("could not connect to the database to detect its dialect", e);
        }
        if (dialect == Dialect.H2) {
            H2Durability.ensure(dataSource);
        }
        int applied = 0;
        if (migrate) {
            try {
                applied = Migrations.migrate(dataSource, dialect);
            } catch (FlywayException e) {
                throw new CaseStoreException("could not apply Casekit's schema migrations from " + Migrations.location(dialect)
                        + " (history table " + Migrations.HISTORY_TABLE + ")", e);
            }
        }
        checkSchema(dataSource, dialect);
        LOG.info("Casekit JDBC store on {} ({}): {}", product, dialect,
                migrate ? applied + " schema migration(s) applied" : "schema checked, migrations not run");
        return dialect;
    }

    /**
     * Checks that the database answers and that every table and column the store uses exists.
     *
     * @throws CaseStoreException if the database is unreachable or the schema is missing or incomplete
     */
    public static void checkSchema(DataSource dataSource, Dialect dialect) {
        try (Connection c = dataSource.getConnection()) {
            for (String probe : Sql.of(dialect).probes()) {
                try (PreparedStatement ps = c.prepareStatement(probe); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new CaseStoreException("Casekit's tables are missing or incomplete in this " + dialect + " database: build the"
                    + " store with migrate(true), or have the schema applied from JdbcCaseStore.schemaSql(Dialect." + dialect + ")", e);
        }
    }
}
