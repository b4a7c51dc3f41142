package io.casekit.persistence.jdbc;

/** The outbox contract and the JDBC store's own outbox behaviour on H2 in a file, a fresh database per test. */
class H2FileOutboxTest extends JdbcOutboxBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2_FILE;
    }
}
