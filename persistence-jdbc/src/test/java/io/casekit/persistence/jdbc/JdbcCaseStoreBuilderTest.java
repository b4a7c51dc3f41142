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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcCaseStoreBuilderTest {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    private DataSource h2() {
        return databases.fresh(FreshDatabases.Kind.H2_MEMORY);
    }

    @Test
    void eachSettingIsSetOnce() {
        JdbcCaseStore.Builder builder = JdbcCaseStore.builder(h2()).migrate(true);

        assertThatThrownBy(() -> builder.migrate(false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("migrate was already set to true");
        assertThatThrownBy(() -> JdbcCaseStore.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("dataSource");
        assertThat(builder.build().dialect()).isEqualTo(Dialect.H2);
    }

    @Test
    void aDatabaseOtherThanPostgresqlOrH2IsRefused() {
        DataSource real = h2();
        DataSource oracle = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Connection c = real.getConnection();
                    DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {DatabaseMetaData.class}, (p, m, a) -> switch (m.getName()) {
                                case "getDatabaseProductName" -> "Oracle";
                                case "getDatabaseProductVersion" -> "23ai";
                                default -> m.invoke(c.getMetaData(), a);
                            });
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> m.getName().equals("getMetaData") ? metaData : m.invoke(c, a));
                });

        assertThatThrownBy(() -> JdbcCaseStore.builder(oracle).migrate(true).build())
                .isInstanceOf(CaseStoreException.class)
                .hasMessage("JdbcCaseStore supports PostgreSQL and H2, but the data source connects to Oracle 23ai");
    }

    @Test
    void dialectsAreKnownByTheirProductName() {
        assertThat(Dialect.ofProductName("PostgreSQL")).contains(Dialect.POSTGRESQL);
        assertThat(Dialect.ofProductName("H2")).contains(Dialect.H2);
        assertThat(Dialect.ofProductName("MySQL")).isEmpty();
    }

    @Test
    void theSchemaOfEachDialectCanBeExported() {
        assertThat(JdbcCaseStore.schemaSql(Dialect.POSTGRESQL)).contains("JSONB").contains("TIMESTAMPTZ");
        assertThat(JdbcCaseStore.schemaSql(Dialect.H2)).contains(" JSON ").contains("TIMESTAMP(6) WITH TIME ZONE");
    }
}
