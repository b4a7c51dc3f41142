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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.workflow.DefinitionProblem;
import io.casekit.core.workflow.InvalidDefinitionException;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routing: the expertise domain (or type, priority, customer) of a new case picks its owning team. */
class RoutingTest {

    private final Portal portal = new Portal("it-services");
    private final CaseService cases = portal.cases();

    private Case open(String domain) {
        return cases.execute(ANNA, OpenCase.builder().title("VPN drops").description("d").caseType("Incident")
                .customField("expertiseDomain", domain).build());
    }

    @Test
    void theExpertiseDomainHandsTheCaseToItsSupportTeamWithoutPickingItUp() {
        Case mwi = open("MWI");
        Case data = open("DATA");

        assertThat(mwi.owner()).contains(Owner.team("support-mwi"));
        assertThat(data.owner()).contains(Owner.team("support-data"));
        assertThat(mwi.statusReason()).isEqualTo("100");
        List<CaseEvent> timeline = cases.timeline(ALICE, mwi.id()).stream().filter(e -> !(e instanceof SlaChanged)).toList();
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(0)).isInstanceOf(CaseOpened.class);
        assertThat(timeline.get(1)).isInstanceOfSatisfying(Assigned.class, a -> {
            assertThat(a.from()).isEmpty();
            assertThat(a.to()).contains(Owner.team("support-mwi"));
            assertThat(a.header().version()).isEqualTo(1);
        });
    }

    private static final String SMALL = """
            id: small
            version: 1
            priorities:
              - {code: P1, rank: 1, labels: {en: Urgent}}
              - {code: P2, rank: 2, labels: {en: Normal}}
            caseTypes:
              - {code: Question, labels: {en: Question}, defaultPriority: P2}
              - {code: Change, labels: {en: Change}, defaultPriority: P2}
            statusReasons:
              - {code: new, labels: {en: New}, state: OPEN, onAssign: working}
              - {code: working, labels: {en: Working}, state: OPEN}
              - {code: dropped, labels: {en: Dropped}, state: CANCELLED}
            initialStatus: new
            transitions:
              - {from: [new, working], to: dropped, actors: [AGENT]}
            customFields:
              - {name: domain, labels: {en: Domain}, type: CHOICE, values: [ERP, CRM]}
            """;

    private Casekit withRouting(String routing) {
        return Casekit.builder().store(portal.store).identity(portal.directory).clock(portal.clock)
                .definition(WorkflowDefinitions.fromYaml(SMALL + routing)).build();
    }

    private Case open(Casekit casekit, String actor, String type, String priority, Optional<String> domain) {
        OpenCase.Builder open = OpenCase.builder().title("t").description("d").caseType(type).priority(priority);
        domain.ifPresent(v -> open.customField("domain", v));
        if (!actor.equals(ANNA)) {
            open.customer("GLOBEX");
        }
        return casekit.cases().execute(actor, open.build());
    }

    @Test
    void theFirstMatchingRuleWinsAndACaseNoRuleMatchesStartsWithoutOwner() {
        Casekit casekit = withRouting("""
                routing:
                  - {caseTypes: [Change], priorities: [P1], assignTo: {agent: agent-bert}}
                  - {field: domain, values: [ERP], customers: [ACME], assignTo: {team: erp}}
                  - {field: domain, values: [ERP, CRM], assignTo: {team: apps}}
                """);

        assertThat(open(casekit, ANNA, "Change", "P1", Optional.of("ERP")).owner()).contains(Owner.agent("agent-bert"));
        assertThat(open(casekit, ANNA, "Question", "P1", Optional.of("ERP")).owner()).contains(Owner.team("erp"));
        assertThat(open(casekit, ALICE, "Question", "P1", Optional.of("ERP")).owner()).contains(Owner.team("apps"));
        assertThat(open(casekit, ANNA, "Question", "P2", Optional.of("CRM")).owner()).contains(Owner.team("apps"));
        Case unrouted = open(casekit, ANNA, "Question", "P2", Optional.empty());
        assertThat(unrouted.owner()).isEmpty();
        assertThat(unrouted.statusReason()).isEqualTo("new");
    }

    @Test
    void aCatchAllRuleTakesWhatIsLeft() {
        Casekit casekit = withRouting("""
                routing:
                  - {field: domain, values: [CRM], assignTo: {team: crm}}
                  - {assignTo: {team: service-desk}}
                """);

        assertThat(open(casekit, ANNA, "Question", "P2", Optional.empty()).owner()).contains(Owner.team("service-desk"));
        assertThat(open(casekit, ANNA, "Question", "P2", Optional.of("CRM")).owner()).contains(Owner.team("crm"));
    }

    @Test
    void brokenRulesAreReportedWithTheirPaths() {
        assertThatThrownBy(() -> WorkflowDefinitions.fromYaml(SMALL + """
                routing:
                  - {field: colour, values: [red], assignTo: {team: t}}
                  - {field: domain, values: [HR], caseTypes: [Incident], priorities: [P9], assignTo: {team: t}}
                  - {values: [ERP], assignTo: {team: t, agent: a}}
                  - {field: domain, values: [ERP]}
                  - {field: domain, values: [ERP], assignTo: {group: t}}
                """))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::path)
                        .contains("routing[0].field", "routing[1].values", "routing[1].caseTypes", "routing[1].priorities",
                                "routing[2].values", "routing[2].assignTo", "routing[3].assignTo", "routing[4].assignTo.group"));
    }
}
