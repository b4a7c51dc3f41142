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
package io.casekit.core.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Escalate;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.Escalated;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Escalation on the erp-consultancy preset (guide 003's four levels): a breached promise takes the
 * case to level 2 by itself, once; agents escalate by hand, one level at a time, up to level 4;
 * every escalation is an event, and the people of the level reached get mail.
 */
class EscalationTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryCaseStore store = new InMemoryCaseStore();
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(Actor.contact("anna", "Anna", "ACME").authorised().email("anna@acme.example").build())
            .add(Actor.agent("alice", "Alice").email("alice@desk.example").build())
            .add(Actor.agent("escalation-coordinator", "Cora Coordinator").email("cora@desk.example").build())
            .add(Actor.agent("escalation-coo", "Otto Operations").email("otto@desk.example").build());
    private final Casekit casekit = Casekit.builder().store(store).identity(directory).clock(clock)
            .definition(Presets.load("erp-consultancy")).build();

    private Case openP1() {
        Case c = casekit.cases().execute("anna", OpenCase.builder().title("Invoices fail").description("Posting fails")
                .caseType("Incident").priority("P1").customField("product", "ERP").build());
        return casekit.cases().execute("alice", new Assign(c.id(), Owner.agent("alice")));
    }

    private List<String> mailedTo(Case c) {
        return store.notifications(c.id()).stream().map(e -> e.notification().message().recipient().address()).toList();
    }

    @Test
    void aBreachedPromiseTakesTheCaseToTheCoordinatorOnce() {
        Case c = openP1();

        clock.advance(Duration.ofDays(14));
        casekit.scheduler().runDue();

        Case breached = casekit.cases().get("alice", c.id());
        assertThat(breached.escalationLevel()).isEqualTo(2);
        List<Escalated> escalations = casekit.cases().timeline("alice", c.id()).stream()
                .filter(Escalated.class::isInstance).map(Escalated.class::cast).toList();
        assertThat(escalations).singleElement().satisfies(e -> {
            assertThat(e.from()).isZero();
            assertThat(e.to()).isEqualTo(2);
            assertThat(e.cause()).isEqualTo(Escalated.Cause.SLA_BREACH);
        });
        assertThat(mailedTo(c)).contains("cora@desk.example");
    }

    @Test
    void agentsEscalateOneLevelAtATimeWithAnInternalReasonUpToTheTop() {
        Case c = openP1();

        Case first = casekit.cases().execute("alice", new Escalate(c.id(), "Customer's invoicing is down"));
        casekit.cases().execute("alice", new Escalate(c.id()));
        casekit.cases().execute("alice", new Escalate(c.id()));
        Case top = casekit.cases().execute("alice", new Escalate(c.id()));

        assertThat(first.escalationLevel()).isEqualTo(1);
        assertThat(top.escalationLevel()).isEqualTo(4);
        assertThatThrownBy(() -> casekit.cases().execute("alice", new Escalate(c.id())))
                .isInstanceOf(CommandValidationException.class).hasMessageContaining("highest escalation level, 4");
        List<CaseEvent> seenByAnna = casekit.cases().timeline("anna", c.id());
        assertThat(seenByAnna).noneMatch(e -> e instanceof CommentAdded comment && comment.visibility() == Visibility.INTERNAL);
        assertThat(store.find(c.id())).contains(top);
        assertThat(mailedTo(c)).contains("cora@desk.example", "otto@desk.example");
    }

    @Test
    void contactsCannotEscalate() {
        Case c = openP1();

        assertThatThrownBy(() -> casekit.cases().execute("anna", new Escalate(c.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(casekit.cases().get("alice", c.id()).escalationLevel()).isZero();
    }

    @Test
    void aDefinitionWithoutLevelsRefusesEscalation() {
        Casekit plain = Casekit.builder().store(new InMemoryCaseStore()).identity(directory).clock(clock)
                .definition(Presets.load("software-vendor")).build();
        Case c = plain.cases().execute("anna", OpenCase.builder().title("t").description("d").caseType("Incident").build());

        assertThatThrownBy(() -> plain.cases().execute("alice", new Escalate(c.id())))
                .isInstanceOf(CommandValidationException.class).hasMessageContaining("has no escalation levels");
    }
}
