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

import io.casekit.persistence.jdbc.internal.EventSamples;
import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseCommit;
import io.casekit.testkit.store.CaseFixtures;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The store contract and the JDBC store's own behaviour on a real PostgreSQL 17 that the tests start
 * from Maven artifacts (one server per test JVM, a fresh database per test). Never skipped: if the
 * server cannot start, every test here fails.
 */
class PostgresCaseStoreTest extends JdbcStoreBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRESQL;
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Test
    void customFieldsAndSlasAreQueryableJsonb() throws SQLException {
        Case rich = EventSamples.richCase(CaseFixtures.newId(), "CAS-JSONB", "x");
        store().commit(EventSamples.open(rich));

        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_typeof(custom_fields)::text, custom_fields->'product'->>'value',"
                        + " (custom_fields->'hours'->>'value')::numeric, jsonb_array_length(slas), slas->1->>'state',"
                        + " (SELECT pg_typeof(payload)::text || ' ' || (payload->>'kind') FROM casekit_event e WHERE e.case_id = k.id)"
                        + " FROM casekit_case k WHERE customer_id = ?")) {
            ps.setString(1, "CUST x");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("jsonb");
                assertThat(rs.getString(2)).isEqualTo("ERP");
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("12.5");
                assertThat(rs.getInt(4)).isEqualTo(2);
                assertThat(rs.getString(5)).isEqualTo("PAUSED");
                assertThat(rs.getString(6)).isEqualTo("json CaseOpened");
            }
        }
    }

    @Test
    void takingACaseNumberLeavesTheConnectionsCommitsDurable() throws SQLException {
        // The increment commits without waiting for its flush (synchronous_commit off for its own
        // transaction): the commits that follow on the same connection must flush again.
        try (Connection real = dataSource().getConnection()) {
            try (Statement s = real.createStatement()) {
                s.execute("SET synchronous_commit TO on"); // the test server runs with it off
            }
            if (!real.getAutoCommit()) {
                real.commit();
            }
            DataSource single = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        if (!method.getName().equals("getConnection")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> m.getName().equals("close") ? null : m.invoke(real, a));
                    });
            JdbcCaseStore store = JdbcCaseStore.builder(single).build();

            assertThat(store.nextSequenceValue("SD")).isEqualTo(1);
            assertThat(store.nextSequenceValue("SD")).isEqualTo(2);
            assertThat(synchronousCommit(real)).isEqualTo("on");
            CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "SD-00000002");
            store.commit(open);
            assertThat(synchronousCommit(real)).isEqualTo("on");
            assertThat(store().find(open.state().id())).contains(open.state());
        }
    }

    private static String synchronousCommit(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
            rs.next();
            String value = rs.getString(1);
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return value;
        }
    }

    @Test
    void aServerProcessKilledInTheMiddleOfTheTransactionLeavesNothing() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-KILLED");
        store().commit(open);
        CaseCommit move = CaseFixtures.commentAndMove(open.state(), "killed", "200", open.state().state());
        FaultyDataSource faulty = new FaultyDataSource(dataSource());
        faulty.beforeCommit = real -> {
            int pid;
            try (Statement s = real.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            try (Connection other = dataSource().getConnection();
                    PreparedStatement kill = other.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
                kill.setInt(1, pid);
                try (ResultSet rs = kill.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("backend %s terminated", pid).isTrue();
                }
            }
        };

        assertThatThrownBy(() -> storeOn(faulty).commit(move))
                .isInstanceOfSatisfying(CaseStoreException.class, e -> assertThat(e.isRetryable()).isTrue())
                .hasCauseInstanceOf(SQLException.class);
        assertThat(store().find(open.state().id())).contains(open.state());
        assertThat(store().events(open.state().id())).containsExactlyElementsOf(open.events());
        store().commit(move);
        assertThat(store().find(open.state().id())).contains(move.state());
    }

    @Test
    void textPostgresqlCannotHoldIsRefusedWithoutLeakingOrWriting() {
        Case c = EventSamples.richCase(CaseFixtures.newId(), "CAS-NUL", EventSamples.NASTY_WITH_NUL);

        assertThatThrownBy(() -> store().commit(EventSamples.open(c)))
                .isInstanceOf(CaseStoreException.class).hasMessageContaining("nothing was written")
                .hasCauseInstanceOf(SQLException.class);
        assertThat(store().find(c.id())).isEmpty();
        assertThat(store().events(c.id())).isEmpty();
    }
}
