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
package io.casekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.examples.LifecycleBenchmark.Options;
import io.casekit.examples.LifecycleBenchmark.Outcome;
import io.casekit.examples.lifecycle.BenchDatabase;
import io.casekit.examples.lifecycle.RunResult;
import io.casekit.examples.lifecycle.TargetSpec;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's JDBC targets run the whole workload and pass their verification, with tiny
 * numbers, in this JVM. No timing is asserted.
 */
class JdbcTargetsTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertPassed(Outcome outcome, String output) {
        assertThat(outcome.exitCode()).as(output).isZero();
        assertThat(outcome.failed()).isEmpty();
        for (LifecycleBenchmark.Run run : outcome.runs()) {
            RunResult r = run.result();
            assertThat(r.passed()).as(r.verification().summary()).isTrue();
            int cases = r.warmup() + r.cases();
            assertThat(r.verification().cases()).isEqualTo(cases);
            // the floor writes one audit record per transaction; Casekit also records the status changes its rules make
            assertThat(r.verification().auditRecords()).isEqualTo(r.target().startsWith("casekit") ? 8L * cases : 6L * cases);
            assertThat(r.latency().count()).isEqualTo(6L * r.cases());
        }
    }

    @Test
    void theH2TargetsRunTheWorkload() throws Exception {
        Options options = Options.parse("--cases", "40", "--target-cases", "floor-h2=30", "--warmup", "10", "--threads", "1,4",
                "--rounds", "1", "--in-process", "--targets", "casekit-h2,floor-h2");

        Outcome outcome = LifecycleBenchmark.execute(options, TargetSpec.all(), out);

        assertPassed(outcome, output());
        assertThat(outcome.runs()).extracting(r -> r.result().target() + "/" + r.result().threads() + "/" + r.result().cases())
                .containsExactly("casekit-h2/1/40", "floor-h2/1/30", "casekit-h2/4/40", "floor-h2/4/30");
        assertThat(output())
                .contains("# N per target: casekit-h2=40, floor-h2=30")
                .contains("casekit-h2 / floor-h2, 1 thread(s): ")
                .contains("casekit-h2 / floor-h2, 4 thread(s): ")
                .contains("-Dexec.args=\"--cases 40 --target-cases floor-h2=30 --warmup 10 --threads 1,4 --rounds 1"
                        + " --targets casekit-h2,floor-h2 --in-process\"");
    }

    @Test
    void thePostgresTargetsStartTheirOwnServerWithDurableCommits() throws Exception {
        Options options = Options.parse("--cases", "12", "--warmup", "4", "--threads", "2", "--rounds", "1", "--in-process",
                "--targets", "casekit-postgres,floor-postgres");

        Outcome outcome = LifecycleBenchmark.execute(options, TargetSpec.all(), out);

        assertPassed(outcome, output());
        assertThat(outcome.runs()).hasSize(2);
        assertThat(output()).contains("casekit-postgres / floor-postgres, 2 thread(s): ");
    }

    @Test
    void thePostgresTargetsRunInAFreshSchemaOfTheUsersOwnDatabaseAndCheckItsDurability() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE users_db");
                s.execute("CREATE DATABASE lax_db");
                s.execute("ALTER DATABASE lax_db SET synchronous_commit TO off");
            }
            String url = server.getJdbcUrl("postgres", "users_db");
            Options options = Options.parse(Map.of(LifecycleBenchmark.PASSWORD_ENV, "secret"),
                    "--cases", "10", "--warmup", "2", "--threads", "1", "--rounds", "1", "--in-process",
                    "--targets", "casekit-postgres,floor-postgres", "--jdbc-url", url, "--user", "postgres");

            Outcome outcome = LifecycleBenchmark.execute(options, TargetSpec.all(options.postgres()), out);

            assertPassed(outcome, output());
            assertThat(options.postgres()).get().extracting(db -> db.password()).isEqualTo(Optional.of("secret"));
            assertThat(output()).contains("the user's PostgreSQL " + url + " as postgres")
                    .contains("--jdbc-url " + url + " --user postgres --password <password>").doesNotContain("secret");
            try (Connection c = server.getDatabase("postgres", "users_db").getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'casekit_lifecycle_%'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the runs' schemas are dropped").isZero();
            }

            BenchDatabase.External lax = new BenchDatabase.External(server.getJdbcUrl("postgres", "lax_db"), Optional.empty(), Optional.empty());
            assertThatThrownBy(() -> BenchDatabase.postgres(Optional.of(lax), true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("synchronous_commit=off")
                    .hasMessageContaining("turn fsync and synchronous_commit on");
        }
    }

    @Test
    void theDatabaseOptionsAreChecked() {
        assertThatThrownBy(() -> Options.parse("--jdbc-url", "jdbc:mysql://localhost/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a PostgreSQL URL");
        assertThatThrownBy(() -> Options.parse("--user", "u"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need --jdbc-url");
        assertThatThrownBy(() -> Options.parse("--target-cases", "casekit-oracle=5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown target 'casekit-oracle'");
        assertThatThrownBy(() -> Options.parse("--target-cases", "floor-h2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TARGET=N");
        assertThat(Options.parse("--cases", "7", "--target-cases", "floor-h2=3").casesFor("floor-h2")).isEqualTo(3);
        assertThat(Options.parse("--cases", "7", "--target-cases", "floor-h2=3").casesFor("casekit-h2")).isEqualTo(7);
        assertThat(TargetSpec.all().keySet()).containsExactly("casekit-memory", "floor-memory", "casekit-h2", "floor-h2",
                "casekit-postgres", "floor-postgres");
    }
}
