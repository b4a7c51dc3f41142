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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.casekit.core.Casekit;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.Presets;
import io.casekit.notifications.smtp.SmtpNotifier;
import io.casekit.notifications.smtp.SmtpSecurity;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A service desk that {@link CrashRecoveryTest} kills: Casekit on a JDBC database (an H2 file with
 * a plain URL, or PostgreSQL) with the it-services preset, sending its mail through the SMTP
 * notifier to the test's server while two threads open cases, assign them and answer them as fast
 * as they can. Each command that returned is printed as {@code ACK <case id> <version>} after the
 * call, so the test knows what was acknowledged when it kills the process. A command that failed is
 * printed as {@code ERR <exception class>}.
 *
 * <p>Arguments: the JDBC URL, the SMTP port on localhost, and this node's id (unique per run, as
 * after a real restart on another host).
 */
public final class CrashingDesk {

    static final String ANNA = "anna";
    static final String ALICE = "alice";
    static final String DOMAIN = "casekit.test";
    static final Duration LEASE = Duration.ofSeconds(2);
    static final int DELIVERY_THREADS = 2;
    private static final int WRITERS = 2;

    private CrashingDesk() {}

    /** The desk's people: Anna, an authorised contact of Acme, and Alice, an agent; both read mail. */
    static InMemoryDirectory directory() {
        return new InMemoryDirectory()
                .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                .add(Actor.contact(ANNA, "Anna Peeters", "ACME").authorised().language(Locale.forLanguageTag("nl-BE"))
                        .email("anna@" + DOMAIN).build())
                .add(Actor.agent(ALICE, "Alice Agent").teams("mwi").email("alice@" + DOMAIN).build());
    }

    /** A Casekit node on {@code pool} that mails through the SMTP server on {@code smtpPort}, on {@code clock}. */
    static Casekit casekit(HikariDataSource pool, int smtpPort, String nodeId, Clock clock) {
        SmtpNotifier notifier = SmtpNotifier.builder()
                .host("localhost")
                .port(smtpPort)
                .security(SmtpSecurity.NONE)
                .from("desk@" + DOMAIN, "Casekit Desk")
                .maxConnections(DELIVERY_THREADS)
                .build();
        return Casekit.builder()
                .store(JdbcCaseStore.builder(pool).migrate(true).build())
                .identity(directory())
                .definition(Presets.load("it-services"))
                .notifier(notifier)
                .nodeId(nodeId)
                .clock(clock)
                .deliveryThreads(DELIVERY_THREADS)
                .notificationLease(LEASE)
                .notificationPollInterval(Duration.ofMillis(20))
                .build();
    }

    /** A connection pool on {@code jdbcUrl}, as a host would have one. */
    static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(WRITERS + DELIVERY_THREADS + 2);
        return new HikariDataSource(config);
    }

    /** @param args the JDBC URL, the SMTP port, the node id */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        HikariDataSource pool = pool(args[0]);
        Casekit casekit = casekit(pool, Integer.parseInt(args[1]), args[2], Clock.systemUTC());
        casekit.dispatcher().start();
        for (int w = 0; w < WRITERS; w++) {
            Thread writer = new Thread(() -> write(casekit, out), "writer-" + w);
            writer.start();
        }
        out.println("READY");
    }

    private static void write(Casekit casekit, PrintStream out) {
        while (true) {
            try {
                Case opened = casekit.cases().execute(ANNA, OpenCase.builder()
                        .title("VPN drops")
                        .description("Since the last update the VPN disconnects every few minutes.")
                        .caseType("Incident")
                        .customField("expertiseDomain", "MWI")
                        .build());
                acknowledge(out, opened);
                acknowledge(out, casekit.cases().execute(ALICE, new Assign(opened.id(), Owner.agent(ALICE))));
                acknowledge(out, casekit.cases().execute(ALICE, new AddComment(opened.id(), "Which VPN client do you use?",
                        Visibility.PUBLIC)));
            } catch (RuntimeException e) {
                out.println("ERR " + e.getClass().getName());
            }
        }
    }

    private static void acknowledge(PrintStream out, Case c) {
        out.println("ACK " + c.id().value() + " " + c.version());
    }
}
