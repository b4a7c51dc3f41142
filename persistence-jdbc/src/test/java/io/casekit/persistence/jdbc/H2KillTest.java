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

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13, defect 1: an acknowledged command survives a process kill on an H2 file database with a
 * plain URL. A child JVM writes as fast as it can and is killed (SIGKILL) at a random moment; every
 * command it acknowledged must be in the database afterwards, at least at the acknowledged version.
 */
@Tag("process-kill")
class H2KillTest {

    @TempDir
    Path dir;

    @RepeatedTest(3)
    void everyAcknowledgedCommandSurvivesAKill() throws Exception {
        String db = dir.resolve("casekit").toString();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledWriter.class.getName(), db)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<CaseId, Long> acknowledged = new LinkedHashMap<>();
        int killAfter = 500 + new Random().nextInt(2_500); // before the fix, 81 of 874 were lost
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < killAfter && (line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acknowledged.merge(new CaseId(parts[1]), Long.parseLong(parts[2]), Math::max);
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSize(killAfter);

        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:" + db);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            JdbcCaseStore store = JdbcCaseStore.builder(dataSource).migrate(true).build();
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((id, version) -> {
                Optional<Case> found = store.find(id);
                if (found.isEmpty() || found.get().version() < version) {
                    lost.add(id.value() + "@" + version);
                } else {
                    assertThat(store.events(id)).hasSize((int) found.get().eventCount());
                }
            });
            assertThat(lost).as("acknowledged changes lost of %s", acknowledged.size()).isEmpty();
        }
    }
}
