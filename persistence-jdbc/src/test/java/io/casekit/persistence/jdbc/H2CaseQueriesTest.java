package io.casekit.persistence.jdbc;

/** The SPI's query contract on H2 in memory. */
class H2CaseQueriesTest extends JdbcQueriesBehaviour {

    @Override
    Databases.Kind kind() {
        return Databases.Kind.H2_MEMORY;
    }
}
