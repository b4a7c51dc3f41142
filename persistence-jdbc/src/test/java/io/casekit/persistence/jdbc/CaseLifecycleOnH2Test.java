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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.timer.Timer;
import io.casekit.testkit.lifecycle.CaseLifecycleProperties;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.state.ActionChain;

/**
 * The case lifecycle properties of core ({@link CaseLifecycleProperties}) on the JDBC store over H2
 * in memory, a fresh database per try: fewer tries than in memory, the same checks after every step
 * (events replay to the stored case, versions, SLA timers, what every actor sees, what each accepted
 * change was allowed to do).
 */
class CaseLifecycleOnH2Test extends CaseLifecycleProperties {

    // Each try migrates a fresh database: far fewer tries than the in-memory run. The generators'
    // coverage (how often chains move, change and get refused) is checked there, over 250 tries per
    // preset; here every chain is only checked step by step.
    private static final int TRIES = 4;

    @Override
    protected StoreUnderTest newStore() {
        String url = "jdbc:h2:mem:lifecycle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        HikariDataSource pool = new HikariDataSource(config);
        JdbcCaseStore store = JdbcCaseStore.builder(pool).migrate(true).build();
        return new StoreUnderTest() {
            @Override
            public CaseStore store() {
                return store;
            }

            @Override
            public List<Timer> timers(CaseId id) {
                return store.timers(id);
            }

            @Override
            public long caseCount() {
                return store.queries().orElseThrow().count(CaseFilter.ALL, CountDimension.STATE).values().stream()
                        .mapToLong(Long::longValue).sum();
            }

            @Override
            public void close() {
                pool.close();
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN"); // drops the in-memory database
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop " + url, e);
                }
            }
        };
    }

    @Property(tries = TRIES)
    void itServices(@ForAll("itServicesChains") ActionChain<World> chain) {
        runChecked(chain);
    }

    @Property(tries = TRIES)
    void softwareVendor(@ForAll("softwareVendorChains") ActionChain<World> chain) {
        runChecked(chain);
    }

    @Property(tries = TRIES)
    void erpVendor(@ForAll("erpVendorChains") ActionChain<World> chain) {
        runChecked(chain);
    }

    @Property(tries = TRIES)
    void erpConsultancy(@ForAll("erpConsultancyChains") ActionChain<World> chain) {
        runChecked(chain);
    }

    @Property(tries = TRIES)
    void approvalGatesNeedAnAuthorisedContactOfTheSameCustomer(@ForAll("erpConsultancyApprovalChains") ActionChain<World> chain) {
        runChecked(chain);
    }

    @Property(tries = TRIES)
    void theFilingApprovalNeedsAnAuthorisedContactOfTheSameCustomer(@ForAll("erpVendorApprovalChains") ActionChain<World> chain) {
        runChecked(chain);
    }
}
