package io.casekit.persistence.jdbc;

import io.casekit.testkit.query.CaseQueriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SPI's query contract on one kind of database per subclass, a fresh database per test. */
abstract class JdbcQueriesBehaviour extends CaseQueriesContract<JdbcCaseStore> {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    /** The kind of database the subclass runs on. */
    abstract FreshDatabases.Kind kind();

    @Override
    protected final JdbcCaseStore createStore() {
        return JdbcCaseStore.builder(databases.fresh(kind(), true)).migrate(true).build();
    }
}
