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
package io.casekit.testkit.timer;

import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerBacklog;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import io.casekit.spi.timer.TimerStore;
import io.casekit.testkit.store.CaseFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TimerStore}: timers change with case commits, and due timers are claimed
 * under a lease by one node at a time. A store's test subclasses it and makes a fresh, empty store
 * that implements both {@link CaseStore} and {@link TimerStore}:
 *
 * <pre>{@code
 * class MyTimerStoreTest extends TimerStoreContract {
 *     protected CaseStore createStore() { return new MyStore(freshDatabase()); }
 * }
 * }</pre>
 *
 * <p>The suite checks that a timer is scheduled, rescheduled and cancelled only with the commit
 * that carries the change (a refused commit schedules nothing); that due timers are claimed earliest
 * first, up to the limit, and a claimed one not again until its lease lapses; that completing
 * removes a timer once, but neither a timer rescheduled since the claim nor one that another node
 * claimed after the lease lapsed; that concurrent claimers never share a timer; and that the timers
 * of one case never touch another's.
 */
@API(status = STABLE, since = "0.1.0")
public abstract class TimerStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    private CaseStore cases;
    private TimerStore timers;

    /**
     * Makes a new, empty store implementing {@link CaseStore} and {@link TimerStore}; called before
     * each test.
     *
     * @return the store under test, with no cases and no timers; a test fails if it is not a {@link
     *     TimerStore}
     */
    protected abstract CaseStore createStore();

    @BeforeEach
    final void setUpStore() {
        cases = createStore();
        assertThat(cases).as("the store under test implements TimerStore").isInstanceOf(TimerStore.class);
        timers = (TimerStore) cases;
    }

    private Case openCase() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "T-" + UUID.randomUUID());
        cases.commit(open);
        return open.state();
    }

    private static Timer timer(Case c, String name, Instant dueAt) {
        return new Timer(new TimerKey(c.id(), name), dueAt, UUID.randomUUID().toString());
    }

    /** Commits a title change of {@code c} with the given timer changes; returns the new state. */
    private Case commitWith(Case c, TimerChange... changes) {
        CaseCommit retitle = CaseFixtures.retitle(c, "changed " + UUID.randomUUID());
        cases.commit(new CaseCommit(retitle.state(), retitle.expectedVersion(), retitle.events(), List.of(changes)));
        return retitle.state();
    }

    @Test
    void aTimerIsScheduledWithTheCaseChange() {
        Case c = openCase();
        Timer breach = timer(c, "sla/RESOLUTION/breach", NOW.plusSeconds(60));

        commitWith(c, new TimerChange.Schedule(breach));

        assertThat(timers.find(breach.key())).contains(breach);
        assertThat(timers.timers(c.id())).containsExactly(breach);
    }

    @Test
    void aRefusedCommitSchedulesNothing() {
        Case c = openCase();
        commitWith(c, new TimerChange.Schedule(timer(c, "first", NOW)));
        Timer late = timer(c, "late", NOW);

        assertThatThrownBy(() -> commitWith(c, new TimerChange.Schedule(late)))
                .isInstanceOf(ConcurrentCaseUpdateException.class);
        assertThat(timers.find(late.key())).isEmpty();
    }

    @Test
    void reschedulingReplacesAndCancellingRemoves() {
        Case c = openCase();
        Timer first = timer(c, "warning", NOW.plusSeconds(60));
        Timer second = timer(c, "warning", NOW.plusSeconds(120));
        Case v2 = commitWith(c, new TimerChange.Schedule(first));
        Case v3 = commitWith(v2, new TimerChange.Schedule(second));

        assertThat(timers.timers(c.id())).containsExactly(second);
        commitWith(v3, new TimerChange.Cancel(second.key()), new TimerChange.Cancel(new TimerKey(c.id(), "never-scheduled")));
        assertThat(timers.timers(c.id())).isEmpty();
    }

    @Test
    void onlyDueTimersAreClaimedEarliestFirstUpToTheLimit() {
        Case c = openCase();
        Timer later = timer(c, "c", NOW.plusSeconds(1));
        Timer due1 = timer(c, "b", NOW.minusSeconds(30));
        Timer due2 = timer(c, "a", NOW.minusSeconds(60));
        Timer due3 = timer(c, "d", NOW);
        commitWith(c, new TimerChange.Schedule(later), new TimerChange.Schedule(due1), new TimerChange.Schedule(due2),
                new TimerChange.Schedule(due3));

        List<ClaimedTimer> claimed = timers.claimDue(NOW, 2, "node-a", LEASE);

        assertThat(claimed).extracting(ClaimedTimer::timer).containsExactly(due2, due1);
        assertThat(claimed).allSatisfy(t -> {
            assertThat(t.owner()).isEqualTo("node-a");
            assertThat(t.leaseUntil()).isEqualTo(NOW.plus(LEASE));
        });
        assertThat(timers.claimDue(NOW, 10, "node-b", LEASE)).extracting(ClaimedTimer::timer).containsExactly(due3);
    }

    @Test
    void aLeasedTimerIsNotClaimedAgainUntilTheLeaseLapses() {
        Case c = openCase();
        Timer due = timer(c, "breach", NOW);
        commitWith(c, new TimerChange.Schedule(due));
        timers.claimDue(NOW, 10, "node-a", LEASE);

        assertThat(timers.claimDue(NOW.plusSeconds(59), 10, "node-b", LEASE)).isEmpty();
        List<ClaimedTimer> again = timers.claimDue(NOW.plus(LEASE), 10, "node-b", LEASE);
        assertThat(again).singleElement().satisfies(t -> assertThat(t.owner()).isEqualTo("node-b"));
    }

    @Test
    void aReleasedClaimIsClaimableAtOnceAndOnlyTheCurrentClaimIsReleased() {
        Case c = openCase();
        Timer due = timer(c, "breach", NOW);
        commitWith(c, new TimerChange.Schedule(due));
        ClaimedTimer first = timers.claimDue(NOW, 10, "node-a", LEASE).get(0);

        assertThat(timers.release(first)).isTrue();
        assertThat(timers.release(first)).as("a second release of the same claim").isFalse();
        assertThat(timers.find(due.key())).contains(due);
        ClaimedTimer second = timers.claimDue(NOW, 10, "node-b", LEASE).get(0);
        assertThat(second.timer()).isEqualTo(due);

        assertThat(timers.release(first)).as("the released claim cannot release the new one").isFalse();
        assertThat(timers.claimDue(NOW, 10, "node-c", LEASE)).isEmpty();
        timers.complete(second);
        assertThat(timers.find(due.key())).isEmpty();
    }

    @Test
    void completingRemovesTheTimer() {
        Case c = openCase();
        Timer due = timer(c, "breach", NOW);
        commitWith(c, new TimerChange.Schedule(due));
        ClaimedTimer claimed = timers.claimDue(NOW, 10, "node-a", LEASE).get(0);

        timers.complete(claimed);
        timers.complete(claimed);

        assertThat(timers.find(due.key())).isEmpty();
        assertThat(timers.claimDue(NOW.plus(LEASE.multipliedBy(2)), 10, "node-b", LEASE)).isEmpty();
    }

    @Test
    void completingAStaleClaimKeepsTheNewScheduling() {
        Case c = openCase();
        Timer due = timer(c, "feedback-window", NOW);
        Case v2 = commitWith(c, new TimerChange.Schedule(due));
        ClaimedTimer claimed = timers.claimDue(NOW, 10, "node-a", LEASE).get(0);
        Timer rescheduled = timer(c, "feedback-window", NOW.plusSeconds(3600));
        commitWith(v2, new TimerChange.Schedule(rescheduled));

        timers.complete(claimed);

        assertThat(timers.find(due.key())).contains(rescheduled);
    }

    @Test
    void aNodeWhoseLeaseLapsedCannotCompleteTheNewClaim() {
        Case c = openCase();
        Timer due = timer(c, "breach", NOW);
        commitWith(c, new TimerChange.Schedule(due));
        ClaimedTimer slow = timers.claimDue(NOW, 10, "node-a", LEASE).get(0);
        ClaimedTimer fast = timers.claimDue(NOW.plus(LEASE), 10, "node-b", LEASE).get(0);

        timers.complete(slow);
        assertThat(timers.find(due.key())).contains(due);
        assertThat(timers.claimDue(NOW.plus(LEASE).plusSeconds(1), 10, "node-c", LEASE)).isEmpty();

        timers.complete(fast);
        assertThat(timers.find(due.key())).isEmpty();
    }

    @Test
    void concurrentClaimersNeverShareATimer() throws Exception {
        int count = 400;
        Case c = openCase();
        List<TimerChange> schedule = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            schedule.add(new TimerChange.Schedule(timer(c, "t" + i, NOW.minusSeconds(i))));
        }
        commitWith(c, schedule.toArray(TimerChange[]::new));
        Set<TimerKey> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String owner = "node-" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        List<ClaimedTimer> batch = timers.claimDue(NOW, 7, owner, Duration.ofHours(1));
                        if (batch.isEmpty()) {
                            return null;
                        }
                        for (ClaimedTimer claimed : batch) {
                            if (!seen.add(claimed.timer().key())) {
                                duplicates.incrementAndGet();
                            }
                            timers.complete(claimed);
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(duplicates.get()).isZero();
        assertThat(seen).hasSize(count);
        assertThat(timers.timers(c.id())).isEmpty();
    }

    @Test
    void timersOfOneCaseDoNotTouchAnother() {
        Case a = openCase();
        Case b = openCase();
        Timer ta = timer(a, "breach", NOW);
        Timer tb = timer(b, "breach", NOW);
        commitWith(a, new TimerChange.Schedule(ta));
        commitWith(b, new TimerChange.Schedule(tb));

        assertThat(timers.timers(a.id())).containsExactly(ta);
        assertThat(timers.timers(b.id())).containsExactly(tb);
        assertThat(timers.timers(new CaseId("unknown"))).isEmpty();
    }

    @Test
    void theBacklogCountsTheTimersDueAtAnInstantClaimedOrNotAndTheEarliest() {
        Case c = openCase();
        Timer early = timer(c, "early", NOW.minusSeconds(120));
        Timer due = timer(c, "due", NOW);
        Timer later = timer(c, "later", NOW.plusSeconds(60));
        commitWith(c, new TimerChange.Schedule(early), new TimerChange.Schedule(due), new TimerChange.Schedule(later));
        assertThat(timers.backlog(NOW)).as("this store tells its backlog").isPresent();

        timers.claimDue(NOW, 1, "node-a", Duration.ofMinutes(1));

        assertThat(timers.backlog(NOW)).contains(new TimerBacklog(2, Optional.of(NOW.minusSeconds(120))));
        assertThat(timers.backlog(NOW.minusSeconds(121))).contains(new TimerBacklog(0, Optional.empty()));
        assertThat(timers.backlog(NOW.plusSeconds(60))).contains(new TimerBacklog(3, Optional.of(NOW.minusSeconds(120))));
    }
}
