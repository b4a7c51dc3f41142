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

import com.zaxxer.hikari.HikariDataSource;
import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.testkit.store.CaseFixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A commit that cannot get its case's lock in time (another transaction holds it past the
 * database's lock timeout) is a concurrent update: nothing is written and the writer reloads and
 * retries, as after a version conflict; it is not a store failure.
 */
class LockContentionTest {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCaseLockedPastTheLockTimeoutIsRefusedAsAConcurrentUpdate(String database) throws Exception {
        String url = database.equals("h2")
                ? "jdbc:h2:mem:contention-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=200"
                : PostgresServer.freshDatabase() + "&options=-c%20lock_timeout=200";
        HikariDataSource pool = databases.pool(url, true);
        JdbcCaseStore store = JdbcCaseStore.builder(pool).migrate(true).build();
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-LOCK");
        store.commit(open);
        Case opened = open.state();

        try (Connection holder = pool.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("UPDATE casekit_case SET version = version WHERE id = ?")) {
                lock.setString(1, opened.id().value());
                assertThat(lock.executeUpdate()).isEqualTo(1);
            }

            assertThatThrownBy(() -> store.commit(CaseFixtures.retitle(opened, "blocked")))
                    .isInstanceOfSatisfying(ConcurrentCaseUpdateException.class, e -> {
                        assertThat(e.caseId()).isEqualTo(opened.id());
                        assertThat(e.expectedVersion()).isEqualTo(opened.version());
                        assertThat(e.isRetryable()).isTrue();
                    });
            holder.rollback();
        }
        assertThat(store.find(opened.id())).contains(opened);
        store.commit(CaseFixtures.retitle(opened, "after the lock"));
        assertThat(store.find(opened.id()).orElseThrow().title()).isEqualTo("after the lock");
    }
}
