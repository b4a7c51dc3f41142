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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.MoveStage;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.RequestApproval;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.CaseHistory;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Approvals on the JDBC store: the approval events are stored, read back, and gate the stages as in memory. */
class ApprovalsOnJdbcTest {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(Actor.contact("anna", "Anna", "ACME").authorised().build())
            .add(Actor.contact("bob", "Bob", "ACME").build())
            .add(Actor.agent("alice", "Alice").build());

    @Test
    void theEstimateIsApprovedByAnAuthorisedContactBeforeTheWorkIsPlanned() {
        JdbcCaseStore store = JdbcCaseStore.builder(databases.fresh(FreshDatabases.Kind.H2_MEMORY))
                .migrate(true).build();
        Casekit casekit = Casekit.builder().store(store).identity(directory).clock(clock)
                .definition(Presets.load("erp-consultancy")).nodeId("node-1").recentCases(0).build();
        Case cr = casekit.cases().execute("bob", OpenCase.builder().title("Reminders for cash customers")
                .description("Dunning letters for cash customers too.").caseType("Change Request").build());

        casekit.cases().execute("alice", new RequestApproval(cr.id(), "analysis-hours", "2", "The first two hours."));
        assertThatThrownBy(() -> casekit.cases().execute("bob", new Approve(cr.id(), "analysis-hours")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casekit.cases().execute("alice", new MoveStage(cr.id(), "Analysis")))
                .isInstanceOf(IllegalTransitionException.class);
        clock.advance(Duration.ofMinutes(30));
        casekit.cases().execute("anna", new Approve(cr.id(), "analysis-hours"));
        Case analysis = casekit.cases().execute("alice", new MoveStage(cr.id(), "Analysis"));

        assertThat(analysis.stage()).contains("Analysis");
        assertThat(store.find(cr.id())).contains(analysis);
        assertThat(CaseHistory.replay(store.events(cr.id()))).contains(analysis);
        assertThat(store.events(cr.id())).filteredOn(ApprovalRequested.class::isInstance).map(ApprovalRequested.class::cast)
                .singleElement().satisfies(e -> {
                    assertThat(e.subject()).contains("2");
                    assertThat(e.comment()).contains("The first two hours.");
                });
        assertThat(store.events(cr.id())).filteredOn(ApprovalGranted.class::isInstance).map(ApprovalGranted.class::cast)
                .singleElement().satisfies(e -> {
                    assertThat(e.header().actor().id()).isEqualTo("anna");
                    assertThat(e.header().at()).isEqualTo(clock.instant());
                });
    }
}
