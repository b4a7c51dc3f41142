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
package io.casekit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.sla.BusinessCalendar;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.FirstResponse;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.SlaPolicy;
import io.casekit.core.workflow.SlaTarget;
import io.casekit.core.workflow.SlaTargets;
import io.casekit.core.workflow.StatusFlag;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaState;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerKey;
import io.casekit.spi.timer.TimerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two Casekit nodes (two instances with their own pools and node ids) on one PostgreSQL database
 * process 10,000 due SLA timers at once: none is fired twice, none is missed.
 */
class TwoNodesFireTimersTest {

    private static final int CASES = 2_500;
    private static final int TIMERS_PER_CASE = 4; // warning and breach of first response and of resolution

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(Actor.contact("anna", "Anna", "ACME").build())
            .add(Actor.agent("alice", "Alice").build());

    /** A small desk whose P1 cases get a first-response and a resolution clock, each with a warning. */
    private static WorkflowDefinition desk() {
        return WorkflowDefinition.builder("desk", 1)
                .priority(Priority.of("P1", 1, "Critical"))
                .caseType(CaseType.of("Incident", "Incident", "P1"))
                .status(StatusReason.of("new", "New", CaseState.OPEN).onAssign("working"))
                .status(StatusReason.of("working", "Working", CaseState.OPEN))
                .status(StatusReason.of("resolved", "Resolved", CaseState.OPEN).flagged(StatusFlag.AWAITING_CONFIRMATION, StatusFlag.PAUSES_SLA))
                .status(StatusReason.of("closed", "Closed", CaseState.RESOLVED))
                .initialStatus("new")
                .transition(Transition.from("working").to("resolved").by(ActorKind.AGENT))
                .transition(Transition.from("resolved").to("closed").by(ActorKind.SYSTEM, ActorKind.CONTACT))
                .action(Action.RESOLVE, "resolved")
                .calendar(BusinessCalendar.always("always"))
                .slaPolicy(new SlaPolicy("sla", "SLA", Set.of(), "always", 75, FirstResponse.FIRST_PUBLIC_AGENT_COMMENT,
                        Set.of(StatusFlag.PAUSES_SLA), Optional.empty(), Map.of(
                                "P1", new SlaTargets(Optional.of(SlaTarget.parse("4 hours")), Optional.of(SlaTarget.parse("24 hours"))))))
                .build();
    }

    /**
     * The store of one node, recording every claim it hands out: a timer (key and token) claimed
     * twice while the clock stands still means two nodes held it at once.
     */
    private record Recording(JdbcCaseStore store, ConcurrentMap<String, String> claims, AtomicInteger duplicates)
            implements CaseStore, TimerStore {

        @Override
        public List<ClaimedTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
            List<ClaimedTimer> claimed = store.claimDue(now, limit, owner, lease);
            for (ClaimedTimer c : claimed) {
                String previous = claims.putIfAbsent(c.timer().key() + "/" + c.timer().token(), owner);
                if (previous != null) {
                    duplicates.incrementAndGet();
                }
            }
            return claimed;
        }

        @Override
        public void complete(ClaimedTimer claimed) {
            store.complete(claimed);
        }

        @Override
        public Optional<Timer> find(TimerKey key) {
            return store.find(key);
        }

        @Override
        public List<Timer> timers(CaseId caseId) {
            return store.timers(caseId);
        }

        @Override
        public Optional<io.casekit.spi.model.Case> find(CaseId id) {
            return store.find(id);
        }

        @Override
        public Optional<io.casekit.spi.model.Case> findByNumber(String number) {
            return store.findByNumber(number);
        }

        @Override
        public List<CaseEvent> events(CaseId id) {
            return store.events(id);
        }

        @Override
        public void commit(CaseCommit commit) {
            store.commit(commit);
        }

        @Override
        public void commitAll(List<CaseCommit> commits) {
            store.commitAll(commits);
        }

        @Override
        public Optional<TimerStore> timers() {
            return Optional.of(this);
        }

        @Override
        public long nextSequenceValue(String sequenceName) {
            return store.nextSequenceValue(sequenceName);
        }
    }

    @Test
    void twoNodesFireTenThousandDueTimersEachExactlyOnce() throws Exception {
        String url = databases.freshUrl(FreshDatabases.Kind.POSTGRESQL);
        ConcurrentMap<String, String> claims = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        List<Casekit> nodes = new ArrayList<>();
        List<JdbcCaseStore> stores = new ArrayList<>();
        for (String node : List.of("node-1", "node-2")) {
            JdbcCaseStore store = JdbcCaseStore.builder(databases.pool(url, true)).migrate(true).build();
            stores.add(store);
            nodes.add(Casekit.builder().store(new Recording(store, claims, duplicates)).identity(directory).clock(clock)
                    .definition(desk()).nodeId(node).build());
        }
        List<CaseId> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // open the cases from both nodes, two threads each
            List<Future<?>> opening = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Casekit node = nodes.get(t % 2);
                int share = CASES / 4;
                opening.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        ids.add(node.cases().execute("anna", OpenCase.builder().title("Down " + i).description("All down")
                                .caseType("Incident").priority("P1").build()).id());
                    }
                    return null;
                }));
            }
            for (Future<?> f : opening) {
                f.get(5, TimeUnit.MINUTES);
            }
            assertThat(ids).hasSize(CASES);
            assertThat(stores.get(0).timers(ids.get(0))).hasSize(TIMERS_PER_CASE);

            clock.advance(Duration.ofDays(2)); // every warning and breach is due
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (Casekit node : nodes) {
                Callable<Integer> run = () -> {
                    start.await();
                    return node.scheduler().runDue();
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            int acted = 0;
            for (Future<Integer> run : runs) {
                acted += run.get(10, TimeUnit.MINUTES);
            }

            assertThat(duplicates.get()).as("timers claimed twice").isZero();
            assertThat(claims).as("every timer claimed once").hasSize(CASES * TIMERS_PER_CASE);
            assertThat(Set.copyOf(claims.values())).as("both nodes took part").containsExactlyInAnyOrder("node-1", "node-2");
            // A node may fire a breach before another fires its warning; the warning then has nothing
            // left to do. Every instance breached exactly once, and nothing happened twice.
            int events = 0;
            JdbcCaseStore store = stores.get(0);
            for (CaseId id : ids) {
                for (SlaKind kind : SlaKind.values()) {
                    List<SlaChanged.Change> changes = new ArrayList<>();
                    for (CaseEvent e : store.events(id)) {
                        if (e instanceof SlaChanged s && s.sla().kind() == kind) {
                            changes.add(s.change());
                        }
                    }
                    assertThat(changes).as("%s of case %s", kind, id)
                            .startsWith(SlaChanged.Change.STARTED).endsWith(SlaChanged.Change.BREACHED).doesNotHaveDuplicates()
                            .isSubsetOf(SlaChanged.Change.STARTED, SlaChanged.Change.NEARING_BREACH, SlaChanged.Change.BREACHED);
                    events += changes.size() - 1;
                    assertThat(store.find(id).orElseThrow().sla(kind).orElseThrow().state()).isEqualTo(SlaState.BREACHED);
                }
                assertThat(store.timers(id)).as("timers left on case %s", id).isEmpty();
            }
            assertThat(acted).isEqualTo(events).isBetween(2 * CASES, TIMERS_PER_CASE * CASES);
            assertThat(nodes.get(0).scheduler().runDue() + nodes.get(1).scheduler().runDue()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
