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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.observe.CasekitObserver;
import io.casekit.core.observe.Observation;
import io.casekit.core.observe.Observation.CommandCompleted;
import io.casekit.core.observe.Observation.MailRouted;
import io.casekit.core.observe.Observation.NotificationDelivered;
import io.casekit.core.observe.Observation.SlaPassed;
import io.casekit.core.observe.Observation.TimerFired;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Records what a {@code Casekit} reports as Micrometer meters. Give it to {@code
 * Casekit.builder().observer(new CasekitMetrics(registry))}; no Spring needed. Every tag is of low
 * cardinality (a command type, an outcome, a policy name): never a case id, a number or an address.
 *
 * <table>
 *   <caption>The meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #COMMANDS}</td><td>timer</td><td>command, outcome, refusal</td>
 *       <td>commands by type and outcome ({@code accepted}, {@code refused}, {@code conflict},
 *       {@code failed}; {@code refusal} names the exception, {@code none} if accepted), with latency</td></tr>
 *   <tr><td>{@value #SLA_WARNINGS}</td><td>counter</td><td>policy, kind</td><td>SLA instances past their warning time</td></tr>
 *   <tr><td>{@value #SLA_BREACHES}</td><td>counter</td><td>policy, kind</td><td>SLA instances past their deadline</td></tr>
 *   <tr><td>{@value #TIMERS}</td><td>timer</td><td>timer, outcome</td>
 *       <td>timers fired, by name ({@code sla/FIRST_RESPONSE/breach}, ...) and outcome; the recorded time is the firing lag (fired minus due)</td></tr>
 *   <tr><td>{@value #DELIVERIES}</td><td>timer</td><td>outcome</td>
 *       <td>delivery attempts ({@code delivered}, {@code retried}, {@code failed}); the recorded
 *       time is the age of the notification at the attempt</td></tr>
 *   <tr><td>{@value #MAIL_ROUTED}</td><td>counter</td><td>outcome, accepted</td><td>inbound mail by outcome or refusal reason</td></tr>
 * </table>
 *
 * <p>Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CasekitMetrics implements CasekitObserver {

    /** The timer of commands. */
    public static final String COMMANDS = "casekit.commands";
    /** The counter of SLA warnings. */
    public static final String SLA_WARNINGS = "casekit.sla.warnings";
    /** The counter of SLA breaches. */
    public static final String SLA_BREACHES = "casekit.sla.breaches";
    /** The timer of fired timers (their lag). */
    public static final String TIMERS = "casekit.timers.fired";
    /** The timer of delivery attempts (the notifications' age). */
    public static final String DELIVERIES = "casekit.notifications.deliveries";
    /** The counter of routed inbound mail. */
    public static final String MAIL_ROUTED = "casekit.mail.routed";

    private final MeterRegistry registry;

    /**
     * Records into a registry.
     *
     * @param registry where the meters are
     */
    public CasekitMetrics(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    @Override
    public void observe(Observation observation) {
        if (observation instanceof CommandCompleted command) {
            Timer.builder(COMMANDS).description("Casekit commands by type and outcome")
                    .tag("command", command.command()).tag("outcome", lower(command.outcome().name()))
                    .tag("refusal", command.refusal().orElse("none"))
                    .register(registry).record(command.latency());
        } else if (observation instanceof SlaPassed sla) {
            Counter.builder(sla.breached() ? SLA_BREACHES : SLA_WARNINGS)
                    .description(sla.breached() ? "SLA instances past their deadline" : "SLA instances past their warning time")
                    .tag("policy", sla.policy()).tag("kind", lower(sla.kind().name()))
                    .register(registry).increment();
        } else if (observation instanceof TimerFired timer) {
            Timer.builder(TIMERS).description("Timers fired, with their lag behind the due time")
                    .tag("timer", timer.timer()).tag("outcome", timer.outcome())
                    .register(registry).record(timer.lag());
        } else if (observation instanceof NotificationDelivered delivery) {
            Timer.builder(DELIVERIES).description("Notification delivery attempts, with the notification's age")
                    .tag("outcome", delivery.outcome())
                    .register(registry).record(delivery.age());
        } else if (observation instanceof MailRouted mail) {
            Counter.builder(MAIL_ROUTED).description("Inbound mail by outcome")
                    .tag("outcome", lower(mail.outcome())).tag("accepted", Boolean.toString(mail.accepted()))
                    .register(registry).increment();
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
