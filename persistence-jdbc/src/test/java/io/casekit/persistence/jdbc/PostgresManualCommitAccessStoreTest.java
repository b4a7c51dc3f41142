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

import io.casekit.spi.store.CaseStore;
import io.casekit.testkit.access.AccessStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The portal access store contract on PostgreSQL with a manual-commit pool. */
class PostgresManualCommitAccessStoreTest extends AccessStoreContract {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();

    @Override
    protected CaseStore createStore() {
        return JdbcCaseStore.builder(databases.fresh(FreshDatabases.Kind.POSTGRESQL, false)).migrate(true).build();
    }
}
