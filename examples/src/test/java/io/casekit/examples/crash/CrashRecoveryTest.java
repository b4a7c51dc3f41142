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
package io.casekit.examples.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import io.casekit.core.Casekit;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13's crash test: a service desk (Casekit with the JDBC store and the SMTP notifier, writing
 * and mailing at once, in a child JVM) is killed with SIGKILL at a random moment under load, several
 * times, each time restarted on the same database as a new node; after the last kill a recovering
 * node delivers what is left. Then every command the desk acknowledged is in the database at least
 * at the acknowledged version, every mail the database committed reached the SMTP server, no mail
 * arrived that the database does not hold, and a mail arrived twice only where a kill fell between
 * the server's acceptance and the outbox's record of it (at most one per delivery thread and kill;
 * the copy has the same {@code Message-ID}). Runs on an H2 file with a plain URL and on PostgreSQL.
 */
@Tag("process-kill")
class CrashRecoveryTest {

    private static final int KILLS = 3;
    private static final int RECOVERY_PASSES = 5;

    @TempDir
    Path dir;

    private final Random random = new Random();

    @Test
    void anH2FileDatabaseLosesNothingAcrossKills() throws Exception {
        crashAndRecover("H2 file", "jdbc:h2:" + dir.resolve("desk"));
    }

    @Test
    void aPostgresDatabaseLosesNothingAcrossKills() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE desk");
            }
            crashAndRecover("PostgreSQL", server.getJdbcUrl("postgres", "desk"));
        }
    }

    private void crashAndRecover(String database, String jdbcUrl) throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Map<CaseId, Long> acknowledged = new LinkedHashMap<>();
            int commands = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                commands += runUntilKilled(jdbcUrl, smtp.getSmtp().getPort(), "node-" + kill, 150 + random.nextInt(750), acknowledged);
            }
            try (HikariDataSource pool = CrashingDesk.pool(jdbcUrl)) {
                Clock afterTheLeases = Clock.offset(Clock.systemUTC(), CrashingDesk.LEASE.plusSeconds(1));
                Casekit recovering = CrashingDesk.casekit(pool, smtp.getSmtp().getPort(), "recovering-node", afterTheLeases);
                deliverTheRest(recovering, pool);

                JdbcCaseStore store = JdbcCaseStore.builder(pool).build();
                List<String> lost = new ArrayList<>();
                acknowledged.forEach((id, version) -> {
                    Optional<Case> found = store.find(id);
                    if (found.isEmpty() || found.get().version() < version) {
                        lost.add(id.value() + "@" + version);
                    }
                });
                Set<String> committed = outboxIds(pool);
                Map<String, Integer> received = receivedMessageIds(smtp);
                Set<String> missing = new HashSet<>(committed);
                missing.removeAll(received.keySet());
                Set<String> phantoms = new HashSet<>(received.keySet());
                phantoms.removeAll(committed);
                int duplicates = received.values().stream().mapToInt(n -> n - 1).sum();
                System.out.printf("crash test, %s: %d kills; %d commands acknowledged on %d cases, %d lost; %d cases committed;"
                        + " %d mails committed, %d received (%d distinct), %d missing, %d duplicates%n", database, KILLS, commands,
                        acknowledged.size(), lost.size(), count(pool, "SELECT COUNT(*) FROM casekit_case"), committed.size(),
                        smtp.getReceivedMessages().length, received.size(), missing.size(), duplicates);

                assertThat(lost).as("acknowledged changes lost").isEmpty();
                assertThat(count(pool, "SELECT COUNT(*) FROM casekit_outbox WHERE state <> 'SENT'")).as("notifications not sent").isZero();
                assertThat(missing).as("committed mails the server never received").isEmpty();
                assertThat(phantoms).as("mails the server received that no commit holds").isEmpty();
                assertThat(duplicates).as("mails received twice").isLessThanOrEqualTo(KILLS * CrashingDesk.DELIVERY_THREADS);
                assertThat(commands).as("commands acknowledged").isGreaterThanOrEqualTo(KILLS * 150);
            }
        } finally {
            smtp.stop();
        }
    }

    /** Runs the desk until it acknowledged {@code killAfter} commands, then kills it; returns the commands acknowledged. */
    private int runUntilKilled(String jdbcUrl, int smtpPort, String nodeId, int killAfter, Map<CaseId, Long> acknowledged)
            throws IOException, InterruptedException {
        Path errors = dir.resolve(nodeId + ".err");
        Process desk = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashingDesk.class.getName(), jdbcUrl, Integer.toString(smtpPort), nodeId)
                .redirectError(errors.toFile())
                .start();
        int commands = 0;
        List<String> failures = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(desk.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (commands < killAfter && (line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acknowledged.merge(new CaseId(parts[1]), Long.parseLong(parts[2]), Math::max);
                    commands++;
                } else if (line.startsWith("ERR ")) {
                    failures.add(line);
                }
            }
        } finally {
            desk.destroyForcibly(); // SIGKILL: no shutdown hook, no close, claims and connections left as they are
            assertThat(desk.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(commands).as("commands %s acknowledged before its kill; its errors: %s", nodeId, Files.readString(errors))
                .isEqualTo(killAfter);
        assertThat(failures).as("commands refused or failed on %s", nodeId).isEmpty();
        return commands;
    }

    /**
     * Delivers until no notification is pending. The recovering node's clock runs a lease ahead, as
     * it would once the dead nodes' claims lapsed, so it takes them over at once; a pass delivers
     * every due notification, so a few passes are plenty.
     */
    private static void deliverTheRest(Casekit recovering, HikariDataSource pool) throws SQLException {
        for (int pass = 0; pass < RECOVERY_PASSES && count(pool, "SELECT COUNT(*) FROM casekit_outbox WHERE state = 'PENDING'") > 0; pass++) {
            recovering.dispatcher().runDue();
        }
    }

    private static Set<String> outboxIds(HikariDataSource pool) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id FROM casekit_outbox")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** How often each notification id arrived, read from the mails' {@code Message-ID <m.<id>@domain>}. */
    private static Map<String, Integer> receivedMessageIds(GreenMail smtp) throws MessagingException {
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String messageId = mail.getMessageID();
            assertThat(messageId).startsWith("<m.").endsWith("@" + CrashingDesk.DOMAIN + ">");
            received.merge(messageId.substring(3, messageId.indexOf('@')), 1, Integer::sum);
        }
        return received;
    }

    private static long count(HikariDataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
