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
package io.casekit.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaState;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example of docs/testing.md, "Testing your own workflow", as it stands there: a vendor tests Acme's customised workflow. */
@CasekitWorkflowTest(definition = "classpath:workflows/acme.yaml") // extends it-services
class AcmeWorkflowTest {

    @BeforeEach
    void cast(WorkflowScenario scenario) {
        scenario.customer("ACME").withContract("SLA")
                .contact("anna").authorised()
                .contact("carl")
                .agent("bob").inTeam("support-mwi");
    }

    @Test
    void aCaseWaitingOnTheVendorsVendorStopsTheClockAndClosesThreeDaysAfterItIsSolved(WorkflowScenario scenario) {
        CaseRef c = scenario.as("anna").open(o -> o.title("VPN drops").priority("P2").customField("expertiseDomain", "MWI"));
        scenario.assertThat(c).hasStatus("100").isAssignedToTeam("support-mwi")
                .hasSlaDeadline(SlaKind.RESOLUTION, LocalDateTime.parse("2026-03-09T09:00"));

        scenario.as("bob").assignTo(c, "bob");                        // 100 -> 200 by rule
        scenario.as("bob").move(c, "330");                           // Acme's own status: waiting on the vendor's vendor
        scenario.assertThat(c).hasSlaState(SlaKind.RESOLUTION, SlaState.PAUSED)
                .allows("anna", Permission.comment(), Permission.cancel())
                .forbids("anna", Permission.moveTo("200"), Permission.internalComment());

        scenario.afterWorkingDays(3);
        scenario.as("bob").move(c, "200");
        scenario.assertThat(c).hasSlaDeadline(SlaKind.RESOLUTION, LocalDateTime.parse("2026-03-12T09:00"));

        IllegalTransitionException refused = scenario.as("carl").attempt(IllegalTransitionException.class, a -> a.close(c));
        assertThat(refused.allowed()).doesNotContain("450");

        scenario.as("bob").resolve(c, "The supplier fixed the gateway.");
        scenario.outbox().to("anna").containsSubject("Your case is ready: VPN drops").containsText("within 3 days");

        scenario.after(Duration.ofDays(3));                          // Acme's feedback window
        scenario.assertThat(c).hasStatus("450").isResolved().wasLastChangedBySystem();
    }
}
