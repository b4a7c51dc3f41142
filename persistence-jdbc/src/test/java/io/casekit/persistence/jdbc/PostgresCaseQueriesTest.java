package io.casekit.persistence.jdbc;

/** The SPI's query contract on PostgreSQL, started by the tests from Maven artifacts. */
class PostgresCaseQueriesTest extends JdbcQueriesBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRESQL;
    }
}
