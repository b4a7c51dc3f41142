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
package io.casekit.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.Escalated;
import io.casekit.spi.model.Visibility;
import io.casekit.testkit.workflow.CaseRef;
import io.casekit.testkit.workflow.CasekitWorkflowTest;
import io.casekit.testkit.workflow.Mail;
import io.casekit.testkit.workflow.Permission;
import io.casekit.testkit.workflow.WorkflowScenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Escalation on the erp-consultancy preset (guide 003's four levels), as scenarios: a breached
 * promise takes the case to level 2 by itself, once; agents escalate by hand, one level at a time, up
 * to level 4; every escalation is an event, and the people of the level reached get mail. (The same
 * as core's EscalationTest, which also checks that each step returns the case as stored.)
 */
@CasekitWorkflowTest(preset = "erp-consultancy", start = "2026-03-02T09:00:00Z")
class PresetEscalationScenarioTest {

    @BeforeEach
    void cast(WorkflowScenario scenario) {
        scenario.customer("ACME").withContract("SLA").contact("anna").authorised().email("anna@acme.example");
        scenario.agent("alice").email("alice@desk.example")
                .agent("escalation-coordinator").named("Cora Coordinator").email("cora@desk.example")
                .agent("escalation-coo").named("Otto Operations").email("otto@desk.example");
    }

    private static CaseRef openP1(WorkflowScenario scenario) {
        CaseRef c = scenario.as("anna").open(o -> o.title("Invoices fail").description("Posting fails").caseType("Incident")
                .priority("P1").customField("product", "ERP"));
        return scenario.as("alice").assignTo(c, "alice");
    }

    private static List<String> mailedTo(WorkflowScenario scenario, CaseRef c) {
        return scenario.mails().stream().filter(m -> m.caseRef().equals(c)).map(Mail::address).toList();
    }

    @Test
    void aBreachedPromiseTakesTheCaseToTheCoordinatorOnce(WorkflowScenario scenario) {
        CaseRef c = openP1(scenario);

        scenario.after(Duration.ofDays(14));

        scenario.assertThat(c).hasEscalationLevel(2);
        List<Escalated> escalations = scenario.as("alice").timeline(c).stream()
                .filter(Escalated.class::isInstance).map(Escalated.class::cast).toList();
        assertThat(escalations).singleElement().satisfies(e -> {
            assertThat(e.from()).isZero();
            assertThat(e.to()).isEqualTo(2);
            assertThat(e.cause()).isEqualTo(Escalated.Cause.SLA_BREACH);
        });
        assertThat(mailedTo(scenario, c)).contains("cora@desk.example");
    }

    @Test
    void agentsEscalateOneLevelAtATimeWithAnInternalReasonUpToTheTop(WorkflowScenario scenario) {
        CaseRef c = openP1(scenario);

        scenario.as("alice").escalate(c, "Customer's invoicing is down");
        scenario.assertThat(c).hasEscalationLevel(1);
        scenario.as("alice").escalate(c);
        scenario.as("alice").escalate(c);
        scenario.as("alice").escalate(c);

        scenario.assertThat(c).hasEscalationLevel(4).forbids("alice", Permission.escalate());
        CommandValidationException refused = scenario.as("alice").attempt(CommandValidationException.class, a -> a.escalate(c));
        assertThat(refused).hasMessageContaining("highest escalation level, 4");
        assertThat(scenario.as("anna").timeline(c))
                .noneMatch(e -> e instanceof CommentAdded comment && comment.visibility() == Visibility.INTERNAL);
        assertThat(mailedTo(scenario, c)).contains("cora@desk.example", "otto@desk.example");
    }

    @Test
    void contactsCannotEscalate(WorkflowScenario scenario) {
        CaseRef c = openP1(scenario);

        scenario.assertThat(c).forbids("anna", Permission.escalate());
        scenario.as("anna").attempt(AccessDeniedException.class, a -> a.escalate(c));

        scenario.assertThat(c).hasEscalationLevel(0);
    }

    @Test
    @CasekitWorkflowTest(preset = "software-vendor", start = "2026-03-02T09:00:00Z")
    void aDefinitionWithoutLevelsRefusesEscalation(WorkflowScenario scenario) {
        CaseRef plain = scenario.as("anna").open(o -> o.title("t").description("d").caseType("Incident"));

        CommandValidationException refused = scenario.as("alice").attempt(CommandValidationException.class, a -> a.escalate(plain));
        assertThat(refused).hasMessageContaining("has no escalation levels");
    }
}
