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
package io.casekit.spring.boot.health;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.store.CaseStore;
import io.casekit.spi.timer.TimerBacklog;
import io.casekit.spi.timer.TimerStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether due timers fire on time: down when the earliest due timer is overdue by more than the
 * allowed lag (no node fires timers, or firing falls behind), so SLA warnings and breaches would come
 * late. Details: how many are due, the lag and the threshold.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final Optional<TimerStore> timers;
    private final Clock clock;
    private final Duration maxLag;
    private final boolean firesHere;

    /**
     * @param store the store whose timers are read
     * @param clock the clock that says what is due
     * @param maxLag the longest healthy lag of the earliest due timer
     * @param firesHere whether this node runs a scheduler (a detail only)
     */
    public SchedulerHealthIndicator(CaseStore store, Clock clock, Duration maxLag, boolean firesHere) {
        super("Casekit's timers could not be read");
        this.timers = requireNonNull(store, "store").timers();
        this.clock = requireNonNull(clock, "clock");
        this.maxLag = requireNonNull(maxLag, "maxLag");
        this.firesHere = firesHere;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Instant now = clock.instant();
        Optional<TimerBacklog> read = timers.flatMap(t -> t.backlog(now));
        if (read.isEmpty()) {
            builder.unknown().withDetail("reason", timers.isEmpty() ? "the store keeps no timers" : "the store cannot tell its timer backlog");
            return;
        }
        TimerBacklog backlog = read.get();
        Duration lag = backlog.earliestDueAt().map(due -> Duration.between(due, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        (lag.compareTo(maxLag) <= 0 ? builder.up() : builder.down())
                .withDetail("due", backlog.due())
                .withDetail("lag", lag.toString())
                .withDetail("maxLag", maxLag.toString())
                .withDetail("firesOnThisNode", firesHere);
    }
}
