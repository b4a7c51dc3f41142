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

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.SlaKind;
import io.casekit.testkit.workflow.CaseRef;
import io.casekit.testkit.workflow.CasekitWorkflowTest;
import io.casekit.testkit.workflow.WorkflowScenario;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The presets' SLA policies and feedback window, worked through on their own calendars as scenarios
 * (they were PresetSlaTest's; the reaction times of the software vendor, read from the definition,
 * stay there). ACME has the SLA contract, GLOBEX none.
 */
class PresetSlaScenarioTest {

    @BeforeEach
    void cast(WorkflowScenario scenario) {
        scenario.customer("ACME").withContract("SLA").contact("anna").authorised()
                .customer("GLOBEX").contact("gina").authorised()
                .agent("alice");
    }

    private static CaseRef incident(WorkflowScenario scenario, String contact, String priority) {
        return scenario.as(contact).open(o -> o.title("Down").description("Nothing works").caseType("Incident").priority(priority));
    }

    @Test
    @CasekitWorkflowTest(preset = "erp-vendor", start = "2026-03-06T16:30") // a Friday, office hours until five
    void aP1FiledFridayAtHalfPastFourWithOfficeHoursUntilFiveIsDueMondayAtNoon(WorkflowScenario scenario) {
        CaseRef c = incident(scenario, "anna", "P1");

        scenario.assertThat(c).hasSlaDeadline(SlaKind.FIRST_RESPONSE, LocalDateTime.parse("2026-03-09T12:00"));
        assertThat(scenario.zone().getId()).isEqualTo("Europe/Amsterdam");
    }

    @Test
    @CasekitWorkflowTest(preset = "erp-vendor", start = "2026-04-27T10:00") // King's Day
    void aCaseFiledOnAHolidayIsTakenUpTheNextWorkingDay(WorkflowScenario scenario) {
        CaseRef c = incident(scenario, "anna", "P2");

        // 1 working day: the next working day's opening, same time of day as the clock's start (08:30)
        scenario.assertThat(c)
                .hasSlaDeadline(SlaKind.FIRST_RESPONSE, LocalDateTime.parse("2026-04-29T08:30"))
                .hasSlaBudget(SlaKind.FIRST_RESPONSE, Duration.ofHours(8).plusMinutes(30));
    }

    @Test
    @CasekitWorkflowTest(preset = "erp-consultancy", start = "2026-03-02T10:00")
    void consultancyRequestsArePickedUpWithinTenWorkingDays(WorkflowScenario scenario) {
        CaseRef c = scenario.as("anna").open(o -> o.title("Training").description("Two days on site").caseType("Consultant Request"));

        scenario.assertThat(c)
                .hasSlaPolicy(SlaKind.FIRST_RESPONSE, "consultancy")
                .hasSlaDeadline(SlaKind.FIRST_RESPONSE, LocalDateTime.parse("2026-03-16T10:00"))
                .hasNoSla(SlaKind.RESOLUTION);
    }

    @Test
    @CasekitWorkflowTest(preset = "erp-consultancy")
    void customersWithoutContractGetNoClocks(WorkflowScenario scenario) {
        CaseRef c = incident(scenario, "gina", "P1");

        scenario.assertThat(c).hasNoSlas();
    }

    @Test
    @CasekitWorkflowTest(preset = "it-services", start = "2026-03-02T10:00")
    void theItServicesFeedbackWindowClosesTheCaseAfterSevenDays(WorkflowScenario scenario) {
        CaseRef c = scenario.as("anna").open(o -> o.title("Down").description("Nothing works").caseType("Incident").priority("P3")
                .customField("expertiseDomain", "BC"));
        scenario.as("alice").assignTo(c, "alice");
        scenario.as("alice").resolve(c, "Configuration corrected");
        scenario.assertThat(c).hasStatus("410");

        scenario.after(Duration.ofDays(7));

        scenario.assertThat(c).hasStatus("450").isResolved();
        List<CaseEvent> seenByAnna = scenario.as("anna").timeline(c);
        assertThat(seenByAnna.get(seenByAnna.size() - 1).header().actor().kind()).isEqualTo(ActorKind.SYSTEM);
    }
}
