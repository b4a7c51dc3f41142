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
package io.casekit.core.timers.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.core.internal.Claims;
import io.casekit.core.internal.PollingLoop;
import io.casekit.core.internal.SafeObserver;
import io.casekit.core.observe.Backlog;
import io.casekit.core.observe.Observation.TimerFired;
import io.casekit.core.timers.OrphanedTimer;
import io.casekit.core.timers.Scheduler;
import io.casekit.core.timers.TimerOutcome;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.TimerStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Scheduler} of {@link io.casekit.core.Casekit}: claims due timers under a lease and fires them. Thread-safe. */
public final class DefaultScheduler implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final int CONFLICT_RETRIES = 5;
    private static final int MAX_ORPHANS = 1_000;

    private final SafeObserver observer;
    private final TimerStore timers;
    private final TimerAction action;
    private final Clock clock;
    private final Claims claims;
    private final PollingLoop loop;
    private final Deque<OrphanedTimer> orphans = new ArrayDeque<>();

    /**
     * Made by {@link io.casekit.core.Casekit#scheduler()}; hosts get theirs from there.
     *
     * @param timers the store the timers live in
     * @param action what firing a timer does
     * @param nodeId this node's name in leases, unique among the nodes sharing the store
     * @param lease how long a claim holds; longer than firing a batch takes
     * @param pollInterval how often {@link #start() a started} scheduler looks for due timers
     * @param batchSize how many timers one claim takes at most
     * @param clock the time source that decides what is due
     */
    public DefaultScheduler(TimerStore timers, TimerAction action, Clock clock, String nodeId, Duration lease, Duration pollInterval,
            int batchSize) {
        this(timers, action, clock, nodeId, lease, pollInterval, batchSize, SafeObserver.NONE);
    }

    /**
     * A scheduler that tells an observer of every timer it fires, with its outcome and lag.
     *
     * @param timers where the timers are
     * @param action what firing a timer does
     * @param clock the time source that decides what is due
     * @param nodeId this node's name in leases
     * @param lease how long a claim holds
     * @param pollInterval how often a started scheduler looks for due timers
     * @param batchSize how many timers one claim takes at most
     * @param observer told of each timer fired
     */
    public DefaultScheduler(TimerStore timers, TimerAction action, Clock clock, String nodeId, Duration lease, Duration pollInterval,
            int batchSize, SafeObserver observer) {
        this.observer = requireNonNull(observer, "observer");
        this.timers = requireNonNull(timers, "timers");
        this.action = requireNonNull(action, "action");
        this.clock = requireNonNull(clock, "clock");
        this.claims = new Claims(nodeId, lease, batchSize);
        this.loop = new PollingLoop("casekit-scheduler-" + nodeId, pollInterval, Duration.ofSeconds(30), this::runDue);
    }

    /** {@return this node's name in leases} */
    @Override
    public String nodeId() {
        return claims.nodeId();
    }

    /**
     * Fires every timer due now that no other node holds, batch after batch, until none is left. A
     * pass run by a started scheduler that is being {@linkplain #stop() stopped} ends after the timer
     * under way and gives back its claims on the rest of the batch.
     *
     * @return how many timers changed their case (stale timers and repeats count as none)
     */
    @Override
    public int runDue() {
        int acted = 0;
        while (!loop.stopping()) {
            List<ClaimedTimer> batch = timers.claimDue(clock.instant(), claims.batchSize(), claims.nodeId(), claims.lease());
            int released = 0;
            for (ClaimedTimer claimed : batch) {
                if (loop.stopping()) {
                    released += timers.release(claimed) ? 1 : 0;
                } else if (fire(claimed)) {
                    acted++;
                }
            }
            if (released > 0) {
                LOG.info("scheduler {} stopping: gave back its claims on {} timers", claims.nodeId(), released);
            }
            if (!claims.full(batch.size())) {
                break;
            }
        }
        return acted;
    }

    private boolean fire(ClaimedTimer claimed) {
        String outcome = "failed";
        try {
            outcome = fireOnce(claimed);
            return outcome.equals("acted");
        } finally {
            if (observer.listening()) {
                Duration lag = Duration.between(claimed.timer().dueAt(), clock.instant());
                observer.observe(new TimerFired(claimed.timer().key().name(), outcome, lag.isNegative() ? Duration.ZERO : lag));
            }
        }
    }

    /** Fires the timer, retrying conflicts a few times; says what came of it. */
    private String fireOnce(ClaimedTimer claimed) {
        for (int attempt = 1; ; attempt++) {
            try {
                TimerOutcome outcome = action.fire(timers, claimed);
                if (outcome instanceof TimerOutcome.Orphaned orphaned) {
                    remember(new OrphanedTimer(claimed.timer().key().caseId(), claimed.timer().key().name(), claimed.timer().dueAt(),
                            orphaned.reason(), clock.instant()));
                }
                timers.complete(claimed);
                return outcome instanceof TimerOutcome.Acted ? "acted" : outcome instanceof TimerOutcome.Orphaned ? "orphaned" : "stale";
            } catch (ConcurrentCaseUpdateException e) {
                if (attempt == CONFLICT_RETRIES) {
                    LOG.warn("timer {} of case {} kept meeting concurrent updates; it fires again when its lease lapses",
                            claimed.timer().key().name(), claimed.timer().key().caseId());
                    return "conflict";
                }
            } catch (RuntimeException e) {
                LOG.error("timer {} of case {} failed; it fires again when its lease lapses", claimed.timer().key().name(),
                        claimed.timer().key().caseId(), e);
                return "failed";
            }
        }
    }

    private void remember(OrphanedTimer orphan) {
        synchronized (orphans) {
            if (orphans.size() == MAX_ORPHANS) {
                orphans.removeFirst();
            }
            orphans.addLast(orphan);
        }
    }

    /**
     * The timers this scheduler completed because they can never act (their kind no longer exists in
     * their case's definition, or the definition refuses what they ask), oldest first: the last
     * 1,000 since this scheduler was made. Each one is also logged at WARN.
     *
     * @return the orphaned timers; empty if there were none
     */
    @Override
    public List<OrphanedTimer> orphanedTimers() {
        synchronized (orphans) {
            return List.copyOf(orphans);
        }
    }

    /** Starts polling for due timers every poll interval on a daemon thread. Idempotent. */
    @Override
    public Optional<Backlog> backlog() {
        Instant now = clock.instant();
        return timers.backlog(now).map(b -> new Backlog(b.due(),
                b.earliestDueAt().map(earliest -> Duration.between(earliest, now)).orElse(Duration.ZERO)));
    }

    @Override
    public void start() {
        loop.start();
    }

    /**
     * Stops polling and waits for the current pass to finish the timer under way (at most 30 seconds);
     * the claims on the rest of its batch are given back, so that another node fires them at once. Idempotent.
     */
    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public void close() {
        stop();
    }

}
