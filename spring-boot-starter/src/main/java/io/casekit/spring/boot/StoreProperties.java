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
package io.casekit.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where cases are kept. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public class StoreProperties {

    /**
     * Whether the JDBC store applies Casekit's pending schema migrations at start-up (its own
     * Flyway history table, casekit_schema_history). Off for teams whose DBA applies
     * JdbcCaseStore.schemaSql by hand: the store then only checks the schema.
     */
    private boolean migrate = true;

    /** {@return whether the JDBC store migrates the schema at start-up} */
    public boolean isMigrate() {
        return migrate;
    }

    /** @param migrate whether the JDBC store migrates the schema at start-up */
    public void setMigrate(boolean migrate) {
        this.migrate = migrate;
    }
}
