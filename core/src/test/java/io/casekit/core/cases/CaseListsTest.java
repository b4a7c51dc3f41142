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
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import io.casekit.spi.query.CaseSortField;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.query.InvalidQueryException;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Case lists, views and dashboard counts through the case service: who sees what, and the guides' views. */
class CaseListsTest {

    private final Portal portal = new Portal("it-services");
    private final CaseService cases = portal.cases();
    private Case annasVpn;
    private Case bobsPrinter;
    private Case ginasInvoice;

    private Case open(String actor, String title, String type) {
        portal.clock.advance(Duration.ofMinutes(1));
        return cases.execute(actor, OpenCase.builder().title(title).description("d").caseType(type)
                .customField("expertiseDomain", "MWI").build());
    }

    @BeforeEach
    void threeCasesOfTwoCustomers() {
        annasVpn = open(ANNA, "VPN drops every few minutes", "Incident");
        bobsPrinter = open(BOB, "Printer 3 jams (100% of prints)", "Incident");
        ginasInvoice = open(GINA, "Invoice question", "Service Request");
    }

    /** Runs a command as Alice a minute after the last one. */
    private void later(CaseCommand command) {
        portal.clock.advance(Duration.ofMinutes(1));
        cases.execute(ALICE, command);
    }

    private List<String> titles(String actor, CaseFilter filter) {
        return cases.search(actor, CaseQuery.firstPage(filter)).cases().stream().map(Case::title).toList();
    }

    @Test
    void aContactFindsItsOwnCustomersCasesOnlyNewestChangeFirst() {
        assertThat(titles(ANNA, CaseFilter.ALL)).containsExactly(bobsPrinter.title(), annasVpn.title());
        assertThat(titles(GINA, CaseFilter.ALL)).containsExactly(ginasInvoice.title());
        assertThat(titles(ANNA, CaseFilter.builder().customerIds("GLOBEX").build())).isEmpty();
        assertThat(titles(ANNA, CaseFilter.builder().customerIds("GLOBEX", "ACME").search("vpn").build()))
                .containsExactly(annasVpn.title());
        assertThat(cases.count(GINA, CaseFilter.ALL, CountDimension.CUSTOMER)).containsExactly(Map.entry("GLOBEX", 1L));
    }

    @Test
    void agentsFindEveryCustomersCases() {
        assertThat(titles(ALICE, CaseFilter.ALL)).containsExactly(ginasInvoice.title(), bobsPrinter.title(), annasVpn.title());
        assertThat(cases.count(ALICE, CaseFilter.ALL, CountDimension.CUSTOMER))
                .containsExactly(Map.entry("ACME", 2L), Map.entry("GLOBEX", 1L));
    }

    @Test
    void searchTakesTheGuidesWildcardAndPercentLiterally() {
        assertThat(titles(ALICE, CaseFilter.builder().search("printer*").build())).containsExactly(bobsPrinter.title());
        assertThat(titles(ALICE, CaseFilter.builder().search("100%").build())).containsExactly(bobsPrinter.title());
        assertThat(titles(ALICE, CaseFilter.builder().search("1%0").build())).isEmpty();
        assertThat(titles(ALICE, CaseFilter.builder().search(annasVpn.number()).build())).containsExactly(annasVpn.title());
        assertThat(titles(ALICE, CaseFilter.builder().search("CAS-0000*").build())).hasSize(3);
    }

    @Test
    void theGuidesViewsFollowTheStatusAndItsFlags() {
        later(new Assign(annasVpn.id(), Owner.agent(ALICE)));
        later(new ChangeStatus(annasVpn.id(), "300"));
        later(new Assign(bobsPrinter.id(), Owner.agent(ALICE)));

        assertThat(titles(ANNA, cases.viewFilter(ANNA, "open-waiting-customer"))).containsExactly(annasVpn.title());
        assertThat(titles(ANNA, cases.viewFilter(ANNA, "open-in-progress"))).containsExactly(bobsPrinter.title());
        assertThat(titles(ALICE, cases.viewFilter(ALICE, "open-received"))).containsExactly(ginasInvoice.title());
        assertThat(titles(ALICE, cases.viewFilter(ALICE, "open"))).hasSize(3);
        CaseFilter mine = cases.viewFilter(ALICE, "open").toBuilder().owners(Owner.agent(ALICE)).build();
        assertThat(titles(ALICE, mine)).containsExactly(bobsPrinter.title(), annasVpn.title());
    }

