package io.casekit.persistence.jdbc;

/** The timer contract and the JDBC store's own timer behaviour on a real PostgreSQL (started from Maven artifacts by the tests, never skipped), a fresh database per test. */
class PostgresTimerStoreTest extends JdbcTimerBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRESQL;
    }
}
