package io.casekit.persistence.jdbc;

/** The timer contract and the JDBC store's own timer behaviour on an H2 file database, a fresh file per test. */
class H2FileTimerStoreTest extends JdbcTimerBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2_FILE;
    }
}
