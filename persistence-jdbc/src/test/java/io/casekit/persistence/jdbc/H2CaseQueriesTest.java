package io.casekit.persistence.jdbc;

/** The SPI's query contract on H2 in memory. */
class H2CaseQueriesTest extends JdbcQueriesBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2_MEMORY;
    }
}
