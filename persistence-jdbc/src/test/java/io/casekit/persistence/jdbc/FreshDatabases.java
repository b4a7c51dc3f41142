/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that hands a test fresh, empty databases, each behind a HikariCP pool, and
 * closes them all after the test (after its {@code @AfterEach} methods, so that a contract's
 * invariant checks still have their database): an in-memory H2 database is shut down, an H2 file
 * database's directory deleted; PostgreSQL databases live in one embedded server per test JVM
 * ({@link PostgresServer}).
 *
 * <pre>{@code
 * @RegisterExtension
 * final FreshDatabases databases = new FreshDatabases();
 * ...
 * DataSource db = databases.fresh(FreshDatabases.Kind.POSTGRESQL, false); // auto-commit off
 * }</pre>
 *
 * <p>Outside JUnit Jupiter (a jqwik container), call {@link #closeAll()} by hand. Thread-safe.
 */
final class FreshDatabases implements AfterEachCallback {

    /** A kind of test database. */
    enum Kind {
        H2_MEMORY,
        H2_FILE,
        POSTGRESQL;

        /** The dialect the store detects on it. */
        Dialect dialect() {
            return this == POSTGRESQL ? Dialect.POSTGRESQL : Dialect.H2;
        }
    }

    private final Resources resources = new Resources();
    private final Map<DataSource, String> urls = new ConcurrentHashMap<>();
    private @Nullable Path h2Files;

    /** A fresh, empty database of the kind behind a pool in auto-commit mode. */
    HikariDataSource fresh(Kind kind) {
        return fresh(kind, true);
    }

    /** A fresh, empty database of the kind behind a pool whose connections start in the given auto-commit mode. */
    HikariDataSource fresh(Kind kind, boolean autoCommit) {
        return pool(freshUrl(kind), autoCommit);
    }

    /** Another pool on the database of a pool this extension made (another node), in the given auto-commit mode. */
    HikariDataSource anotherPool(DataSource pool, boolean autoCommit) {
        String url = urls.get(pool);
        if (url == null) {
            throw new IllegalArgumentException("not a pool of this extension: " + pool);
        }
        return pool(url, autoCommit);
    }

    /** The JDBC URL of a fresh, empty database of the kind (no pool yet). */
    String freshUrl(Kind kind) {
        return switch (kind) {
            case H2_MEMORY -> "jdbc:h2:mem:casekit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            case H2_FILE -> "jdbc:h2:file:" + h2Files().resolve("casekit-" + UUID.randomUUID()).toAbsolutePath();
            case POSTGRESQL -> PostgresServer.freshDatabase();
        };
    }

    /** A pool on the URL, closed (and an in-memory H2 database shut down) after the test. */
    HikariDataSource pool(String url, boolean autoCommit) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        boolean h2 = url.startsWith("jdbc:h2:");
        config.setUsername(h2 ? "sa" : "postgres");
        config.setPassword(h2 ? "" : "postgres");
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
        urls.put(pool, url);
        return resources.add(pool);
    }

    private synchronized Path h2Files() {
        if (h2Files == null) {
            try {
                Path dir = Files.createTempDirectory("casekit-h2-");
                resources.add(() -> delete(dir));
                h2Files = dir;
            } catch (IOException e) {
                throw new UncheckedIOException("could not create a directory for H2 files", e);
            }
        }
        return h2Files;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        closeAll();
    }

    /** Closes every pool and database made so far, last made first. */
    void closeAll() throws Exception {
        synchronized (this) {
            h2Files = null;
        }
        urls.clear();
        resources.closeAll();
    }
}
