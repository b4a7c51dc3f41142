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

import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import io.casekit.spi.query.CaseSortField;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.query.SortDirection;
import io.casekit.spi.store.CaseCommit;
import io.casekit.testkit.query.QueryFixtures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Differential test of the queries: the same random cases, committed to the in-memory store, to H2
 * and to PostgreSQL, answer the same random queries with the same pages in the same order, and the
 * same counts. Texts mix upper and lower case, accented letters and the characters LIKE treats
 * specially ({@code % _ \}); ids mix cases and punctuation, so that the tie-breaker's order is
 * tested too; instants repeat, so that ties are common.
 */
class QueryDifferentialTest {

    private static final FreshDatabases DATABASES = new FreshDatabases();
    private static final Map<String, JdbcCaseStore> JDBC = new java.util.LinkedHashMap<>();
    private static final Map<String, DataSource> POOLS = new java.util.LinkedHashMap<>();

    /** Characters of titles and search texts: cases, accents, LIKE metacharacters, the wildcard. */
    private static final String TEXT_CHARS = "aAbBxXéÉßäÄ %_\\-.1";
    private static final String ID_CHARS = "aAzZ09-_.~";

    @BeforeContainer
    static void startDatabases() {
        for (FreshDatabases.Kind kind : List.of(FreshDatabases.Kind.H2_MEMORY, FreshDatabases.Kind.POSTGRESQL)) {
            DataSource pool = DATABASES.fresh(kind);
            POOLS.put(kind.name(), pool);
            JDBC.put(kind.name(), JdbcCaseStore.builder(pool).migrate(true).build());
        }
    }

    @AfterContainer
    static void stopDatabases() throws Exception {
        DATABASES.closeAll();
    }

    @Property(tries = 60)
    void everyStoreAnswersEveryQueryAlike(@ForAll("datasets") List<CaseCommit> cases, @ForAll("queries") List<CaseQuery> queries)
            throws SQLException {
        InMemoryCaseStore memory = new InMemoryCaseStore();
        for (Map.Entry<String, DataSource> pool : POOLS.entrySet()) {
            try (Connection c = pool.getValue().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM casekit_timer");
                s.executeUpdate("DELETE FROM casekit_event");
                s.executeUpdate("DELETE FROM casekit_case");
            }
        }
        for (CaseCommit commit : cases) {
            memory.commit(commit);
            JDBC.values().forEach(store -> store.commit(commit));
        }

        for (CaseQuery query : queries) {
            List<CasePage> expected = pages(memory, query);
            Statistics.label("query finds cases").collect(!expected.get(0).cases().isEmpty());
            Statistics.label("query has several pages").collect(expected.size() > 1);
            for (Map.Entry<String, JdbcCaseStore> jdbc : JDBC.entrySet()) {
                assertThat(pages(jdbc.getValue(), query)).as("%s: %s", jdbc.getKey(), query).containsExactlyElementsOf(expected);
                for (CountDimension dimension : CountDimension.values()) {
                    assertThat(jdbc.getValue().count(query.filter(), dimension)).as("%s: count %s by %s", jdbc.getKey(),
                            query.filter(), dimension).containsExactlyEntriesOf(memory.count(query.filter(), dimension));
                }
            }
        }
        Statistics.label("query finds cases").coverage(c -> c.check(true).percentage(p -> p >= 30));
        Statistics.label("query has several pages").coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    private static List<CasePage> pages(CaseQueries store, CaseQuery first) {
        List<CasePage> pages = new ArrayList<>();
        CaseQuery query = first;
        do {
            CasePage page = store.search(query);
            pages.add(page);
            query = page.isLast() ? null : query.next(page);
        } while (query != null);
        return pages;
    }

    @Provide
    Arbitrary<List<CaseCommit>> datasets() {
        Arbitrary<String> text = Arbitraries.strings().withChars(TEXT_CHARS).ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
        Arbitrary<String> id = Arbitraries.strings().withChars(ID_CHARS).ofMinLength(1).ofMaxLength(6);
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 20).map(m -> QueryFixtures.T0.plusSeconds(60L * m).plusNanos(m * 1_000L));
        Arbitrary<Optional<Owner>> owner = Arbitraries.of(QueryFixtures.OWNERS);
        Arbitrary<CaseCommit> commit = Combinators.combine(
                        Combinators.combine(id, text, Arbitraries.of(QueryFixtures.CUSTOMERS), Arbitraries.of("c1", "c2").optional(),
                                Arbitraries.of(QueryFixtures.CASE_TYPES), Arbitraries.of(QueryFixtures.PRIORITIES),
                                Arbitraries.of(QueryFixtures.STATUS_REASONS), owner).as(Tuple::of),
                        at, Arbitraries.integers().between(0, 3))
                .as((t, created, later) -> QueryFixtures.open(CaseId.of(t.get1()), "N-" + t.get1().toUpperCase() + "-" + t.get2(),
                        t.get2(), t.get3(), t.get4(), t.get5(), t.get6(), t.get7(), t.get8(), created,
                        created.plusSeconds(60L * later)));
        return commit.list().ofMinSize(5).ofMaxSize(50).uniqueElements(c -> c.state().id())
                .map(QueryDifferentialTest::uniqueNumbers);
    }

