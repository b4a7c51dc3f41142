package io.casekit.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/** Fresh, empty databases for tests, each behind a HikariCP pool closed after the test. */
final class Databases {

    private Databases() {}

    /** A kind of test database. */
    enum Kind {
        H2_MEMORY,
        H2_FILE,
        POSTGRESQL
    }

    /** The JDBC URL of a fresh, empty database of this kind. */
    static String freshUrl(Kind kind, Path tempDir) {
        return switch (kind) {
            case H2_MEMORY -> "jdbc:h2:mem:casekit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            case H2_FILE -> "jdbc:h2:file:" + tempDir.resolve("casekit-" + UUID.randomUUID()).toAbsolutePath();
            case POSTGRESQL -> PostgresServer.freshDatabase();
        };
    }

    /** A pool on the URL, closed (and an in-memory H2 database dropped) after the test. */
    static HikariDataSource pool(String url, Resources resources) {
        return pool(url, true, resources);
    }

    /** A pool whose connections start in the given auto-commit mode, closed after the test. */
    static HikariDataSource pool(String url, boolean autoCommit, Resources resources) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (url.startsWith("jdbc:h2:")) {
            config.setUsername("sa");
            config.setPassword("");
        } else {
            config.setUsername("postgres");
            config.setPassword("postgres");
        }
        config.setAutoCommit(autoCommit);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + url.hashCode());
        HikariDataSource pool = new HikariDataSource(config);
        if (url.startsWith("jdbc:h2:mem:")) {
            resources.add(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            });
        }
        return resources.add(pool);
    }
}
