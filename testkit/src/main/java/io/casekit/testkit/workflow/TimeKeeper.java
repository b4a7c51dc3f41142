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
package io.casekit.testkit.workflow;

import io.casekit.core.ManualClock;
import io.casekit.core.timers.OrphanedTimer;
import io.casekit.core.timers.Scheduler;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Moves a scenario's clock forward and fires the timers that fall due on the way, each at its own due
 * time and in due order, through Casekit's {@link Scheduler}: a warning fires before the breach it
 * warns of, each at the moment it is due, as on a desk whose scheduler never sleeps. A timer that
 * does not fire when due, or that can never act, fails the step.
 */
final class TimeKeeper {

    private final ManualClock clock;
    private final Optional<Scheduler> scheduler;
    private final Optional<TimerStore> timers;
    private final Supplier<Collection<CaseRef>> cases;
    private final Function<CaseId, String> numberOf;
    private int orphansSeen;

    TimeKeeper(ManualClock clock, Optional<Scheduler> scheduler, Optional<TimerStore> timers, Supplier<Collection<CaseRef>> cases,
            Function<CaseId, String> numberOf) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.timers = timers;
        this.cases = cases;
        this.numberOf = numberOf;
    }

    Instant now() {
        return clock.instant();
    }

    /** Moves the clock to {@code target}, firing every timer due until then, each at its due time. */
    void advanceTo(Instant target) {
        if (target.isBefore(now())) {
            throw new IllegalArgumentException("time only moves forward in a scenario: " + target + " is before now, " + now());
        }
        fireDue();
        for (Optional<Instant> next = nextDue(target); next.isPresent(); next = nextDue(target)) {
            clock.advanceTo(next.get());
            fireDue();
        }
        clock.advanceTo(target);
        fireDue();
    }

    /** The earliest due time after now and at most {@code until} among the known cases' timers. */
    private Optional<Instant> nextDue(Instant until) {
        Instant now = now();
        return pending().stream().map(Timer::dueAt).filter(t -> t.isAfter(now) && !t.isAfter(until)).min(Comparator.naturalOrder());
    }

    private void fireDue() {
        if (scheduler.isEmpty()) {
            return;
        }
        scheduler.get().runDue();
        Instant now = now();
        for (CaseRef c : cases.get()) {
            for (Timer t : timers.orElseThrow().timers(c.id())) {
                if (!t.dueAt().isAfter(now)) {
                    throw new AssertionError("timer '" + t.key().name() + "' of case " + c.number() + " was due at " + t.dueAt()
                            + " but did not fire; the scheduler (io.casekit.core.timers.Scheduler) logged why");
                }
            }
        }
        List<OrphanedTimer> orphans = scheduler.get().orphanedTimers();
        if (orphans.size() > orphansSeen) {
            OrphanedTimer orphan = orphans.get(orphansSeen);
            orphansSeen = orphans.size();
            throw new AssertionError("timer '" + orphan.timer() + "' of case " + numberOf.apply(orphan.caseId()) + ", due at " + orphan.dueAt()
                    + ", can never act: " + orphan.reason());
        }
    }

    private List<Timer> pending() {
        if (timers.isEmpty()) {
            return List.of();
        }
        return cases.get().stream().flatMap(c -> timers.get().timers(c.id()).stream()).toList();
    }
}
