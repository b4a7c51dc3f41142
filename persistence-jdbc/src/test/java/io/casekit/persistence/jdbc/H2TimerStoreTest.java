package io.casekit.persistence.jdbc;

/** The timer contract and the JDBC store's own timer behaviour on H2 in memory, a fresh database per test. */
class H2TimerStoreTest extends JdbcTimerBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2_MEMORY;
    }
}
