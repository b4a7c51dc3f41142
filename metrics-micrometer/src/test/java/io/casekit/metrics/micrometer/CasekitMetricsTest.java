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
package io.casekit.metrics.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.mail.InboundMail;
import io.casekit.core.observe.Observation.MailRouted;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.testkit.notify.RecordingNotifier;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Issue #16: a real lifecycle on H2 records Casekit's meters, with tags of low cardinality only. */
class CasekitMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z")); // Monday 09:00 in Amsterdam
    private final RecordingNotifier notifier = new RecordingNotifier(Channel.EMAIL);
    private final WorkflowDefinition definition = Presets.load("erp-consultancy");
    private final Casekit casekit = Casekit.builder()
            .store(JdbcCaseStore.builder(h2()).migrate(true).build())
            .identity(new InMemoryDirectory()
                    .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                    .add(Actor.contact("anna", "Anna Acme", "ACME").authorised().email("anna@acme.test").build())
                    .add(Actor.agent("alice", "Alice Agent").teams("first-line").email("alice@desk.test").build())
                    .add(Actor.agent("bert", "Bert Agent").teams("second-line").email("bert@desk.test").build()))
            .definition(definition)
            .notifier(notifier)
            .clock(clock)
            .observer(new CasekitMetrics(registry))
            .build();

    private static JdbcDataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private Case openP1() {
        OpenCase.Builder b = OpenCase.builder().title("Production down").description("Nobody can post invoices.")
                .caseType(definition.caseTypes().get(0).code()).priority("P1");
        definition.customFields().stream().filter(CustomField::required)
                .forEach(f -> b.customField(f.name(), f.allowedValues().isEmpty() ? "x" : f.allowedValues().get(0)));
        return casekit.cases().execute("anna", b.build());
    }

    @Test
    void aLifecycleRecordsCommandsSlaBreachesTimersDeliveriesAndMail() {
        Case c = openP1();
        casekit.cases().execute("bert", new Assign(c.id(), Owner.agent("alice")));
        assertThatThrownBy(() -> casekit.cases().execute("anna", new ChangeStatus(c.id(), "no-such-status")))
                .isInstanceOf(CommandValidationException.class);
        clock.advance(Duration.ofHours(4).plusMinutes(5)); // P1: first response within 4 business hours
        casekit.scheduler().runDue();
        casekit.dispatcher().runDue();
        casekit.mailRouter().route(new InboundMail("stranger@nowhere.test", "Help", "Please."));

        assertThat(registry.get(CasekitMetrics.COMMANDS).tags("command", "OpenCase", "outcome", "accepted", "refusal", "none").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(CasekitMetrics.COMMANDS).tags("command", "Assign", "outcome", "accepted").timer().count()).isEqualTo(1);
        assertThat(registry.get(CasekitMetrics.COMMANDS).tags("command", "ChangeStatus", "outcome", "refused", "refusal",
                "CommandValidationException").timer().count()).isEqualTo(1);
        assertThat(registry.get(CasekitMetrics.SLA_BREACHES).tags("kind", "first_response").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(registry.get(CasekitMetrics.TIMERS).tags("outcome", "acted").timer().max(TimeUnit.MINUTES)).isGreaterThanOrEqualTo(5);
        assertThat(registry.get(CasekitMetrics.DELIVERIES).tags("outcome", "delivered").timer().count()).isEqualTo(notifier.delivered().size())
                .isPositive();
        assertThat(registry.get(CasekitMetrics.MAIL_ROUTED).tags("outcome", "unknown_sender", "accepted", "false").counter().count())
                .isEqualTo(1);
        for (Meter meter : registry.getMeters()) {
            assertThat(meter.getId().getTags()).extracting(Tag::getValue)
                    .noneMatch(v -> v.contains(c.id().value()) || v.contains(c.number()) || v.contains("@"));
        }
    }

    @Test
    void withoutCasekitTheMetricsAreAPlainObserver() {
        new CasekitMetrics(registry).observe(new MailRouted("COMMENT_ADDED", true));

        assertThat(registry.get(CasekitMetrics.MAIL_ROUTED).tags("outcome", "comment_added", "accepted", "true").counter().count())
                .isEqualTo(1);
    }

    @Test
    void theGaugesShowWhatWaitsInTheOutboxAndAmongTheTimers() {
        new CasekitGauges(casekit).bindTo(registry);
        assertThat(registry.get(CasekitGauges.OUTBOX_PENDING).gauge().value()).isZero();

        openP1();
        clock.advance(Duration.ofMinutes(3));
        assertThat(registry.get(CasekitGauges.OUTBOX_PENDING).gauge().value()).isEqualTo(casekit.dispatcher().backlog().orElseThrow().size())
                .isPositive();
        assertThat(registry.get(CasekitGauges.OUTBOX_OLDEST).timeGauge().value(TimeUnit.SECONDS)).isEqualTo(180);
        casekit.dispatcher().runDue();
        assertThat(registry.get(CasekitGauges.OUTBOX_PENDING).gauge().value()).isZero();
        assertThat(registry.get(CasekitGauges.OUTBOX_OLDEST).timeGauge().value(TimeUnit.SECONDS)).isZero();

        assertThat(registry.get(CasekitGauges.TIMERS_DUE).gauge().value()).isZero();
        clock.advance(Duration.ofHours(4).plusMinutes(5)); // the first response's warning and breach are due
        assertThat(registry.get(CasekitGauges.TIMERS_DUE).gauge().value()).isGreaterThanOrEqualTo(2);
        assertThat(registry.get(CasekitGauges.TIMERS_OVERDUE).timeGauge().value(TimeUnit.MINUTES)).isGreaterThanOrEqualTo(5);
        casekit.scheduler().runDue();
        assertThat(registry.get(CasekitGauges.TIMERS_DUE).gauge().value()).isZero();
    }
}
