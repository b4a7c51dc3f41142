package io.casekit.persistence.jdbc;

import io.casekit.spi.query.CaseQueriesContract;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The SPI's query contract on PostgreSQL (the tests start it from Maven artifacts), a fresh database per test. */
class PostgresCaseQueriesTest extends CaseQueriesContract<JdbcCaseStore> {

    @RegisterExtension
    final Resources resources = new Resources();

    @TempDir
    Path tempDir;

    @Override
    protected JdbcCaseStore createStore() {
        return JdbcCaseStore.builder(Databases.pool(Databases.freshUrl(Databases.Kind.POSTGRESQL, tempDir), true, resources))
                .migrate(true).build();
    }
}
