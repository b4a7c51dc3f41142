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

import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaState;
import io.casekit.testkit.workflow.CaseRef;
import io.casekit.testkit.workflow.CasekitWorkflowTest;
import io.casekit.testkit.workflow.Permission;
import io.casekit.testkit.workflow.WorkflowScenario;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guide 000's promises, lived through on the it-services preset: the mails a contact gets along a
 * case (confirmation, picked up, every status change the desk makes, the resolution with its feedback
 * window; never an internal note, nor a mail about its own reply), and the SLA clock that stops while the desk waits for the customer. The
 * definitions' side of the mails is PresetNotificationsTest's.
 */
@CasekitWorkflowTest(preset = "it-services")
class PresetMailScenarioTest {

    @BeforeEach
    void cast(WorkflowScenario scenario) {
        scenario.customer("ACME").withContract("SLA").contact("anna").authorised();
        scenario.agent("bob").inTeam("support-mwi");
    }

    private static CaseRef vpnDrops(WorkflowScenario scenario) {
        return scenario.as("anna").open(o -> o.title("VPN drops").priority("P2").customField("expertiseDomain", "MWI"));
    }

    @Test
    void theContactHearsOfEveryStepButNeverOfAnInternalNote(WorkflowScenario scenario) {
        CaseRef c = vpnDrops(scenario);
        scenario.as("bob").assignTo(c, "bob");
        scenario.as("bob").internalComment(c, "Probably the 5.2.1 client again.");
        scenario.as("bob").move(c, "310", "Which client version do you run?");
        scenario.as("anna").comment(c, "5.2.1");
        scenario.as("bob").resolve(c, "We pushed VPN client 5.2.3 to your laptop.");

        scenario.outbox().to("anna").about(c)
                .hasSize(4)
                .doesNotContainSubject("Internal note")
                .subjects().containsExactly(
                        "Case received: VPN drops [" + c + "]",
                        "Your case is being handled: VPN drops [" + c + "]",
                        "Status of your case: 310. Requested Info to Customer [" + c + "]",
                        // her reply moved the case back to 200, but nobody is told of their own change
                        "Your case is ready: VPN drops [" + c + "]");
        scenario.outbox().to("anna").containsText("Which client version do you run?").containsText("within 7 days");
        scenario.outbox().to("bob").containsSubject("New comment on VPN drops");
    }

    @Test
    void theResolutionClockStopsWhileTheDeskWaitsForTheCustomer(WorkflowScenario scenario) {
        CaseRef c = vpnDrops(scenario); // Monday 09:00; P2: answered within 1 working day, solved within 5
        scenario.assertThat(c).hasSlaDeadline(SlaKind.RESOLUTION, LocalDateTime.parse("2026-03-09T09:00"));
        scenario.as("bob").assignTo(c, "bob");
        scenario.as("bob").move(c, "310", "Which client version do you run?");
        scenario.assertThat(c)
                .hasSlaState(SlaKind.FIRST_RESPONSE, SlaState.SUCCEEDED)
                .hasSlaState(SlaKind.RESOLUTION, SlaState.PAUSED)
                .allows("anna", Permission.comment())
                .forbids("anna", Permission.moveTo("450"), Permission.internalComment());

        scenario.afterWorkingDays(2);
        scenario.as("anna").comment(c, "5.2.1");

        scenario.assertThat(c)
                .hasStatus("200")
                .hasSlaState(SlaKind.RESOLUTION, SlaState.IN_PROGRESS)
                .hasSlaDeadline(SlaKind.RESOLUTION, LocalDateTime.parse("2026-03-11T09:00")); // two working days later
    }

    /** The example of {@link WorkflowScenario}'s javadoc, as it stands there. */
    @Test
    void aReplyPutsTheCaseBackInTheDesksHands(WorkflowScenario scenario) {
        scenario.customer("ACME").withContract("SLA").contact("anna").authorised();
        scenario.agent("bob").inTeam("first-line");

        CaseRef c = scenario.as("anna").open(o -> o.title("VPN drops").priority("P2").customField("expertiseDomain", "MWI"));
        scenario.as("bob").assignTo(c, "bob");
        scenario.as("bob").move(c, "310", "Which client version?");
        scenario.afterWorkingDays(2);
        scenario.as("anna").comment(c, "5.2.1");

        scenario.assertThat(c).hasStatus("200").hasSlaState(SlaKind.RESOLUTION, SlaState.IN_PROGRESS);
        scenario.outbox().to("anna").containsSubject("Status of your case: 310");
    }
}
