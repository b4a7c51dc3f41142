package io.casekit.persistence.jdbc;

/** The SPI's query contract on PostgreSQL, started by the tests from Maven artifacts. */
class PostgresCaseQueriesTest extends JdbcQueriesBehaviour {

    @Override
    Databases.Kind kind() {
        return Databases.Kind.POSTGRESQL;
    }
}
