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
package io.casekit.core.cases;

import static io.casekit.core.cases.Portal.ALICE;
import static io.casekit.core.cases.Portal.ANNA;
import static io.casekit.core.cases.Portal.BOB;
import static io.casekit.core.cases.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.MissingCapabilityException;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.CaseNumberFormat;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.DuplicateCaseNumberException;
import io.casekit.spi.timer.TimerStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Case numbers through the case service: formats that reveal nothing across customers (random only,
 * per customer), unique however the random characters fall, with a bounded and typed retry.
 */
class CaseNumbersTest {

    private static final WorkflowDefinition IT = Presets.load("it-services");

    private static WorkflowDefinition numbered(String format) {
        return IT.toBuilder().caseNumber(format, 1).build();
    }

    private static OpenCase incident(String title) {
        return OpenCase.builder().title(title).description("d").caseType("Incident").customField("expertiseDomain", "MWI").build();
    }

    private static List<Case> allCases(Portal portal) {
        return portal.cases().search(ALICE, CaseQuery.firstPage(CaseFilter.ALL).withPageSize(500)).cases();
    }

    // ---- random only ------------------------------------------------------------------------------

    @Test
    void randomOnlyNumbersMatchTheirFormatAndTakeNoSequenceValue() {
        Portal portal = new Portal(numbered("C-{code:8}"));
        Set<String> numbers = new HashSet<>();

        for (int i = 0; i < 60; i++) {
            Case c = portal.open(List.of(ANNA, BOB, GINA).get(i % 3), incident("case " + i));
            numbers.add(c.number());
            assertThat(portal.store.findByNumber(c.number())).map(Case::id).contains(c.id());
        }

        assertThat(numbers).hasSize(60).allMatch(n -> n.matches("C-[2-9A-HJKMNP-Z]{8}"));
        assertThat(portal.store.nextSequenceValue("case-number/it-services")).as("no store-wide value was taken").isEqualTo(1);
    }

    @Test
    void aTakenRandomNumberIsDrawnAgainAndTheCaseOpensOnce() {
        Portal portal = new Portal(numbered("C-{code:8}"), new Scripted("22222222", "22222222", "33333333"));

        Case first = portal.open(ANNA, incident("first"));
        Case second = portal.open(ANNA, incident("second"));

        assertThat(first.number()).isEqualTo("C-22222222");
        assertThat(second.number()).isEqualTo("C-33333333");
        assertThat(allCases(portal)).extracting(Case::number).containsExactlyInAnyOrder("C-22222222", "C-33333333");
        assertThat(portal.store.findByNumber("C-22222222")).map(Case::id).contains(first.id());
        List<CaseEvent> timeline = portal.store.events(second.id());
        assertThat(timeline.get(0)).isInstanceOfSatisfying(CaseOpened.class, e -> assertThat(e.opened().number()).isEqualTo("C-33333333"));
        assertThat(portal.store.notifications(second.id())).hasSameSizeAs(portal.store.notifications(first.id()));
    }

