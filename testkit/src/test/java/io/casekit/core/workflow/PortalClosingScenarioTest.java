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

import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.Violation;
import io.casekit.spi.model.Case;
import io.casekit.testkit.workflow.CaseRef;
import io.casekit.testkit.workflow.Permission;
import io.casekit.testkit.workflow.WorkflowScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing, cancelling and reopening from the portal, as scenarios on both presets that have the
 * buttons: guide 001 (close when solved, cancel when no longer needed) and guide 003 (the Close Case
 * and Cancel Case buttons). Contacts of the case's customer close and cancel its open cases
 * (cancelling says why); reopening is the desk's. (They were core's PortalClosingTest.)
 */
class PortalClosingScenarioTest {

    private static final String ANNA = "acme-anna";
    private static final String BOB = "acme-bob";
    private static final String GINA = "globex-gina";
    private static final String ALICE = "agent-alice";

    /** A portal as core's tests have it: ACME with a support contract and GLOBEX without, their contacts, two agents. */
    private static WorkflowScenario portal(String preset) {
        WorkflowScenario scenario = WorkflowScenario.ofPreset(preset);
        scenario.customer("ACME").named("Acme NV").withContract("SLA").contact(ANNA).authorised().contact(BOB)
                .customer("GLOBEX").named("Globex BV").contact(GINA).authorised()
                .agent(ALICE).inTeam("first-line")
                .agent("agent-bert").inTeam("second-line");
        return scenario;
    }

    private static CaseRef open(WorkflowScenario scenario, String contact) {
        return scenario.as(contact).open(o -> o.title("Report fails").description("The monthly report fails.").caseType("Incident"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void aContactClosesAnOpenCaseOfItsCustomer(String preset) {
        WorkflowScenario scenario = portal(preset);
        CaseRef c = open(scenario, ANNA);

        scenario.as(BOB).close(c);

        scenario.assertThat(c).hasStatus("closed").isResolved();
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void aContactCancelsSayingWhy(String preset) {
        WorkflowScenario scenario = portal(preset);
        CaseRef c = open(scenario, BOB);

        CommandValidationException refused = scenario.as(BOB).attempt(CommandValidationException.class, a -> a.cancel(c));
        assertThat(refused.violations()).extracting(Violation::rule).containsExactly("NeedsComment");
        scenario.as(BOB).cancel(c, "The problem no longer occurs.");

        scenario.assertThat(c).hasStatus("cancelled").isCancelled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void onlyTheDeskReopens(String preset) {
        WorkflowScenario scenario = portal(preset);
        CaseRef c = open(scenario, ANNA);
        scenario.as(ANNA).close(c);

        scenario.assertThat(c).forbids(ANNA, Permission.reopen()).allows(ALICE, Permission.reopen());
        IllegalTransitionException refused = scenario.as(ANNA).attempt(IllegalTransitionException.class, a -> a.reopen(c, "It is back."));
        assertThat(refused.allowed()).isEmpty();
        scenario.as(ALICE).reopen(c, "The error is back.");

        scenario.assertThat(c).hasStatus("in-progress").isOpen();
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void aContactOfAnotherCustomerFindsNothingToCloseOrCancel(String preset) {
        WorkflowScenario scenario = portal(preset);
        CaseRef c = open(scenario, ANNA);
        Case opened = scenario.read(c);

        scenario.as(GINA).attempt(CaseNotFoundException.class, a -> a.close(c));
        scenario.as(GINA).attempt(CaseNotFoundException.class, a -> a.cancel(c, "not mine"));

        assertThat(scenario.read(c)).isEqualTo(opened);
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void aClosedCaseIsNotClosedOrCancelledAgainByAContact(String preset) {
        WorkflowScenario scenario = portal(preset);
        CaseRef c = open(scenario, ANNA);
        scenario.as(ANNA).cancel(c, "Solved internally.");

        scenario.as(ANNA).attempt(IllegalTransitionException.class, a -> a.close(c));
    }
}
