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
package io.casekit.spring.boot;

import static io.casekit.spring.boot.Portals.ALICE;
import static io.casekit.spring.boot.Portals.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Resolve;
import io.casekit.metrics.micrometer.CasekitGauges;
import io.casekit.metrics.micrometer.CasekitMetrics;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A real lifecycle on H2 with mail over SMTP: the meters it leaves, and the health of the store, outbox and scheduler. */
class CasekitOnH2Test {

    private static final Logger LOG = LoggerFactory.getLogger(CasekitOnH2Test.class);
    static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z"); // 09:00 in Amsterdam

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void startMailServer() {
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    private ApplicationContextRunner portal(String database) {
        return Portals.onH2(database)
                .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class))
                .withUserConfiguration(Monday.class)
                .withPropertyValues("casekit.mail.host=localhost", "casekit.mail.port=" + smtp.getSmtp().getPort(),
                        "casekit.mail.from=desk@vendor.test", "casekit.mail.from-name=Vendor desk",
                        "casekit.dispatcher.poll-interval=20ms", "casekit.scheduler.poll-interval=20ms");
    }

    static OpenCase urgent(String title) {
        return OpenCase.builder().title(title).description("Nobody can log in to the ERP since this morning.")
                .caseType("Incident").priority("P1").customField("expertiseDomain", "MWI").build();
    }

    @Test
    void aLifecycleLeavesItsMetersAndItsMailAndEveryPartIsHealthy() {
        portal("lifecycle").run(context -> {
            assertThat(context).hasSingleBean(CasekitMetrics.class).hasSingleBean(CasekitGauges.class);
            Casekit casekit = context.getBean(Casekit.class);
            ManualClock clock = (ManualClock) context.getBean(Clock.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            Case opened = casekit.cases().execute(ANNA, urgent("ERP log-in fails"));
            assertThatThrownBy(() -> casekit.cases().execute(ANNA, new Assign(opened.id(), Owner.agent(ALICE))))
                    .as("a contact may not assign");
            clock.advance(Duration.ofDays(1)); // P1: first response in 4 hours, warned at 3
            await().atMost(Duration.ofSeconds(30)).until(() -> registry.find(CasekitMetrics.SLA_BREACHES).counter() != null);
            casekit.cases().execute(ALICE, new Assign(opened.id(), Owner.agent(ALICE)));
            casekit.cases().execute(ALICE, new AddComment(opened.id(), "We are on it: the identity provider's certificate expired.",
                    Visibility.PUBLIC));
            casekit.cases().execute(ALICE, new Resolve(opened.id(), "A new certificate is in place."));

            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessagesForDomain("acme.test").length >= 4);
            await().atMost(Duration.ofSeconds(30)).until(() -> pending(registry) == 0);

            Map<String, Double> meters = summary(registry);
            LOG.info("meters after the lifecycle: {}", meters);
            assertThat(meters).containsEntry("casekit.commands{command=OpenCase,outcome=accepted,refusal=none}", 1.0)
                    .containsEntry("casekit.commands{command=Assign,outcome=accepted,refusal=none}", 1.0)
                    .containsEntry("casekit.commands{command=Resolve,outcome=accepted,refusal=none}", 1.0)
                    .containsEntry("casekit.sla.warnings{kind=first_response,policy=sla}", 1.0)
                    .containsEntry("casekit.sla.breaches{kind=first_response,policy=sla}", 1.0)
                    .containsEntry("casekit.outbox.pending", 0.0);
            assertThat(meters).hasEntrySatisfying("casekit.notifications.deliveries{outcome=delivered}",
                    count -> assertThat(count).isGreaterThanOrEqualTo(smtp.getReceivedMessages().length));
            assertThat(meters.keySet()).anyMatch(name -> name.startsWith("casekit.commands{command=Assign,outcome=refused"))
                    .anyMatch(name -> name.startsWith("casekit.timers.fired{"))
                    .noneMatch(name -> name.contains(opened.id().value()) || name.contains(opened.number()) || name.contains("@"));

            CompositeHealthContributor health = context.getBean("casekitHealthContributor", CompositeHealthContributor.class);
            assertThat(status(health, "store")).isEqualTo(Status.UP);
            assertThat(status(health, "outbox")).isEqualTo(Status.UP);
            assertThat(status(health, "scheduler")).isEqualTo(Status.UP);
            assertThat(health(health, "store").getDetails()).containsEntry("schema", "current").containsEntry("dialect", "H2");
        });
    }

    @Test
    void theOutboxGoesDownWhenNoMailLeavesAndTheSchedulerWhenNoTimerFires() {
        portal("stuck").withPropertyValues("casekit.dispatcher.enabled=false", "casekit.scheduler.enabled=false").run(context -> {
            Casekit casekit = context.getBean(Casekit.class);
            ManualClock clock = (ManualClock) context.getBean(Clock.class);
            CompositeHealthContributor health = context.getBean("casekitHealthContributor", CompositeHealthContributor.class);
            casekit.cases().execute(ANNA, urgent("ERP log-in fails"));
            assertThat(status(health, "outbox")).isEqualTo(Status.UP);

            clock.advance(Duration.ofMinutes(16));

            Health outbox = health(health, "outbox");
            assertThat(outbox.getStatus()).isEqualTo(Status.DOWN);
            assertThat(outbox.getDetails()).containsEntry("pending", 1L).containsEntry("oldestAge", "PT16M")
                    .containsEntry("deliversOnThisNode", false);
            assertThat(status(health, "scheduler")).as("nothing due yet").isEqualTo(Status.UP);

            clock.advance(Duration.ofHours(4));

            Health scheduler = health(health, "scheduler");
            assertThat(scheduler.getStatus()).isEqualTo(Status.DOWN);
            assertThat(scheduler.getDetails()).containsEntry("firesOnThisNode", false);
            assertThat(status(health, "store")).isEqualTo(Status.UP);
        });
    }

    @Test
    void healthCanBeSwitchedOff() {
        portal("no-health").withPropertyValues("management.health.casekit.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("casekitHealthContributor").hasSingleBean(Casekit.class));
    }

    private static double pending(MeterRegistry registry) {
        return registry.get(CasekitGauges.OUTBOX_PENDING).gauge().value();
    }

    private static Health health(CompositeHealthContributor health, String part) {
        return ((HealthIndicator) health.getContributor(part)).health();
    }

    private static Status status(CompositeHealthContributor health, String part) {
        return health(health, part).getStatus();
    }

    /** Each casekit meter with its tags, and its count (a timer's or counter's) or value (a gauge's). */
    static Map<String, Double> summary(MeterRegistry registry) {
        Map<String, Double> meters = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            Meter.Id id = meter.getId();
            if (!id.getName().startsWith("casekit.")) {
                continue;
            }
            StringBuilder name = new StringBuilder(id.getName());
            if (!id.getTags().isEmpty()) {
                name.append('{');
                id.getTags().forEach(tag -> name.append(tag.getKey()).append('=').append(tag.getValue()).append(','));
                name.setCharAt(name.length() - 1, '}');
            }
            double value = meter instanceof Timer timer ? timer.count() : meter.measure().iterator().next().getValue();
            meters.put(name.toString(), value);
        }
        return meters;
    }

    /** The application's clock: Monday morning, moved by the test. */
    @Configuration(proxyBeanMethods = false)
    static class Monday {

        @Bean
        ManualClock clock() {
            return new ManualClock(MONDAY);
        }
    }
}
