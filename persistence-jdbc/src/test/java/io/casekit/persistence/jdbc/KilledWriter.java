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

import io.casekit.core.Casekit;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The child process of {@link H2KillTest}: opens a Casekit on an H2 file database with a plain URL
 * (no write-delay setting of its own) through a connection pool, then opens and moves cases as fast as it can, printing one
 * line per acknowledged command ({@code ACK <case id> <version>}) after the call returns, until it
 * is killed.
 */
public final class KilledWriter {

    static final WorkflowDefinition DESK = WorkflowDefinition.builder("desk", 1)
            .caseNumber("D-{seq}", 1)
            .priority(Priority.of("P3", 3, "Normal"))
            .caseType(CaseType.of("Incident", "Incident", "P3"))
            .status(StatusReason.of("new", "New", CaseState.OPEN))
            .status(StatusReason.of("working", "Working", CaseState.OPEN))
            .status(StatusReason.of("done", "Done", CaseState.RESOLVED))
            .initialStatus("new")
            .transition(Transition.from("new").to("working").by(ActorKind.AGENT))
            .transition(Transition.from("working").to("done").by(ActorKind.AGENT))
            .build();

    static InMemoryDirectory directory() {
        return new InMemoryDirectory()
                .add(new Customer("ACME", "Acme", Optional.empty()))
                .add(Actor.contact("anna", "Anna", "ACME").build())
                .add(Actor.agent("alice", "Alice").build());
    }

    private KilledWriter() {}

    /** @param args the H2 file database's path (without suffix) */
    public static void main(String[] args) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:" + args[0]);
        pool.setMaximumPoolSize(4);
        HikariDataSource dataSource = new HikariDataSource(pool); // a pool keeps the database open, as in a real host
        Casekit casekit = Casekit.builder().store(JdbcCaseStore.builder(dataSource).migrate(true).build())
                .identity(directory()).definition(DESK).build();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("READY");
        while (true) {
            Case c = casekit.cases().execute("anna", OpenCase.builder().title("VPN").description("Drops").caseType("Incident").build());
            out.println("ACK " + c.id().value() + " " + c.version());
            Case moved = casekit.cases().execute("alice", new ChangeStatus(c.id(), "working"));
            out.println("ACK " + moved.id().value() + " " + moved.version());
        }
    }
}
