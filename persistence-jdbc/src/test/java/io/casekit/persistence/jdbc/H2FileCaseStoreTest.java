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

import io.casekit.spi.store.CaseCommit;
import io.casekit.testkit.store.CaseFixtures;
import org.junit.jupiter.api.Test;

/** The store contract and the JDBC store's own behaviour on an H2 file database, a fresh file per test. */
class H2FileCaseStoreTest extends JdbcStoreBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2_FILE;
    }

    @Override
    Dialect dialect() {
        return Dialect.H2;
    }

    @Test
    void casesOutliveTheProcessThatWroteThem() {
        String url = databases().freshUrl(FreshDatabases.Kind.H2_FILE);
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-FILE");
        try (var pool = databases().pool(url, true)) {
            JdbcCaseStore.builder(pool).migrate(true).build().commit(open);
        } // the last connection closes: H2 closes the database file

        JdbcCaseStore reopened = JdbcCaseStore.builder(databases().pool(url, true)).migrate(true).build();

        assertThat(reopened.find(open.state().id())).contains(open.state());
        assertThat(reopened.events(open.state().id())).containsExactlyElementsOf(open.events());
        assertThat(reopened.nextSequenceValue("s")).isEqualTo(1);
    }
}
