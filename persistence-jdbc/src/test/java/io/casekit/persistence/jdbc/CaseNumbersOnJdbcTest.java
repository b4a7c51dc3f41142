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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.CaseNumberUnavailableException;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.CaseNumberFormat;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.store.DuplicateCaseNumberException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Case-number formats that reveal nothing across customers, through Casekit's public API on the
 * JDBC store (H2 and PostgreSQL): per-customer numbers counted in the opening commit, random-only
 * numbers drawn again when taken, and several nodes racing for one customer's counter.
 */
class CaseNumbersOnJdbcTest {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();

    private static final WorkflowDefinition IT = Presets.load("it-services");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(new Customer("GLOBEX", "Globex", Optional.empty()))
            .add(Actor.contact("anna", "Anna", "ACME").authorised().build())
            .add(Actor.contact("bob", "Bob", "ACME").authorised().build())
            .add(Actor.contact("gina", "Gina", "GLOBEX").authorised().build())
            .add(Actor.agent("alice", "Alice").build());

    private static WorkflowDefinition numbered(String format) {
        return IT.toBuilder().caseNumber(format, 1).build();
    }

    private Casekit casekit(JdbcCaseStore store, WorkflowDefinition definition, RandomGenerator random) {
        return Casekit.builder().store(store).identity(directory).clock(clock).random(random).definition(definition).build();
    }

    private static OpenCase incident(String title) {
        return OpenCase.builder().title(title).description("d").caseType("Incident").customField("expertiseDomain", "BC").build();
    }

    private static String prefix(CaseService cases, String actor) {
        return cases.execute(actor, incident("by " + actor)).number().substring(0, 9);
    }

    @ParameterizedTest
    @EnumSource(value = FreshDatabases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void eachCustomerCountsItsOwnCasesInTheOpeningCommit(FreshDatabases.Kind kind) {
        JdbcCaseStore store = JdbcCaseStore.builder(databases.fresh(kind)).migrate(true).build();
        CaseService cases = casekit(store, numbered("CAS-{customerSeq:5}-{rand:6}"), new Random(1)).cases();

        assertThat(List.of(prefix(cases, "anna"), prefix(cases, "gina"), prefix(cases, "bob"), prefix(cases, "gina")))
                .containsExactly("CAS-00001", "CAS-00001", "CAS-00002", "CAS-00002");
        assertThat(store.counterValue("case-number/it-services/customer/ACME")).isEqualTo(2);
        assertThat(store.counterValue("case-number/it-services/customer/GLOBEX")).isEqualTo(2);
        assertThat(store.nextSequenceValue("case-number/it-services")).as("no store-wide value was taken").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = FreshDatabases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void aNumberTakenByAnotherCustomerIsDrawnAgainWithoutLosingTheCustomersValue(FreshDatabases.Kind kind) {
        JdbcCaseStore store = JdbcCaseStore.builder(databases.fresh(kind)).migrate(true).build();
        CaseService cases = casekit(store, numbered("CAS-{customerSeq:5}-{rand:6}"), new Scripted("AAAAAA", "AAAAAA", "BBBBBB"))
                .cases();

        assertThat(cases.execute("anna", incident("acme")).number()).isEqualTo("CAS-00001-AAAAAA");
        assertThat(cases.execute("gina", incident("globex")).number()).isEqualTo("CAS-00001-BBBBBB");
        assertThat(store.counterValue("case-number/it-services/customer/GLOBEX")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = FreshDatabases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void randomOnlyNumbersAreDrawnAgainWhenTakenAndGiveUpWithATypedRefusal(FreshDatabases.Kind kind) {
        DataSource db = databases.fresh(kind);
        JdbcCaseStore store = JdbcCaseStore.builder(db).migrate(true).build();
        CaseService scripted = casekit(store, numbered("C-{code:8}"), new Scripted("22222222", "22222222", "33333333")).cases();
        CaseService stuck = casekit(store, numbered("C-{code:8}"), () -> 0L).cases(); // always C-22222222

        assertThat(scripted.execute("anna", incident("first")).number()).isEqualTo("C-22222222");
        assertThat(scripted.execute("gina", incident("second")).number()).isEqualTo("C-33333333");
        assertThatThrownBy(() -> stuck.execute("anna", incident("third")))
                .isInstanceOfSatisfying(CaseNumberUnavailableException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(10);
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasCauseInstanceOf(DuplicateCaseNumberException.class);
        assertThat(scripted.search("alice", CaseQuery.firstPage(CaseFilter.ALL)).cases()).hasSize(2);
        assertThat(store.nextSequenceValue("case-number/it-services")).as("no store-wide value was taken").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = FreshDatabases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void twoNodesOpeningForOneCustomerAtOnceTakeEachValueOnce(FreshDatabases.Kind kind) throws Exception {
        DataSource db = databases.fresh(kind);
        WorkflowDefinition definition = numbered("CAS-{customerSeq:5}-{rand:6}");
        List<CaseService> nodes = List.of(
                casekit(JdbcCaseStore.builder(db).migrate(true).build(), definition, new Random(1)).cases(),
                casekit(JdbcCaseStore.builder(db).build(), definition, new Random(2)).cases());
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        int threads = 4;
        int perThread = 10;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                CaseService node = nodes.get(t % 2);
                String actor = t < 2 ? "anna" : "bob";
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        numbers.add(prefix(node, actor));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, threads * perThread).mapToObj(i -> String.format("CAS-%05d", i)).toList());
        assertThat(JdbcCaseStore.builder(db).build().counterValue("case-number/it-services/customer/ACME"))
                .isEqualTo(threads * perThread);
    }

    /** Draws the characters of the given texts in order, then the last text again and again. */
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
            return (bound == CaseNumberFormat.CODE_ALPHABET_SIZE ? CaseNumberFormat.CODE_ALPHABET : RAND).indexOf(c);
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only nextInt(bound) is expected");
        }
    }
}
