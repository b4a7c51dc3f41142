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

import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseHistory;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.event.TitleChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.DuplicateCaseNumberException;
import io.casekit.testkit.internal.Concurrently;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CaseStore} must pass. An implementation's test subclasses it and says
 * how to make a fresh, empty store:
 *
 * <pre>{@code
 * class MyStoreTest extends CaseStoreContract {
 *     protected CaseStore createStore() { return new MyStore(freshDatabase()); }
 * }
 * }</pre>
 *
 * <p>The suite checks that a committed case is found by id and by exact number and its events come
 * back equal and in order; that a stale commit, a commit to an unknown case, a second creation and a
 * taken number are refused and change nothing; that sequences start at one and never hand out a
 * value twice; that concurrent writers of one version have exactly one winner and writers that retry
 * lose nothing; and that a commit of several cases is all or nothing, also when concurrent commits
 * overlap in any order (without deadlock).
 *
 * <p>After every test, the suite checks the invariants of each case the test touched: the stored
 * state equals the replay of the stored events, and the version and event count agree with them.
 */
@API(status = STABLE, since = "0.1.0")
public abstract class CaseStoreContract {

    private CaseStore store;
    private final Set<CaseId> touched = ConcurrentHashMap.newKeySet();

    /**
     * Makes a new, empty store; called before each test.
     *
     * @return the store under test, with no cases
     */
    protected abstract CaseStore createStore();

    /** {@return the store under test, made by {@link #createStore()} before this test} */
    protected final CaseStore store() {
        return store;
    }

    @BeforeEach
    final void setUpStore() {
        store = createStore();
    }

    @AfterEach
    final void checkInvariants() {
        for (CaseId id : touched) {
            List<CaseEvent> events = store.events(id);
            Case stored = store.find(id).orElseThrow(() -> new AssertionError("case " + id + " has events but no state"));
            assertThat(CaseHistory.replay(events)).as("replay of %s", id).contains(stored);
            assertThat(stored.eventCount()).isEqualTo(events.size());
            assertThat(stored.version()).isEqualTo(events.get(events.size() - 1).header().version());
        }
    }

    private Case commit(CaseCommit commit) {
        touched.add(commit.state().id());
        store.commit(commit);
        return commit.state();
    }

    private void commitAll(List<CaseCommit> commits) {
        commits.forEach(c -> touched.add(c.state().id()));
        store.commitAll(commits);
    }

    @Test
    void aCommittedCaseIsFoundByIdAndByNumber() {
        CaseId id = CaseFixtures.newId();
        Case opened = commit(CaseFixtures.open(id, "CAS-00001"));

        assertThat(store.find(id)).contains(opened);
        assertThat(store.findByNumber("CAS-00001")).contains(opened);
        assertThat(store.events(id)).singleElement().isInstanceOf(CaseOpened.class);
    }

    @Test
    void unknownCasesAreAbsentNotErrors() {
        assertThat(store.find(CaseFixtures.newId())).isEmpty();
        assertThat(store.findByNumber("CAS-404")).isEmpty();
        assertThat(store.events(CaseFixtures.newId())).isEmpty();
    }

    @Test
    void findByNumberIsExact() {
        commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-00001"));

        assertThat(store.findByNumber("cas-00001")).isEmpty();
        assertThat(store.findByNumber("CAS-0000")).isEmpty();
        assertThat(store.findByNumber("CAS-%")).isEmpty();
    }

