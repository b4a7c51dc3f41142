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

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Resolve;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Casekit itself on the JDBC store, with a shipped preset (whose SLA policies and feedback window
 * need timers): what a host that embeds Casekit on H2 gets.
 */
class CasekitOnJdbcTest {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(Actor.contact("anna", "Anna", "ACME").authorised().build())
            .add(Actor.agent("alice", "Alice").build());

    private static Instant local(String zone, String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void theItServicesPresetClosesAResolvedCaseAfterItsFeedbackWindow() {
        JdbcCaseStore store = JdbcCaseStore.builder(databases.fresh(FreshDatabases.Kind.H2_MEMORY))
                .migrate(true).build();
        Casekit casekit = Casekit.builder().store(store).identity(directory).clock(clock)
                .definition(Presets.load("it-services")).nodeId("node-1").build();
        clock.advanceTo(local("Europe/Brussels", "2026-03-02T10:00"));

        Case c = casekit.cases().execute("anna", OpenCase.builder().title("Down").description("Nothing works")
                .caseType("Incident").priority("P3").customField("expertiseDomain", "BC").build());
        assertThat(c.slas()).isNotEmpty();
        assertThat(store.timers(c.id())).isNotEmpty();
        casekit.cases().execute("alice", new Assign(c.id(), Owner.agent("alice")));
        Case resolved = casekit.cases().execute("alice", new Resolve(c.id(), "Configuration corrected"));
        assertThat(resolved.statusReason()).isEqualTo("410");
        assertThat(store.timers(c.id())).extracting(t -> t.key().name()).contains("feedback-window");

        clock.advance(Duration.ofDays(7));
        assertThat(casekit.scheduler().runDue()).isPositive();

        Case closed = casekit.cases().get("alice", c.id());
        assertThat(closed.statusReason()).isEqualTo("450");
        assertThat(closed.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(store.find(c.id())).contains(closed);
        List<CaseEvent> timeline = store.events(c.id());
        assertThat(timeline.get(timeline.size() - 1).header().actor().kind()).isEqualTo(ActorKind.SYSTEM);
        assertThat(timeline).filteredOn(StatusChanged.class::isInstance).map(StatusChanged.class::cast)
                .filteredOn(e -> e.to().equals("450"))
                .singleElement().satisfies(e -> assertThat(e.header().actor().kind()).isEqualTo(ActorKind.SYSTEM));
        assertThat(timeline).filteredOn(SlaChanged.class::isInstance).isNotEmpty();
        assertThat(store.timers(c.id())).extracting(t -> t.key().name()).doesNotContain("feedback-window");
        assertThat(casekit.scheduler().runDue()).isZero();
        assertThat(casekit.cases().get("alice", c.id())).isEqualTo(closed);
    }
}