    @Test
    void theDashboardCountsOpenCasesPerPriorityAndStatus() {
        later(new ChangePriority(annasVpn.id(), "P1"));
        later(new Assign(bobsPrinter.id(), Owner.agent(ALICE)));
        CaseFilter open = CaseFilter.builder().states(CaseState.OPEN).build();

        assertThat(cases.count(ALICE, open, CountDimension.PRIORITY)).containsExactly(Map.entry("P1", 1L), Map.entry("P3", 1L),
                Map.entry("P4", 1L));
        assertThat(cases.count(ALICE, open, CountDimension.STATUS_REASON)).containsExactly(Map.entry("100", 2L), Map.entry("200", 1L));
        assertThat(cases.count(BOB, open, CountDimension.PRIORITY)).containsExactly(Map.entry("P1", 1L), Map.entry("P3", 1L));
    }

    @Test
    void pagesFollowTheirCursorAcrossTheService() {
        for (int i = 0; i < 7; i++) {
            open(ANNA, "Extra " + i, "Service Request");
        }
        CaseQuery query = CaseQuery.firstPage(CaseFilter.ALL).sortedBy(CaseSort.ascending(CaseSortField.NUMBER)).withPageSize(4);

        CasePage first = cases.search(ANNA, query);
        CasePage second = cases.search(ANNA, query.next(first));
        CasePage third = cases.search(ANNA, query.next(second));

        assertThat(first.cases()).extracting(Case::number).first().isEqualTo(annasVpn.number());
        assertThat(List.of(first, second, third)).extracting(p -> p.cases().size()).containsExactly(4, 4, 1);
        assertThat(third.isLast()).isTrue();
    }

    @Test
    void anUnknownViewIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> cases.viewFilter(ANNA, "mine"))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("view"))
                .hasMessageContaining("open-waiting-customer");
    }

    @Test
    void aSearchTextWithControlCharactersIsRefusedByName() {
        assertThatThrownBy(() -> CaseFilter.builder().search("vpn\u0000"))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("search"));
        assertThatThrownBy(() -> CaseFilter.builder().search("**"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("other than *");
    }

    @Test
    void aStoreWithoutQueriesSaysSoWhenAsked() {
        CaseStore plain = new CaseStore() {
            @Override
            public Optional<Case> find(CaseId id) {
                return portal.store.find(id);
            }

            @Override
            public Optional<Case> findByNumber(String number) {
                return portal.store.findByNumber(number);
            }

            @Override
            public void commit(CaseCommit commit) {
                portal.store.commit(commit);
            }

            @Override
            public void commitAll(List<CaseCommit> commits) {
                portal.store.commitAll(commits);
            }

            @Override
            public List<CaseEvent> events(CaseId id) {
                return portal.store.events(id);
            }

            @Override
            public long nextSequenceValue(String sequenceName) {
                return portal.store.nextSequenceValue(sequenceName);
            }
        };
        WorkflowDefinition withoutSla = WorkflowDefinition.builder("plain", 1)
                .priority(Priority.of("P1", 1, "Urgent"))
                .caseType(CaseType.of("Incident", "Incident", "P1"))
                .status(StatusReason.of("new", "New", CaseState.OPEN))
                .status(StatusReason.of("dropped", "Dropped", CaseState.CANCELLED))
                .initialStatus("new")
                .transition(Transition.from("new").to("dropped").by(ActorKind.AGENT))
                .build();
        CaseService withoutQueries = Casekit.builder().store(plain).identity(portal.directory).clock(portal.clock)
                .definition(withoutSla).build().cases();

        assertThatThrownBy(() -> withoutQueries.search(ALICE, CaseQuery.firstPage(CaseFilter.ALL)))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("CaseQueries");
        assertThat(withoutQueries.get(ALICE, annasVpn.id())).isEqualTo(portal.store.find(annasVpn.id()).orElseThrow());
    }
}
