package io.casekit.persistence.jdbc;

/** The outbox contract and the JDBC store's own outbox behaviour on a real PostgreSQL (started from Maven artifacts by the tests, never skipped), a fresh database per test. */
class PostgresOutboxTest extends JdbcOutboxBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRESQL;
    }
}
