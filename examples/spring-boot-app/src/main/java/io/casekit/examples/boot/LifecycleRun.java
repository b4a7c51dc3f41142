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
package io.casekit.examples.boot;

import com.icegreen.greenmail.util.GreenMail;
import io.casekit.core.Casekit;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Resolve;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * One case's life through the application's {@link Casekit}: a contact files an urgent incident, an
 * agent takes it, answers and resolves it; the dispatcher mails the contact at each step. Then it
 * reads what that left: the meters (names, tags and counts), the mail the server received and the
 * health of Casekit's store, outbox and scheduler.
 */
@Component
public class LifecycleRun {

    /** The contact who files the case. */
    public static final String CONTACT = "anna";
    /** The agent who handles it. */
    public static final String AGENT = "alice";

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleRun.class);

    private final Casekit casekit;
    private final MeterRegistry registry;
    private final GreenMail mailServer;
    private final CompositeHealthContributor health;
    private volatile @Nullable Report last;

    /**
     * @param casekit the application's Casekit, from the starter
     * @param registry the application's meters, from Boot's actuator
     * @param mailServer the development mail server
     * @param health Casekit's health, from the starter
     */
    public LifecycleRun(Casekit casekit, MeterRegistry registry, GreenMail mailServer,
            @Qualifier("casekitHealthContributor") CompositeHealthContributor health) {
        this.casekit = casekit;
        this.registry = registry;
        this.mailServer = mailServer;
        this.health = health;
    }

    /**
     * What a run left behind.
     *
     * @param number the case's number
     * @param status the case's status reason at the end
     * @param meters every {@code casekit.*} meter with its tags, and its count (timers, counters) or value (gauges)
     * @param mails the subjects of the mails the server received
     * @param health the status of each part of Casekit's health
     */
    public record Report(String number, String status, Map<String, Double> meters, List<String> mails, Map<String, String> health) {}

    /**
     * Runs the lifecycle and waits (at most 30 seconds) until every mail of it is delivered.
     *
     * @return what it left
     * @throws InterruptedException if interrupted while waiting for the mail
     */
    public Report run() throws InterruptedException {
        Case opened = casekit.cases().execute(CONTACT, OpenCase.builder()
                .title("Nobody can log in to the ERP")
                .description("Since 08:00 every log-in ends on an error page; the whole finance team is waiting.")
                .caseType("Incident").priority("P1").customField("expertiseDomain", "BC").build());
        casekit.cases().execute(AGENT, new Assign(opened.id(), Owner.agent(AGENT)));
        casekit.cases().execute(AGENT, new AddComment(opened.id(), "The identity provider's certificate expired; we are renewing it.",
                Visibility.PUBLIC));
        Case resolved = casekit.cases().execute(AGENT, new Resolve(opened.id(), "A new certificate is in place; log-ins work again."));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (casekit.dispatcher().backlog().map(b -> b.size() > 0).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Report report = new Report(resolved.number(), resolved.statusReason(), meters(),
                Arrays.stream(mailServer.getReceivedMessages()).map(LifecycleRun::subject).toList(), health());
        LOG.info("case {} ended in status {}", report.number(), report.status());
        report.mails().forEach(subject -> LOG.info("mail received: {}", subject));
        report.meters().forEach((meter, value) -> LOG.info("meter {} = {}", meter, value));
        LOG.info("health: {}", report.health());
        last = report;
        return report;
    }

    /** {@return what the last run left; empty before the first} */
    public Optional<Report> last() {
        return Optional.ofNullable(last);
    }

    private Map<String, Double> meters() {
        Map<String, Double> meters = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            if (meter.getId().getName().startsWith("casekit.")) {
                String tags = meter.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(","));
                double value = meter instanceof Timer timer ? timer.count() : meter.measure().iterator().next().getValue();
                meters.put(meter.getId().getName() + (tags.isEmpty() ? "" : "{" + tags + "}"), value);
            }
        }
        return meters;
    }

    private Map<String, String> health() {
        Map<String, String> parts = new LinkedHashMap<>();
        health.forEach(part -> parts.put(part.name(), ((HealthIndicator) part.contributor()).health().getStatus().getCode()));
        return parts;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            return "(unreadable subject: " + e.getMessage() + ")";
        }
    }
}
