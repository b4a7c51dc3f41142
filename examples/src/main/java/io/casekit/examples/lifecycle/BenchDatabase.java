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
package io.casekit.examples.lifecycle;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The fresh, empty database of one run, behind a HikariCP pool: H2 in memory, a PostgreSQL server
 * the run starts itself (embedded, from Maven artifacts, with {@code fsync} and {@code
 * synchronous_commit} on), or a fresh schema in the user's own PostgreSQL. A PostgreSQL database is
 * checked with {@code SHOW fsync} and {@code SHOW synchronous_commit} before it is used: a run
 * without durable commits measures nothing and is refused. {@link #close()} releases everything
 * (the pool, the server, the schema).
 *
 * <p>Not thread-safe to open or close; the pool it hands out is thread-safe.
 */
public final class BenchDatabase implements AutoCloseable {

    /** Connections in the pool: more than the most worker threads a run uses. */
    private static final int POOL_SIZE = 8;

    /**
     * The user's own PostgreSQL database: each run works in a fresh schema of it, dropped after the run.
     * Immutable.
     *
     * @param url a {@code jdbc:postgresql:} URL
     * @param user the user, if the URL does not name one
     * @param password the password, if needed
     */
    public record External(String url, Optional<String> user, Optional<String> password) {
        public External {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL URL (jdbc:postgresql:...), was '" + url + "'");
            }
        }

        @Override
        public String toString() {
            return url + user.map(u -> " as " + u).orElse("");
        }
    }

    private final HikariDataSource pool;
    private final String description;
    private final List<AutoCloseable> cleanups;

    private BenchDatabase(HikariDataSource pool, String description, List<AutoCloseable> cleanups) {
        this.pool = pool;
        this.description = description;
        this.cleanups = cleanups;
    }

    /** The pool on the database. */
    public DataSource dataSource() {
        return pool;
    }

    /** What the database is, with its durability settings. */
    public String description() {
        return description;
    }

    /** A fresh in-memory H2 database. */
    public static BenchDatabase h2InMemory(boolean autoCommit) {
        String url = "jdbc:h2:mem:lifecycle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        HikariDataSource pool = pool(url, Optional.of("sa"), Optional.of(""), Optional.empty(), autoCommit);
        List<AutoCloseable> cleanups = new ArrayList<>();
        cleanups.add(pool);
        cleanups.add(() -> {
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        });
        return new BenchDatabase(pool, "H2 in memory", cleanups);
    }

    /**
     * A fresh PostgreSQL database: a new embedded server with {@code fsync} and {@code
     * synchronous_commit} on, or a new schema in the user's database; checked for durable commits.
     *
     * @throws IllegalStateException if the database does not flush its commits to disk
     */
    public static BenchDatabase postgres(Optional<External> external, boolean autoCommit) throws Exception {
        List<AutoCloseable> cleanups = new ArrayList<>();
        try {
            HikariDataSource pool;
            String where;
            if (external.isEmpty()) {
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .start();
                cleanups.add(server);
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE lifecycle");
                }
                pool = pool(server.getJdbcUrl("postgres", "lifecycle"), Optional.of("postgres"), Optional.empty(), Optional.empty(),
                        autoCommit);
                where = "embedded";
            } else {
                External db = external.get();
                String schema = "casekit_lifecycle_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                try (Connection c = connect(db); Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA " + schema); // a generated identifier, no user input
                }
                cleanups.add(() -> {
                    try (Connection c = connect(db); Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA " + schema + " CASCADE");
                    }
                });
                pool = pool(db.url(), db.user(), db.password(), Optional.of(schema), autoCommit);
                where = db + ", fresh schema " + schema;
            }
            cleanups.add(0, pool); // closed first
            String description = "PostgreSQL " + checkDurable(pool) + " (" + where + ")";
            return new BenchDatabase(pool, description, cleanups);
        } catch (Exception | Error e) {
            close(cleanups, e);
            throw e;
        }
    }

    private static Connection connect(External db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user().orElse(null), db.password().orElse(null));
    }

    /** Reads the durability settings; refuses a server that does not flush commits. Returns a summary. */
    private static String checkDurable(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true); // a refused SHOW must not abort a transaction
            String fsync = show(c, "fsync");
            String synchronousCommit = show(c, "synchronous_commit");
            String summary = show(c, "server_version") + ": fsync=" + fsync + ", synchronous_commit=" + synchronousCommit
                    + ", full_page_writes=" + show(c, "full_page_writes") + ", wal_sync_method=" + show(c, "wal_sync_method")
                    + ", data_directory=" + dataDirectory(c);
            if (!fsync.equals("on") || synchronousCommit.equals("off")) {
                throw new IllegalStateException("PostgreSQL must flush commits for the benchmark to mean anything, but " + summary
                        + "; turn fsync and synchronous_commit on");
            }
            return summary;
        }
    }

    /** The data directory, which only privileged users may see. */
    private static String dataDirectory(Connection c) {
        try {
            return show(c, "data_directory");
        } catch (SQLException e) {
            return "(not visible to this user)";
        }
    }

    /** {@code SHOW setting}, for one of the constant setting names above. */
    private static String show(Connection c, String setting) throws SQLException {
        if (!setting.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a setting name: " + setting);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1).toLowerCase(Locale.ROOT);
        }
    }

    private static HikariDataSource pool(String url, Optional<String> user, Optional<String> password, Optional<String> schema,
            boolean autoCommit) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        schema.ifPresent(config::setSchema);
        config.setAutoCommit(autoCommit);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setPoolName("lifecycle");
        return new HikariDataSource(config);
    }

    /** Closes the pool, then drops the database (stops the server, drops the schema). */
    @Override
    public void close() {
        try {
            close(cleanups, null);
        } catch (Exception e) {
            throw new IllegalStateException("could not release the benchmark database " + description, e);
        }
    }

    private static void close(List<AutoCloseable> cleanups, @Nullable Throwable failure) throws Exception {
        @Nullable Exception first = null;
        for (AutoCloseable cleanup : cleanups) {
            try {
                cleanup.close();
            } catch (Exception e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        cleanups.clear();
        if (first != null) {
            throw first;
        }
    }
}
