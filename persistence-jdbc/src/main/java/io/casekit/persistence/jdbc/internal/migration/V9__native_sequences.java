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
package io.casekit.persistence.jdbc.internal.migration;

import io.casekit.persistence.jdbc.internal.Sequences;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 9, on PostgreSQL and H2 alike: case-number sequences become native database
 * sequences (one per name, see {@link Sequences}); each counter of {@code casekit_sequence} is
 * carried into its sequence, which goes on after the counter's last value, and the table is
 * dropped. A Java migration because the sequences' names come from the table's rows. On an empty
 * database it is {@value #EMPTY_DATABASE_SQL}
 */
public class V9__native_sequences extends BaseJavaMigration {

    /** What the migration does on a database without counters (for {@code JdbcCaseStore.schemaSql}). */
    public static final String EMPTY_DATABASE_SQL = "DROP TABLE casekit_sequence;";

    /** Called by Flyway. */
    public V9__native_sequences() {}

    @Override
    public void migrate(Context context) throws Exception {
        Sequences.carryOver(context.getConnection());
    }
}
