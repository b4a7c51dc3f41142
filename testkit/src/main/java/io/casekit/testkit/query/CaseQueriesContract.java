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
package io.casekit.testkit.query;

import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.model.Case;
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
import io.casekit.spi.query.InvalidQueryException;
import io.casekit.spi.query.PageCursor;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.testkit.store.CaseFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract every {@link CaseQueries} implementation passes. Each test commits cases through the
 * store's {@link CaseStore} side and checks the answers against the definition: {@link
 * CaseFilter#matches}, {@link CaseSort#comparator()} and counting by {@link CountDimension#keyOf}.
 * An implementation's test subclasses it and says how to make a fresh, empty store:
 *
 * <pre>{@code
 * class MyQueriesTest extends CaseQueriesContract<MyStore> {
 *     protected MyStore createStore() { return new MyStore(freshDatabase()); }
 * }
 * }</pre>
 *
 * <p>The suite checks that paging visits every match once, in the sort's order (ties broken by case
 * id), forwards and backwards, and that a case changed between pages is neither repeated nor hides
 * another; that each filter criterion, alone and combined, finds what {@link CaseFilter#matches}
 * finds, ranges including their start and excluding their end; that search ignores case, takes
 * {@code *} as the only wildcard and every other character ({@code % _ \}) literally, on titles and
 * case numbers; that counts per dimension equal the definition's, without zeroes; and that a cursor
 * survives its token and is refused for another sort.
 *
 * @param <S> the store type, both a case store and its queries
 */
@API(status = STABLE, since = "0.1.0")
public abstract class CaseQueriesContract<S extends CaseStore & CaseQueries> {

    private S store;
    private final List<Case> committed = new ArrayList<>();

    /**
     * Makes a new, empty store; called before each test.
     *
     * @return the store under test, with no cases
     */
    protected abstract S createStore();

    /** {@return the store under test, made by {@link #createStore()} before this test} */
    protected final S store() {
        return store;
    }

    @BeforeEach
    final void setUpStore() {
        store = createStore();
        committed.clear();
    }

    private void commitAll(List<CaseCommit> commits) {
        for (CaseCommit commit : commits) {
            store.commit(commit);
            committed.add(commit.state());
        }
    }

    /** Every matching case in the sort's order, by the definition. */
    private List<Case> expected(CaseFilter filter, CaseSort sort) {
        return committed.stream().filter(filter::matches).sorted(sort.comparator()).toList();
    }

    /** Every page of the query, followed by cursor. */
    private List<CasePage> pages(CaseQuery first) {
        List<CasePage> pages = new ArrayList<>();
        CaseQuery query = first;
        while (true) {
            CasePage page = store.search(query);
            pages.add(page);
            assertThat(page.cases()).hasSizeLessThanOrEqualTo(query.pageSize());
            if (page.isLast()) {
                return pages;
            }
            assertThat(pages).as("pages of %s", first).hasSizeLessThan(1_000);
            query = query.next(page);
        }
    }

    private List<Case> all(CaseQuery first) {
        return pages(first).stream().flatMap(p -> p.cases().stream()).toList();
    }

    @Test
    void anEmptyStoreHasAnEmptyLastPageAndNoCounts() {
        CasePage page = store.search(CaseQuery.firstPage(CaseFilter.ALL));

        assertThat(page.cases()).isEmpty();
        assertThat(page.isLast()).isTrue();
        assertThat(store.count(CaseFilter.ALL, CountDimension.PRIORITY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CaseSortField.class)
    void pagingVisitsEveryMatchOnceInTheSortsOrderBothWays(CaseSortField field) {
        commitAll(QueryFixtures.cases(field.ordinal(), 60));

        for (CaseSort sort : List.of(CaseSort.ascending(field), CaseSort.descending(field))) {
            CaseQuery query = CaseQuery.firstPage(CaseFilter.ALL).sortedBy(sort).withPageSize(7);
            List<CasePage> pages = pages(query);

            assertThat(pages.stream().flatMap(p -> p.cases().stream()).toList()).as("%s", sort)
                    .containsExactlyElementsOf(expected(CaseFilter.ALL, sort));
            assertThat(pages).hasSize(9); // 60 cases by 7: eight full pages and one of 4
            assertThat(pages.get(8).cases()).hasSize(4);
        }
    }

    @Test
    void aPageExactlyFullIsTheLastOneWhenNothingFollows() {
        commitAll(QueryFixtures.cases(7, 10));

        CasePage page = store.search(CaseQuery.firstPage(CaseFilter.ALL).withPageSize(10));

        assertThat(page.cases()).hasSize(10);
        assertThat(page.isLast()).isTrue();
    }

    @Test
    void casesThatShareTheSortValueAreOrderedByIdAndNeverSplitOrRepeatedAcrossPages() {
        List<CaseCommit> commits = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            commits.add(QueryFixtures.open(CaseId.of(String.format("id-%02d", (i * 7) % 25)), "TIE-" + i, "same", "CUST-A",
                    Optional.empty(), "Incident", "P2", "100", Optional.empty(), QueryFixtures.T0, QueryFixtures.T0));
        }
        commitAll(commits);

        List<Case> descending = all(CaseQuery.firstPage(CaseFilter.ALL).withPageSize(4));
        List<Case> ascending = all(CaseQuery.firstPage(CaseFilter.ALL).sortedBy(CaseSort.ascending(CaseSortField.PRIORITY)).withPageSize(4));

        assertThat(descending).extracting(c -> c.id().value()).isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSize(25);
        assertThat(ascending).extracting(c -> c.id().value()).isSorted().hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void eachCriterionAloneAndTogetherFindsWhatTheDefinitionMatches() {
        commitAll(QueryFixtures.cases(42, 120));
        Instant t10 = QueryFixtures.T0.plusSeconds(600);
        Instant t60 = QueryFixtures.T0.plusSeconds(3_600);
        List<CaseFilter> filters = List.of(
                CaseFilter.builder().customerIds("CUST-A").build(),
                CaseFilter.builder().customerIds("CUST-A", "CUST-C").build(),
                CaseFilter.builder().customerIds("nobody").build(),
                CaseFilter.builder().contactIds("contact-1").build(),
                CaseFilter.builder().states(CaseState.OPEN).build(),
                CaseFilter.builder().states(CaseState.RESOLVED, CaseState.CANCELLED).build(),
                CaseFilter.builder().statusReasons("200", "430").build(),
                CaseFilter.builder().priorities("P1").build(),
                CaseFilter.builder().caseTypes("Change", "Question").build(),
                CaseFilter.builder().owners(Owner.agent("agent-1")).build(),
                CaseFilter.builder().owners(Owner.agent("agent-2"), Owner.team("team-1")).build(),
                CaseFilter.builder().owners(Owner.team("agent-1")).build(),
                CaseFilter.builder().unassigned(true).build(),
                CaseFilter.builder().owners(Owner.agent("agent-1")).unassigned(true).build(),
                CaseFilter.builder().created(t10, null).build(),
                CaseFilter.builder().created(null, t60).build(),
                CaseFilter.builder().created(t10, t60).build(),
                CaseFilter.builder().modified(t10, t60).build(),
                CaseFilter.builder().modified(t60, t10).build(),
                CaseFilter.builder().customerIds("CUST-B").states(CaseState.OPEN).priorities("P1", "P2").caseTypes("Incident")
                        .modified(QueryFixtures.T0, null).build(),
                CaseFilter.builder().customerIds("CUST-A").search("printer").build());
        for (CaseFilter filter : filters) {
            List<Case> expected = expected(filter, CaseSort.NEWEST_CHANGE_FIRST);
            assertThat(all(CaseQuery.firstPage(filter).withPageSize(50))).as("%s", filter).containsExactlyElementsOf(expected);
        }
        assertThat(expected(filters.get(0), CaseSort.NEWEST_CHANGE_FIRST)).as("the fixtures give the first filter work").isNotEmpty();
    }

    @Test
    void rangesIncludeTheirStartAndExcludeTheirEnd() {
        Instant at = QueryFixtures.T0.plusSeconds(120);
        commitAll(List.of(QueryFixtures.open(CaseFixtures.newId(), "R-1", "t", "CUST-A", Optional.empty(), "Incident", "P1", "100",
                Optional.empty(), at, at)));

        assertThat(store.search(CaseQuery.firstPage(CaseFilter.builder().created(at, null).build())).cases()).hasSize(1);
        assertThat(store.search(CaseQuery.firstPage(CaseFilter.builder().created(null, at).build())).cases()).isEmpty();
        assertThat(store.search(CaseQuery.firstPage(CaseFilter.builder().modified(at, at.plusMillis(1)).build())).cases()).hasSize(1);
        assertThat(store.search(CaseQuery.firstPage(CaseFilter.builder().modified(at.plusMillis(1), null).build())).cases()).isEmpty();
    }

    @Test
    void searchIgnoresCaseUsesStarAsWildcardAndTakesEveryOtherCharacterLiterally() {
        commitAll(QueryFixtures.cases(3, 80));
        Map<String, List<String>> expectations = Map.of(
                "vpn", List.of("VPN drops every few minutes", "vpn ok again"),
                "VPN*", List.of("VPN drops every few minutes", "vpn ok again"),
                "*again", List.of("vpn ok again"),
                "100%", List.of("100% CPU on the ERP server"),
                "a_b", List.of("field a_b is empty"),
                "back\\slash", List.of("back\\slash in path"),
                "*printer*", List.of("Printer on floor 3", "Zebra printer"),
                "printer*", List.of("Printer on floor 3"),
                "STRASSE", List.of(),
                "straße*ÄöÜ", List.of("Straße gesperrt – ÄÖÜ"));
        for (Map.Entry<String, List<String>> e : expectations.entrySet()) {
            CaseFilter filter = CaseFilter.builder().search(e.getKey()).build();
            List<Case> found = all(CaseQuery.firstPage(filter).withPageSize(100));
            assertThat(found).as("search %s", e.getKey()).containsExactlyElementsOf(expected(filter, CaseSort.NEWEST_CHANGE_FIRST));
            assertThat(found.stream().map(Case::title).distinct().sorted().toList()).as("titles found by %s", e.getKey())
                    .containsExactlyElementsOf(e.getValue().stream().sorted().toList());
        }
    }

    @Test
    void searchFindsCaseNumbersWithWildcardsAndLiteralLikeCharacters() {
        commitAll(QueryFixtures.cases(1, 30)); // numbers CAS-00000-Q_% .. CAS-00029-Q_%
        commitAll(List.of(QueryFixtures.open(CaseFixtures.newId(), "CAS-00001-QX1", "other", "CUST-A", Optional.empty(), "Incident",
                "P1", "100", Optional.empty(), QueryFixtures.T0, QueryFixtures.T0)));

        assertThat(all(CaseQuery.firstPage(CaseFilter.builder().search("cas-00001-q_%").build())))
                .extracting(Case::number).containsExactly("CAS-00001-Q_%");
        assertThat(all(CaseQuery.firstPage(CaseFilter.builder().search("CAS-0001*").build()).withPageSize(100)))
                .extracting(Case::number).containsExactlyInAnyOrder("CAS-00010-Q_%", "CAS-00011-Q_%", "CAS-00012-Q_%",
                        "CAS-00013-Q_%", "CAS-00014-Q_%", "CAS-00015-Q_%", "CAS-00016-Q_%", "CAS-00017-Q_%", "CAS-00018-Q_%",
                        "CAS-00019-Q_%");
        assertThat(all(CaseQuery.firstPage(CaseFilter.builder().search("*-Q_").build()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CountDimension.class)
    void countsPerDimensionAreTheDefinitionsCountsWithoutZeroes(CountDimension dimension) {
        commitAll(QueryFixtures.cases(11, 90));
        CaseFilter open = CaseFilter.builder().states(CaseState.OPEN).build();

        for (CaseFilter filter : List.of(CaseFilter.ALL, open, CaseFilter.builder().customerIds("nobody").build())) {
            SortedMap<String, Long> expected = committed.stream().filter(filter::matches)
                    .collect(Collectors.groupingBy(dimension::keyOf, TreeMap::new, Collectors.counting()));
            assertThat(store.count(filter, dimension)).as("%s by %s", filter, dimension).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void aCaseThatChangesBetweenPagesNeitherRepeatsNorHidesTheOthers() {
        commitAll(QueryFixtures.cases(5, 20));
        CaseQuery query = CaseQuery.firstPage(CaseFilter.ALL).sortedBy(CaseSort.ascending(CaseSortField.NUMBER)).withPageSize(5);
        CasePage first = store.search(query);
        Case changed = first.cases().get(2);
        store.commit(CaseFixtures.retitle(changed, "changed meanwhile"));

        List<Case> rest = all(query.next(first));

        assertThat(rest).hasSize(15).noneMatch(c -> first.cases().stream().anyMatch(f -> f.id().equals(c.id())));
    }

    @Test
    void aPageShowsTheLastCommittedStateOfEachCase() {
        CaseCommit open = QueryFixtures.cases(9, 1).get(0);
        commitAll(List.of(open));
        CaseCommit retitle = CaseFixtures.retitle(open.state(), "second title");
        store.commit(retitle);

        assertThat(store.search(CaseQuery.firstPage(CaseFilter.ALL)).cases()).containsExactly(retitle.state());
        assertThat(store.search(CaseQuery.firstPage(CaseFilter.builder().search("second").build())).cases()).hasSize(1);
    }

    @Test
    void aCursorOfAnotherSortIsRefusedByName() {
        commitAll(QueryFixtures.cases(2, 5));
        CasePage page = store.search(CaseQuery.firstPage(CaseFilter.ALL).withPageSize(2));
        CaseQuery byNumber = CaseQuery.firstPage(CaseFilter.ALL).sortedBy(CaseSort.ascending(CaseSortField.NUMBER));

        assertThatThrownBy(() -> byNumber.after(page.next().orElseThrow()))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("after"));
    }

    @Test
    void aCursorSurvivesItsTokenAndContinuesWhereThePageEnded() {
        commitAll(QueryFixtures.cases(4, 12));
        CaseQuery query = CaseQuery.firstPage(CaseFilter.ALL).sortedBy(CaseSort.descending(CaseSortField.TITLE)).withPageSize(5);
        CasePage first = store.search(query);
        String token = first.next().orElseThrow().token();

        CasePage second = store.search(query.after(PageCursor.parse(token)));

        assertThat(second.cases()).containsExactlyElementsOf(expected(CaseFilter.ALL, query.sort()).subList(5, 10));
    }
}