    /** Drops cases whose number (derived from the id, which may differ only in case) is taken. */
    private static List<CaseCommit> uniqueNumbers(List<CaseCommit> commits) {
        Set<String> numbers = new HashSet<>();
        return commits.stream().filter(c -> numbers.add(c.state().number())).toList();
    }

    @Provide
    Arbitrary<List<CaseQuery>> queries() {
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 25).map(m -> QueryFixtures.T0.plusSeconds(60L * m));
        Arbitrary<CaseFilter> filter = Builders.withBuilder(CaseFilter::builder)
                .use(Arbitraries.subsetOf(QueryFixtures.CUSTOMERS)).withProbability(0.4).in((b, v) -> b.customerIds(v))
                .use(Arbitraries.subsetOf("c1", "c2")).withProbability(0.2).in((b, v) -> b.contactIds(v))
                .use(Arbitraries.subsetOf(CaseState.values())).withProbability(0.4).in((b, v) -> b.states(v))
                .use(Arbitraries.subsetOf(QueryFixtures.STATUS_REASONS)).withProbability(0.2).in((b, v) -> b.statusReasons(v))
                .use(Arbitraries.subsetOf(QueryFixtures.PRIORITIES)).withProbability(0.3).in((b, v) -> b.priorities(v))
                .use(Arbitraries.subsetOf(QueryFixtures.CASE_TYPES)).withProbability(0.2).in((b, v) -> b.caseTypes(v))
                .use(Arbitraries.subsetOf(Owner.agent("agent-1"), Owner.agent("agent-2"), Owner.team("team-1")))
                        .withProbability(0.2).in((b, v) -> b.owners(v))
                .use(Arbitraries.of(true)).withProbability(0.15).in((b, v) -> b.unassigned(v))
                .use(Combinators.combine(at.injectNull(0.3), at.injectNull(0.3)).as(Tuple::of)).withProbability(0.2)
                        .in((b, v) -> b.created(v.get1(), v.get2()))
                .use(Combinators.combine(at.injectNull(0.3), at.injectNull(0.3)).as(Tuple::of)).withProbability(0.2)
                        .in((b, v) -> b.modified(v.get1(), v.get2()))
                .use(Arbitraries.strings().withChars(TEXT_CHARS + "**").ofMinLength(1).ofMaxLength(4)
                        .filter(s -> !s.isBlank() && s.chars().anyMatch(c -> c != '*' && c != ' '))).withProbability(0.4)
                        .in((b, v) -> b.search(v))
                .build(CaseFilter.Builder::build);
        Arbitrary<CaseSort> sort = Combinators.combine(Arbitraries.of(CaseSortField.class), Arbitraries.of(SortDirection.class))
                .as(CaseSort::new);
        return Combinators.combine(filter, sort, Arbitraries.integers().between(1, 8))
                .as((f, s, size) -> CaseQuery.firstPage(f).sortedBy(s).withPageSize(size))
                .list().ofMinSize(1).ofMaxSize(6);
    }
}
