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

import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCounterUpdateException;
import io.casekit.spi.store.CounterIncrement;
import io.casekit.testkit.store.CaseCountersContract;
import io.casekit.testkit.store.CaseFixtures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI's counter contract plus what the JDBC store promises beyond it (a commit that waits for
 * another's counter row is refused, not duplicated, once that one commits; counters survive a new
 * store on the same database), run against one kind of database per subclass.
 */
abstract class JdbcCountersBehaviour extends CaseCountersContract {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();

    private DataSource dataSource;
    private JdbcCaseStore store;

    /** The kind of database the subclass runs on. */
    abstract FreshDatabases.Kind kind();

    /** Whether the pool's connections start in auto-commit mode (the default of most pools). */
    boolean autoCommit() {
        return true;
    }

    @Override
    protected final CaseStore createStore() {
        dataSource = databases.fresh(kind(), autoCommit());
        store = JdbcCaseStore.builder(dataSource).migrate(true).build();
        return store;
    }

    private static CaseCommit opening(String number, String counter, long expected) {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), number);
        return new CaseCommit(open.state(), 0, open.events(), List.of(), List.of(), List.of(new CounterIncrement(counter, expected)));
    }

    @Test
    void aCommitThatWaitsForAnotherOnTheSameCounterIsRefusedOnceThatOneCommits() throws Exception {
        store.commit(opening("W-1", "w", 0));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Future<?> holder = pool.submit(() -> {
                try (Statement s = c.createStatement()) {
                    // another writer took value 2 and has not committed yet
                    s.executeUpdate("UPDATE casekit_counter SET last_value = 2 WHERE name = 'w' AND last_value = 1");
                    holding.countDown();
                    release.await();
                    c.commit();
                }
                return null;
            });
            holding.await();
            Future<?> waiter = pool.submit(() -> store.commit(opening("W-2", "w", 1)));
            Thread.sleep(200); // the waiter now waits for the row lock (or fails on it, on H2)
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);

            assertThatThrownBy(() -> waiter.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(ConcurrentCounterUpdateException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.counterValue("w")).isEqualTo(2);
        assertThat(store.findByNumber("W-2")).isEmpty();
    }

    @Test
    void countersAreKeptInTheDatabase() throws SQLException {
        store.commit(opening("K-1", "case-number/it/customer/ACME", 0));
        store.commit(opening("K-2", "case-number/it/customer/ACME", 1));

        JdbcCaseStore other = JdbcCaseStore.builder(dataSource).build();

        assertThat(other.counters()).isPresent();
        assertThat(other.counterValue("case-number/it/customer/ACME")).isEqualTo(2);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT name, last_value FROM casekit_counter")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("case-number/it/customer/ACME");
            assertThat(rs.getLong(2)).isEqualTo(2);
            assertThat(rs.next()).isFalse();
        }
    }
}
