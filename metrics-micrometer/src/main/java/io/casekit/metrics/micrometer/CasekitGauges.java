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

import io.casekit.core.Casekit;
import io.casekit.core.notify.Dispatcher;
import io.casekit.core.observe.Backlog;
import io.casekit.core.timers.Scheduler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Gauges of the work a {@code Casekit} has waiting, read from its store whenever the registry is
 * read: {@value #OUTBOX_PENDING} and {@value #OUTBOX_OLDEST} (the notifications not yet delivered
 * and how long the oldest has waited since its change was committed), {@value #TIMERS_DUE} and
 * {@value #TIMERS_OVERDUE} (the timers due and not yet fired and how long the earliest is overdue).
 * A gauge reads {@code NaN} while the store cannot tell; an instance without an outbox or timers gets
 * none of their gauges. Bind it with {@code new CasekitGauges(casekit).bindTo(registry)}. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CasekitGauges implements MeterBinder {

    /** The gauge of pending notifications. */
    public static final String OUTBOX_PENDING = "casekit.outbox.pending";
    /** The time gauge of the oldest pending notification's age. */
    public static final String OUTBOX_OLDEST = "casekit.outbox.oldest.age";
    /** The gauge of due timers not yet fired. */
    public static final String TIMERS_DUE = "casekit.timers.due";
    /** The time gauge of how long the earliest due timer is overdue. */
    public static final String TIMERS_OVERDUE = "casekit.timers.overdue";

    private final Optional<Dispatcher> dispatcher;
    private final Optional<Scheduler> scheduler;

    /**
     * Gauges of an instance's outbox and timers, as far as it has them.
     *
     * @param casekit the instance
     */
    public CasekitGauges(Casekit casekit) {
        requireNonNull(casekit, "casekit");
        this.dispatcher = optional(casekit::dispatcher);
        this.scheduler = optional(casekit::scheduler);
    }

    private static <T> Optional<T> optional(Supplier<T> part) {
        try {
            return Optional.of(part.get());
        } catch (IllegalStateException absent) {
            return Optional.empty();
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        dispatcher.ifPresent(d -> {
            Gauge.builder(OUTBOX_PENDING, d, x -> size(x.backlog())).description("Notifications not yet delivered")
                    .strongReference(true).register(registry);
            TimeGauge.builder(OUTBOX_OLDEST, d, TimeUnit.SECONDS, x -> seconds(x.backlog()))
                    .description("How long the oldest undelivered notification has waited").strongReference(true).register(registry);
        });
        scheduler.ifPresent(s -> {
            Gauge.builder(TIMERS_DUE, s, x -> size(x.backlog())).description("Timers due and not yet fired")
                    .strongReference(true).register(registry);
            TimeGauge.builder(TIMERS_OVERDUE, s, TimeUnit.SECONDS, x -> seconds(x.backlog()))
                    .description("How long the earliest due timer is overdue").strongReference(true).register(registry);
        });
    }

    private static double size(Optional<Backlog> backlog) {
        return backlog.map(b -> (double) b.size()).orElse(Double.NaN);
    }

    private static double seconds(Optional<Backlog> backlog) {
        return backlog.map(b -> b.oldestAge().toMillis() / 1000.0).orElse(Double.NaN);
    }
}