    @Test
    void aFormatThatKeepsDrawingTakenNumbersGivesUpWithATypedRefusal() {
        Portal portal = new Portal(numbered("C-{code:8}"), () -> 0L); // every draw is the first symbol
        Case first = portal.open(ANNA, incident("first"));

        assertThatThrownBy(() -> portal.open(GINA, incident("second")))
                .isInstanceOfSatisfying(CaseNumberUnavailableException.class, e -> {
                    assertThat(e.format()).isEqualTo("C-{code:8}");
                    assertThat(e.attempts()).isEqualTo(10);
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getCause()).isInstanceOf(DuplicateCaseNumberException.class);
                })
                .hasMessageContaining("refused 10 case numbers of format C-{code:8}")
                .hasMessageContaining("nothing was written");
        assertThat(allCases(portal)).extracting(Case::id).containsExactly(first.id());
    }

    @Test
    void aTakenNumberOfAStoreWideSequenceIsAMisconfigurationAndNotDrawnAgain() {
        WorkflowDefinition a = IT.toBuilder("a", 1).caseNumber("CASE-{seq}", 1).build();
        WorkflowDefinition b = IT.toBuilder("b", 1).caseNumber("CASE-{seq}", 1).build();
        Portal portal = new Portal(IT);
        InMemoryCaseStore store = new InMemoryCaseStore();
        Casekit casekit = Casekit.builder().store(store).identity(portal.directory).clock(portal.clock)
                .definition(a).definition(b).definitionForCustomer("GLOBEX", "b").build();
        assertThat(casekit.cases().execute(ANNA, incident("a")).number()).isEqualTo("CASE-1");

        assertThatThrownBy(() -> casekit.cases().execute(GINA, incident("b")))
                .isInstanceOfSatisfying(DuplicateCaseNumberException.class, e -> assertThat(e.number()).isEqualTo("CASE-1"));
        assertThat(store.nextSequenceValue("case-number/b")).as("one value taken, no second attempt").isEqualTo(2);
    }

    // ---- per customer -----------------------------------------------------------------------------

    @Test
    void eachCustomerCountsItsOwnCases() {
        Portal portal = new Portal(numbered("CAS-{customerSeq:5}-{rand:6}"));

        List<String> numbers = List.of(ANNA, GINA, BOB, ANNA, GINA).stream()
                .map(actor -> portal.open(actor, incident("by " + actor)).number().substring(0, 9))
                .toList();

        assertThat(numbers).containsExactly("CAS-00001", "CAS-00001", "CAS-00002", "CAS-00003", "CAS-00002");
        assertThat(portal.store.counterValue("case-number/it-services/customer/ACME")).isEqualTo(3);
        assertThat(portal.store.counterValue("case-number/it-services/customer/GLOBEX")).isEqualTo(2);
        assertThat(portal.store.nextSequenceValue("case-number/it-services")).as("no store-wide value was taken").isEqualTo(1);
    }

    @Test
    void aPerCustomerNumberTakenByAnotherCustomerIsDrawnAgainWithTheSameValue() {
        Portal portal = new Portal(numbered("CAS-{customerSeq:5}-{rand:6}"), new Scripted("AAAAAA", "AAAAAA", "BBBBBB"));

        assertThat(portal.open(ANNA, incident("acme")).number()).isEqualTo("CAS-00001-AAAAAA");
        assertThat(portal.open(GINA, incident("globex")).number()).isEqualTo("CAS-00001-BBBBBB");
        assertThat(portal.store.counterValue("case-number/it-services/customer/GLOBEX")).isEqualTo(1);
    }

    @Test
    void concurrentOpeningsForOneCustomerTakeEachValueOnce() throws Exception {
        Portal portal = new Portal(numbered("CAS-{customerSeq:5}-{rand:6}"));
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());

        race(4, () -> {
            for (int i = 0; i < 25; i++) {
                numbers.add(portal.open(i % 2 == 0 ? ANNA : BOB, incident("race")).number().substring(0, 9));
            }
            return null;
        });

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 100).mapToObj(i -> String.format("CAS-%05d", i)).toList());
    }

    @Test
    void twoNodesOpeningForOneCustomerTakeEachValueOnce() throws Exception {
        Portal portal = new Portal(numbered("CAS-{customerSeq:5}-{rand:6}"));
        Casekit other = Casekit.builder().store(portal.store).identity(portal.directory).clock(portal.clock)
                .random(new Random(7)).definition(portal.definition).build();
        List<CaseService> nodes = List.of(portal.cases(), other.cases());
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger thread = new java.util.concurrent.atomic.AtomicInteger();

        race(4, () -> {
            CaseService node = nodes.get(thread.getAndIncrement() % 2);
            for (int i = 0; i < 20; i++) {
                numbers.add(node.execute(ANNA, incident("race")).number().substring(0, 9));
            }
            return null;
        });

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 80).mapToObj(i -> String.format("CAS-%05d", i)).toList());
        assertThat(portal.store.counterValue("case-number/it-services/customer/ACME")).isEqualTo(80);
    }

    @Test
    void aStoreWithoutCountersCannotNumberPerCustomer() {
        Portal portal = new Portal(IT);
        CaseStore withoutCounters = new WithoutCounters(new InMemoryCaseStore());

        assertThatThrownBy(() -> Casekit.builder().store(withoutCounters).identity(portal.directory)
                        .definition(numbered("CAS-{customerSeq:5}-{rand:6}")).build())
                .isInstanceOfSatisfying(MissingCapabilityException.class, e -> {
                    assertThat(e.capability()).isEqualTo(MissingCapabilityException.Capability.COUNTERS);
                    assertThat(e.part()).isEqualTo("per-customer case numbers ({customerSeq})");
                });
        assertThat(Casekit.builder().store(withoutCounters).identity(portal.directory).definition(numbered("C-{code:8}")).build())
                .isNotNull();
    }

    // ---- uniqueness whatever the random characters do ---------------------------------------------

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("C-{code:8}", "CAS-{customerSeq:5}-{rand:6}", "{rand:4}{code:4}", "N-{customerSeq}-{code:6}");
    }

    /**
     * Random characters from two symbols only, so that numbers collide all the time: every opening
     * either succeeds with a number no other case has, or is refused with the typed error and leaves
     * nothing behind.
     */
    @Property(tries = 25)
    void numbersStayUniqueHoweverOftenTheRandomCharactersRepeat(@ForAll("formats") String format,
            @ForAll @IntRange(min = 1, max = 40) int openings, @ForAll long seed) {
        Random twoSymbols = new Random(seed);
        Portal portal = new Portal(numbered(format), new RandomGenerator() {
            @Override
            public long nextLong() {
                return twoSymbols.nextLong();
            }

            @Override
            public int nextInt(int bound) {
                return twoSymbols.nextInt(2);
            }
        });
        CaseNumberFormat numbers = portal.definition.caseNumberFormat();
        List<Case> opened = new ArrayList<>();
        int refused = 0;

        for (int i = 0; i < openings; i++) {
            try {
                opened.add(portal.open(List.of(ANNA, BOB, GINA).get(i % 3), incident("case " + i)));
            } catch (CaseNumberUnavailableException e) {
                refused++;
            }
        }

        assertThat(opened).extracting(Case::number).doesNotHaveDuplicates().allMatch(numbers::matches);
        assertThat(allCases(portal)).hasSize(opened.size());
        assertThat(opened.size() + refused).isEqualTo(openings);
        for (Case c : opened) {
            assertThat(portal.store.findByNumber(c.number())).map(Case::id).contains(c.id());
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static void race(int threads, Callable<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Draws the characters of the given texts in order ({@code {code:N}} and {@code {rand:N}}
     * alike), then the last text again and again.
     */
    private static final class Scripted implements RandomGenerator {
        private static final String RAND = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        private final String script;
        private final String last;
        private int next;

        Scripted(String... texts) {
            this.script = String.join("", texts);
            this.last = texts[texts.length - 1];
        }

        @Override
        public synchronized int nextInt(int bound) {
            char c = next < script.length() ? script.charAt(next) : last.charAt((next - script.length()) % last.length());
            next++;
            String alphabet = bound == CaseNumberFormat.CODE_ALPHABET_SIZE ? CaseNumberFormat.CODE_ALPHABET : RAND;
            assertThat(alphabet).hasSize(bound).contains(String.valueOf(c));
            return alphabet.indexOf(c);
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only nextInt(bound) is expected");
        }
    }

    /** A store that keeps cases, timers, an outbox and queries, but no counters. */
    private record WithoutCounters(InMemoryCaseStore store) implements CaseStore {

        @Override
        public Optional<Case> find(CaseId id) {
            return store.find(id);
        }

        @Override
        public Optional<Case> findByNumber(String number) {
            return store.findByNumber(number);
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
        public List<CaseEvent> events(CaseId id) {
            return store.events(id);
        }

        @Override
        public long nextSequenceValue(String sequenceName) {
            return store.nextSequenceValue(sequenceName);
        }

        @Override
        public Optional<TimerStore> timers() {
            return store.timers();
        }

        @Override
        public Optional<Outbox> outbox() {
            return store.outbox();
        }

        @Override
        public Optional<CaseQueries> queries() {
            return store.queries();
        }
    }
}