    @Test
    void eachCommitAdvancesStateAndAppendsEventsInOrder() {
        CaseId id = CaseFixtures.newId();
        Case v1 = commit(CaseFixtures.open(id, "CAS-00002"));
        Case v2 = commit(CaseFixtures.retitle(v1, "VPN drops on Wi-Fi switch"));
        Case v3 = commit(CaseFixtures.commentAndMove(v2, "Logs attached", "200", CaseState.OPEN));

        assertThat(store.find(id)).contains(v3);
        assertThat(v3.version()).isEqualTo(3);
        List<CaseEvent> events = store.events(id);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CaseOpened", "TitleChanged", "CommentAdded", "StatusChanged");
        assertThat(events).extracting(e -> e.header().sequence()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(e -> e.header().version()).containsExactly(1L, 2L, 3L, 3L);
        assertThat(((CommentAdded) events.get(2)).body()).isEqualTo("Logs attached");
        assertThat(((StatusChanged) events.get(3)).to()).isEqualTo("200");
    }

    @Test
    void eventsComeBackEqualToWhatWasCommitted() {
        CaseId id = CaseFixtures.newId();
        CaseCommit open = CaseFixtures.open(id, "CAS-00003");
        Case v1 = commit(open);
        CaseCommit retitle = CaseFixtures.retitle(v1, "Ünïcode – títle ✓ 'quotes' \"double\" % _ \\");
        commit(retitle);

        List<CaseEvent> expected = new ArrayList<>(open.events());
        expected.addAll(retitle.events());
        assertThat(store.events(id)).containsExactlyElementsOf(expected);
        assertThat(((TitleChanged) store.events(id).get(1)).to()).isEqualTo("Ünïcode – títle ✓ 'quotes' \"double\" % _ \\");
    }

    @Test
    void aStaleCommitIsRefusedAndChangesNothing() {
        CaseId id = CaseFixtures.newId();
        Case v1 = commit(CaseFixtures.open(id, "CAS-00004"));
        Case v2 = commit(CaseFixtures.retitle(v1, "first writer"));

        assertThatThrownBy(() -> store.commit(CaseFixtures.retitle(v1, "second writer")))
                .isInstanceOfSatisfying(ConcurrentCaseUpdateException.class, e -> {
                    assertThat(e.caseId()).isEqualTo(id);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                    assertThat(e.isRetryable()).isTrue();
                });
        assertThat(store.find(id)).contains(v2);
        assertThat(store.events(id)).hasSize(2);
    }

    @Test
    void aCommitToAnUnknownCaseIsRefused() {
        Case ghost = CaseFixtures.open(CaseFixtures.newId(), "CAS-00005").state();

        assertThatThrownBy(() -> store.commit(CaseFixtures.retitle(ghost, "never stored")))
                .isInstanceOfSatisfying(ConcurrentCaseUpdateException.class, e -> assertThat(e.actualVersion()).isZero());
        assertThat(store.find(ghost.id())).isEmpty();
        assertThat(store.events(ghost.id())).isEmpty();
    }

    @Test
    void creatingAnExistingCaseIsRefused() {
        CaseId id = CaseFixtures.newId();
        Case opened = commit(CaseFixtures.open(id, "CAS-00006"));

        assertThatThrownBy(() -> store.commit(CaseFixtures.open(id, "CAS-00007")))
                .isInstanceOf(ConcurrentCaseUpdateException.class);
        assertThat(store.find(id)).contains(opened);
        assertThat(store.findByNumber("CAS-00007")).isEmpty();
    }

    @Test
    void aTakenNumberIsRefusedAndChangesNothing() {
        Case first = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-00008"));
        CaseId second = CaseFixtures.newId();

        assertThatThrownBy(() -> store.commit(CaseFixtures.open(second, "CAS-00008")))
                .isInstanceOfSatisfying(DuplicateCaseNumberException.class, e -> assertThat(e.number()).isEqualTo("CAS-00008"));
        assertThat(store.find(second)).isEmpty();
        assertThat(store.events(second)).isEmpty();
        assertThat(store.findByNumber("CAS-00008")).contains(first);
    }

    @Test
    void casesAreIndependent() {
        Case a = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-A"));
        Case b = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-B"));
        commit(CaseFixtures.retitle(a, "changed a"));

        assertThat(store.find(b.id())).contains(b);
        assertThat(store.events(b.id())).hasSize(1);
    }

    @Test
    void sequencesStartAtOneAndAreIndependent() {
        assertThat(store.nextSequenceValue("case-number/a")).isEqualTo(1);
        assertThat(store.nextSequenceValue("case-number/a")).isEqualTo(2);
        assertThat(store.nextSequenceValue("case-number/b")).isEqualTo(1);
        assertThat(store.nextSequenceValue("case-number/a")).isEqualTo(3);
    }

    @Test
    void concurrentSequenceCallersNeverGetTheSameValue() throws Exception {
        int threads = 4;
        int perThread = 500;
        Set<Long> values = ConcurrentHashMap.newKeySet();
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        Concurrently.run(threads, () -> {
            for (int i = 0; i < perThread; i++) {
                long value = store.nextSequenceValue("case-number/race");
                values.add(value);
                all.add(value);
            }
            return null;
        });
        assertThat(all).hasSize(threads * perThread);
        assertThat(values).hasSize(threads * perThread);
        assertThat(values).allMatch(v -> v >= 1);
    }

    @Test
    void concurrentWritersOfOneVersionHaveExactlyOneWinner() throws Exception {
        CaseId id = CaseFixtures.newId();
        Case v1 = commit(CaseFixtures.open(id, "CAS-RACE"));
        int threads = 8;
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        Concurrently.run(threads, () -> {
            try {
                store.commit(CaseFixtures.retitle(v1, "writer " + Thread.currentThread().getName()));
                wins.incrementAndGet();
            } catch (ConcurrentCaseUpdateException e) {
                conflicts.incrementAndGet();
            }
            return null;
        });
        assertThat(wins.get()).isEqualTo(1);
        assertThat(conflicts.get()).isEqualTo(threads - 1);
        assertThat(store.find(id).orElseThrow().version()).isEqualTo(2);
        assertThat(store.events(id)).hasSize(2);
    }

    @Test
    void writersThatRetryOnConflictLoseNothing() throws Exception {
        CaseId id = CaseFixtures.newId();
        commit(CaseFixtures.open(id, "CAS-RETRY"));
        int threads = 4;
        int perThread = 25;
        Concurrently.run(threads, () -> {
            for (int i = 0; i < perThread; i++) {
                while (true) {
                    Case current = store.find(id).orElseThrow();
                    try {
                        store.commit(CaseFixtures.retitle(current, "title " + Thread.currentThread().getName() + " " + i));
                        break;
                    } catch (ConcurrentCaseUpdateException retry) {
                        // another writer won this version: reload and try again
                    }
                }
            }
            return null;
        });
        Case last = store.find(id).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + threads * perThread);
        assertThat(store.events(id)).hasSize(1 + threads * perThread);
        Set<String> titles = new HashSet<>();
        store.events(id).stream().skip(1).forEach(e -> titles.add(((TitleChanged) e).to()));
        assertThat(titles).hasSize(threads * perThread);
    }

