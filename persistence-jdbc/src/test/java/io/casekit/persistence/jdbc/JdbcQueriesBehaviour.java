package io.casekit.persistence.jdbc;

import io.casekit.spi.query.CaseQueriesContract;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The SPI's query contract on one kind of database per subclass, a fresh database per test. */
abstract class JdbcQueriesBehaviour extends CaseQueriesContract<JdbcCaseStore> {

    @RegisterExtension
    final Resources resources = new Resources();

    @TempDir
    Path tempDir;

    /** The kind of database the subclass runs on. */
    abstract Databases.Kind kind();

    @Override
    protected final JdbcCaseStore createStore() {
        return JdbcCaseStore.builder(Databases.pool(Databases.freshUrl(kind(), tempDir), true, resources)).migrate(true).build();
    }
}
