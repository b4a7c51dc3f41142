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
package io.casekit.testkit.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseCounters;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.ConcurrentCounterUpdateException;
import io.casekit.spi.store.CounterIncrement;
import io.casekit.spi.store.DuplicateCaseNumberException;
import io.casekit.testkit.internal.Concurrently;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a store's {@link CaseCounters}: commits advance named counters atomically with
 * their cases, refuse a counter that moved, and never hand out a value twice. A store's test
 * subclasses it and makes a fresh, empty store whose {@link CaseStore#counters()} is present:
 *
 * <pre>{@code
 * class MyCountersTest extends CaseCountersContract {
 *     protected CaseStore createStore() { return new MyStore(freshDatabase()); }
 * }
 * }</pre>
 *
 * <p>The suite checks that a counter starts at 0 and each commit advances it by one; that a commit
 * whose counter moved is refused with {@link ConcurrentCounterUpdateException} and writes nothing;
 * that a commit refused for another reason (a taken number, a stale version) advances no counter;
 * that a multi-case commit advances its counters with its cases or not at all; and that writers
 * racing for one counter, retrying on refusals, take every value exactly once.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public abstract class CaseCountersContract {

    private CaseStore store;
    private CaseCounters counters;

    /**
     * Makes a new, empty store that declares counters; called before each test.
     *
     * @return the store under test, with no cases and no counters
     */
    protected abstract CaseStore createStore();

    @BeforeEach
    final void setUpStore() {
        store = createStore();
        counters = store.counters().orElseThrow(
                () -> new AssertionError("the store declares no counters: " + store.getClass().getName() + ".counters() is empty"));
    }

    private static CaseCommit counted(CaseCommit commit, CounterIncrement... increments) {
        return new CaseCommit(commit.state(), commit.expectedVersion(), commit.events(), commit.timers(), commit.notifications(),
                List.of(increments));
    }

    private static CaseCommit opening(String number, String counter, long expected) {
        return counted(CaseFixtures.open(CaseFixtures.newId(), number), new CounterIncrement(counter, expected));
    }

    @Test
    void aCounterNoCommitAdvancedIsZero() {
        assertThat(counters.counterValue("case-number/it/customer/ACME")).isZero();
    }

    @Test
    void eachCommitAdvancesItsCounterByOne() {
        store.commit(opening("CNT-A-1", "case-number/it/customer/A", 0));
        store.commit(opening("CNT-A-2", "case-number/it/customer/A", 1));
        store.commit(opening("CNT-B-1", "case-number/it/customer/B", 0));

        assertThat(counters.counterValue("case-number/it/customer/A")).isEqualTo(2);
        assertThat(counters.counterValue("case-number/it/customer/B")).isEqualTo(1);
        assertThat(counters.counterValue("case-number/it/customer/C")).isZero();
        assertThat(store.findByNumber("CNT-A-2")).isPresent();
    }

    @Test
    void countersAreExactAndCaseSensitive() {
        store.commit(opening("CNT-X-1", "x/ACME", 0));

        assertThat(counters.counterValue("x/acme")).isZero();
        assertThat(counters.counterValue("x/ACME ")).isZero();
        assertThat(counters.counterValue("x/%")).isZero();
        assertThat(counters.counterValue("x/ACME")).isEqualTo(1);
    }

    @Test
    void aCommitWhoseCounterMovedIsRefusedAndWritesNothing() {
        store.commit(opening("CNT-1", "c", 0));
        CaseCommit stale = opening("CNT-1-AGAIN", "c", 0);

        assertThatThrownBy(() -> store.commit(stale))
                .isInstanceOfSatisfying(ConcurrentCounterUpdateException.class, e -> {
                    assertThat(e.counter()).isEqualTo("c");
                    assertThat(e.expectedValue()).isZero();
                    assertThat(e.isRetryable()).isTrue();
                });
        assertThat(store.find(stale.state().id())).isEmpty();
        assertThat(store.findByNumber("CNT-1-AGAIN")).isEmpty();
        assertThat(store.events(stale.state().id())).isEmpty();
        assertThat(counters.counterValue("c")).isEqualTo(1);
    }

    @Test
    void aCommitAheadOfItsCounterIsRefused() {
        CaseCommit ahead = opening("CNT-AHEAD", "c", 5);

        assertThatThrownBy(() -> store.commit(ahead)).isInstanceOf(ConcurrentCounterUpdateException.class);
        assertThat(store.find(ahead.state().id())).isEmpty();
        assertThat(counters.counterValue("c")).isZero();
    }

    @Test
    void aCommitRefusedForATakenNumberAdvancesNoCounter() {
        store.commit(opening("CNT-TAKEN", "a", 0));
        CaseCommit taken = opening("CNT-TAKEN", "b", 0);

        assertThatThrownBy(() -> store.commit(taken)).isInstanceOf(DuplicateCaseNumberException.class);
        assertThat(store.find(taken.state().id())).isEmpty();
        assertThat(counters.counterValue("b")).isZero();
        store.commit(opening("CNT-FREE", "b", 0));
        assertThat(counters.counterValue("b")).isEqualTo(1);
    }

    @Test
    void aCommitRefusedForAStaleVersionAdvancesNoCounter() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CNT-V");
        store.commit(open);
        Case v1 = open.state();
        store.commit(CaseFixtures.retitle(v1, "first"));
        CaseCommit stale = counted(CaseFixtures.retitle(v1, "second"), new CounterIncrement("v", 0));

        assertThatThrownBy(() -> store.commit(stale)).isInstanceOf(ConcurrentCaseUpdateException.class);
        assertThat(counters.counterValue("v")).isZero();
    }

    @Test
    void aMultiCaseCommitAdvancesItsCountersWithItsCasesOrNotAtAll() {
        store.commitAll(List.of(opening("CNT-M-A1", "a", 0), opening("CNT-M-B1", "b", 0)));
        assertThat(counters.counterValue("a")).isEqualTo(1);
        assertThat(counters.counterValue("b")).isEqualTo(1);

        CaseCommit fresh = opening("CNT-M-A2", "a", 1);
        CaseCommit stale = opening("CNT-M-B2", "b", 0);
        assertThatThrownBy(() -> store.commitAll(List.of(fresh, stale))).isInstanceOf(ConcurrentCounterUpdateException.class);
        assertThatThrownBy(() -> store.commitAll(List.of(stale, fresh))).isInstanceOf(ConcurrentCounterUpdateException.class);

        assertThat(store.find(fresh.state().id())).isEmpty();
        assertThat(store.find(stale.state().id())).isEmpty();
        assertThat(counters.counterValue("a")).isEqualTo(1);
        assertThat(counters.counterValue("b")).isEqualTo(1);
    }

    @Test
    void aMultiCaseCommitRefusedForATakenNumberAdvancesNoCounter() {
        store.commit(CaseFixtures.open(CaseFixtures.newId(), "CNT-T"));
        CaseCommit counting = opening("CNT-T-NEW", "t", 0);
        CaseCommit taken = CaseFixtures.open(CaseFixtures.newId(), "CNT-T");

        assertThatThrownBy(() -> store.commitAll(List.of(counting, taken))).isInstanceOf(DuplicateCaseNumberException.class);
        assertThat(store.find(counting.state().id())).isEmpty();
        assertThat(counters.counterValue("t")).isZero();
    }

    @Test
    void racingWritersWhoRetryTakeEveryValueExactlyOnce() throws Exception {
        int threads = 4;
        int perThread = 25;
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refusals = new AtomicInteger();
        Concurrently.run(threads, () -> {
            for (int i = 0; i < perThread; i++) {
                while (true) {
                    long current = counters.counterValue("race");
                    try {
                        store.commit(opening("RACE-" + (current + 1), "race", current));
                        taken.add(current + 1);
                        break;
                    } catch (ConcurrentCounterUpdateException | DuplicateCaseNumberException e) {
                        refusals.incrementAndGet(); // another writer took this value: read again
                    }
                }
            }
            return null;
        });

        assertThat(taken).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
        assertThat(counters.counterValue("race")).isEqualTo(threads * perThread);
        assertThat(LongStream.rangeClosed(1, threads * perThread)).allSatisfy(v -> assertThat(store.findByNumber("RACE-" + v)).isPresent());
    }
}