    // ---------------------------------------------------------------------------------------------
    // Several cases at once

    @Test
    void aMultiCaseCommitWritesEveryCaseAndCreatesNewOnes() {
        Case a = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-M-A"));
        Case b = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-M-B"));
        CaseCommit created = CaseFixtures.open(CaseFixtures.newId(), "CAS-M-C");
        CaseCommit retitleA = CaseFixtures.retitle(a, "merged a");
        CaseCommit moveB = CaseFixtures.commentAndMove(b, "merged into a", "430", CaseState.CANCELLED);

        commitAll(List.of(retitleA, moveB, created));

        assertThat(store.find(a.id())).contains(retitleA.state());
        assertThat(store.find(b.id())).contains(moveB.state());
        assertThat(store.find(created.state().id())).contains(created.state());
        assertThat(store.findByNumber("CAS-M-C")).contains(created.state());
        assertThat(store.events(b.id())).hasSize(3);
    }

    @Test
    void oneStaleCommitOfAMultiCaseCommitWritesNothingOfTheOthers() {
        Case a = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-S-A"));
        Case b = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-S-B"));
        Case b2 = commit(CaseFixtures.retitle(b, "another writer was first"));
        CaseCommit created = CaseFixtures.open(CaseFixtures.newId(), "CAS-S-C");

        assertThatThrownBy(() -> store.commitAll(List.of(CaseFixtures.retitle(a, "never"), created, CaseFixtures.retitle(b, "stale"))))
                .isInstanceOfSatisfying(ConcurrentCaseUpdateException.class, e -> {
                    assertThat(e.caseId()).isEqualTo(b.id());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(store.find(a.id())).contains(a);
        assertThat(store.events(a.id())).hasSize(1);
        assertThat(store.find(b.id())).contains(b2);
        assertThat(store.find(created.state().id())).isEmpty();
        assertThat(store.findByNumber("CAS-S-C")).isEmpty();
        assertThat(store.events(created.state().id())).isEmpty();
    }

    @Test
    void aTakenNumberInAMultiCaseCommitWritesNothing() {
        Case a = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-T-A"));
        CaseCommit clash = CaseFixtures.open(CaseFixtures.newId(), "CAS-T-A");

        assertThatThrownBy(() -> store.commitAll(List.of(CaseFixtures.retitle(a, "never"), clash)))
                .isInstanceOf(DuplicateCaseNumberException.class);
        assertThat(store.find(a.id())).contains(a);
        assertThat(store.find(clash.state().id())).isEmpty();
        assertThat(store.findByNumber("CAS-T-A")).contains(a);
    }

    @Test
    void aMultiCaseCommitNamesEachCaseOnce() {
        Case a = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-D-A"));

        assertThatThrownBy(() -> store.commitAll(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.commitAll(List.of(CaseFixtures.retitle(a, "x"), CaseFixtures.retitle(a, "y"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(a.id())).contains(a);
    }

    @Test
    void concurrentMultiCaseCommitsOverlappingInARingAreEachAllOrNothing() throws Exception {
        int n = 6;
        List<Case> ring = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ring.add(commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-RING-" + i)));
        }
        AtomicInteger next = new AtomicInteger();
        Set<Integer> winners = ConcurrentHashMap.newKeySet();
        Concurrently.run(n, () -> {
            int w = next.getAndIncrement();
            Case first = ring.get(w);
            Case second = ring.get((w + 1) % n);
            // half of the writers name their cases in the other order: the store must not deadlock
            List<CaseCommit> commits = new ArrayList<>(List.of(
                    CaseFixtures.retitle(first, "writer " + w), CaseFixtures.retitle(second, "writer " + w)));
            if (w % 2 == 1) {
                Collections.reverse(commits);
            }
            try {
                store.commitAll(commits);
                winners.add(w);
            } catch (ConcurrentCaseUpdateException lost) {
                // a neighbour committed one of the two cases first
            }
            return null;
        });
        assertThat(winners).isNotEmpty();
        for (int i = 0; i < n; i++) {
            Case stored = store.find(ring.get(i).id()).orElseThrow();
            int left = (i + n - 1) % n;
            if (winners.contains(i)) {
                assertThat(stored.title()).isEqualTo("writer " + i);
            } else if (winners.contains(left)) {
                assertThat(stored.title()).isEqualTo("writer " + left);
            } else {
                assertThat(stored).isEqualTo(ring.get(i));
            }
        }
        for (int w : winners) {
            assertThat(winners).doesNotContain((w + 1) % n);
        }
    }

    @Test
    void concurrentMultiCaseCommitsOfTheSameCasesHaveExactlyOneWinner() throws Exception {
        Case a = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-MR-A"));
        Case b = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-MR-B"));
        int threads = 8;
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger writer = new AtomicInteger();
        Concurrently.run(threads, () -> {
            int w = writer.getAndIncrement();
            List<CaseCommit> commits = new ArrayList<>(List.of(CaseFixtures.retitle(a, "merge " + w), CaseFixtures.retitle(b, "merge " + w)));
            if (w % 2 == 1) {
                Collections.reverse(commits);
            }
            try {
                store.commitAll(commits);
                wins.incrementAndGet();
            } catch (ConcurrentCaseUpdateException e) {
                // another merge won
            }
            return null;
        });
        assertThat(wins.get()).isEqualTo(1);
        assertThat(store.find(a.id()).orElseThrow().title()).isEqualTo(store.find(b.id()).orElseThrow().title());
        assertThat(store.find(a.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void singleCommitsAndMultiCaseCommitsDoNotInterleave() throws Exception {
        Case a = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-MIX-A"));
        Case b = commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-MIX-B"));
        int threads = 4;
        int perThread = 10;
        AtomicInteger writer = new AtomicInteger();
        Concurrently.run(threads, () -> {
            int w = writer.getAndIncrement();
            for (int i = 0; i < perThread; i++) {
                while (true) {
                    Case currentA = store.find(a.id()).orElseThrow();
                    Case currentB = store.find(b.id()).orElseThrow();
                    try {
                        if (w % 2 == 0) {
                            store.commitAll(List.of(CaseFixtures.retitle(currentA, "pair " + w + " " + i),
                                    CaseFixtures.retitle(currentB, "pair " + w + " " + i)));
                        } else {
                            store.commit(CaseFixtures.retitle(currentA, "single " + w + " " + i));
                        }
                        break;
                    } catch (ConcurrentCaseUpdateException retry) {
                        // reload and try again after a short random pause: without it the writers of
                        // single commits, faster than a pair, can starve the pair's writers for minutes
                        Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5));
                    }
                }
            }
            return null;
        });
        int pairs = (threads / 2) * perThread;
        int singles = (threads - threads / 2) * perThread;
        assertThat(store.find(a.id()).orElseThrow().version()).isEqualTo(1 + pairs + singles);
        assertThat(store.find(b.id()).orElseThrow().version()).isEqualTo(1 + pairs);
    }
}
