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

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.workflow.Action;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaState;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failing assertion of a scenario says which case, what was expected and what is there. */
class AssertionMessagesTest {

    private final WorkflowScenario scenario = WorkflowScenario.ofPreset("it-services");
    private CaseRef c;

    @BeforeEach
    void aReceivedCase() {
        scenario.customer("ACME").withContract("SLA").contact("anna");
        scenario.agent("bob");
        c = scenario.as("anna").open(o -> o.title("VPN drops").priority("P2").customField("expertiseDomain", "MWI"));
    }

    @Test
    void aStatusIsNamedWithItsLabel() {
        assertThatThrownBy(() -> scenario.assertThat(c).hasStatus("450"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected case %s to be in status 450 (450. Problem solved) but it is in 100 (100. Received)", c);
        assertThatThrownBy(() -> scenario.assertThat(c).isResolved())
                .hasMessage("Expected case %s to be RESOLVED but it is OPEN (status 100 (100. Received))", c);
    }

    @Test
    void aDeadlineIsShownInTheCalendarsZoneToo() {
        assertThatThrownBy(() -> scenario.assertThat(c).hasSlaDeadline(SlaKind.RESOLUTION, LocalDateTime.parse("2026-03-10T09:00")))
                .hasMessage("Expected the RESOLUTION deadline of case %s to be 2026-03-10T08:00:00Z (2026-03-10T09:00 Europe/Brussels) "
                        + "but it is 2026-03-09T08:00:00Z (2026-03-09T09:00 Europe/Brussels)", c);
        assertThatThrownBy(() -> scenario.assertThat(c).hasSlaState(SlaKind.FIRST_RESPONSE, SlaState.BREACHED))
                .hasMessage("Expected the FIRST_RESPONSE clock of case %s to be BREACHED but it is IN_PROGRESS", c);
        assertThatThrownBy(() -> scenario.assertThat(c).hasNoSlas())
                .hasMessageContaining("Expected case %s to have no SLA clocks but it has [FIRST_RESPONSE IN_PROGRESS, RESOLUTION IN_PROGRESS]", c);
    }

    @Test
    void rightsListWhatIsMissingOrGranted() {
        assertThatThrownBy(() -> scenario.assertThat(c).allows("anna", Permission.comment(), Permission.close(), Permission.escalate()))
                .hasMessageStartingWith("Expected anna to be allowed [public comment, close, escalate] on case " + c
                        + " (status 100 (100. Received)) but not [close, escalate]; allowed: statuses [420]");
        assertThatThrownBy(() -> scenario.assertThat(c).forbids("anna", Permission.take(Action.CANCEL), Permission.internalComment()))
                .hasMessage("Expected anna to be forbidden [cancel, internal comment] on case %s (status 100 (100. Received)) but it may [cancel]",
                        c);
    }

    @Test
    void theOutboxListsTheMailsThereAre() {
        assertThatThrownBy(() -> scenario.outbox().to("anna").containsSubject("ready"))
                .hasMessage("Expected a mail in the outbox to anna with a subject containing \"ready\" but there is none; the mails: "
                        + "[to anna (anna@acme.test): Case received: VPN drops [%s]]", c);
        assertThatThrownBy(() -> scenario.outbox().to("bob").hasSize(1))
                .hasMessage("Expected 1 mail(s) in the outbox to bob but there are 0: []");
    }

    @Test
    void anUnknownClockOrFieldIsNamed() {
        assertThatThrownBy(() -> scenario.assertThat(c).hasStage("Testing"))
                .hasMessage("Expected case %s to be in stage Testing but it is in no stage", c);
        assertThatThrownBy(() -> scenario.assertThat(c).hasField("expertiseDomain", "BC"))
                .hasMessage("Expected field expertiseDomain of case %s to be BC but it is MWI", c);
        assertThatThrownBy(() -> scenario.assertThat(c).isAssignedTo("bob"))
                .hasMessage("Expected case %s to be owned by agent bob but it is owned by team support-mwi", c);
    }
}
