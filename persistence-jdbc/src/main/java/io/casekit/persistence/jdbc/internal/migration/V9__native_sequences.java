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
