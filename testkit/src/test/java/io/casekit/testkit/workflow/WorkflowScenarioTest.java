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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.workflow.InvalidDefinitionException;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The scenario itself, built by hand: its cast, its steps, its time and its refusals. */
class WorkflowScenarioTest {

    private final WorkflowScenario scenario = WorkflowScenario.ofPreset("it-services");

    private CaseRef vpnDrops(String priority) {
        return scenario.as("anna").open(o -> o.title("VPN drops").priority(priority).customField("expertiseDomain", "MWI"));
    }

    private void acmeAndBob() {
        scenario.customer("ACME").withContract("SLA").contact("anna").authorised();
        scenario.agent("bob").inTeam("support-mwi");
    }

    @Nested
    class TheCast {

        @Test
        void contactsAndAgentsGetNamesAndAddressesFromTheirIds() {
            scenario.customer("ACME").contact("anna").customer("Globex Corp").contact("gus").agent("bob");

            Actor anna = scenario.directory().findActor("anna").orElseThrow();
            assertThat(anna.displayName()).isEqualTo("Anna");
            assertThat(anna.customerId()).contains("ACME");
            assertThat(anna.email()).contains("anna@acme.test");
            assertThat(anna.authorisedContact()).isFalse();
            assertThat(scenario.directory().findActor("gus").orElseThrow().email()).contains("gus@globex-corp.test");
            Actor bob = scenario.directory().findActor("bob").orElseThrow();
            assertThat(bob.email()).contains("bob@desk.test");
            assertThat(bob.teams()).isEmpty();
            assertThat(scenario.directory().findCustomer("ACME")).contains(new Customer("ACME", "ACME", Optional.empty()));
        }

        @Test
        void eachSetterChangesTheDirectoryAtOnce() {
            ContactSetup anna = scenario.customer("ACME").named("Acme NV").withContract("SLA").contact("anna");
            scenario.agent("bob").inTeam("first-line").inTeam("second-line").named("Bob Agent");

            anna.authorised().email("anna@acme.example").named("Anna Acme");

            assertThat(scenario.directory().findActor("anna").orElseThrow()).satisfies(a -> {
                assertThat(a.authorisedContact()).isTrue();
                assertThat(a.email()).contains("anna@acme.example");
                assertThat(a.displayName()).isEqualTo("Anna Acme");
            });
            assertThat(scenario.directory().findActor("bob").orElseThrow().teams()).containsExactlyInAnyOrder("first-line", "second-line");
            assertThat(scenario.directory().findCustomer("ACME")).contains(new Customer("ACME", "Acme NV", Optional.of("SLA")));
            anna.withoutEmail();
            assertThat(scenario.directory().findActor("anna").orElseThrow().email()).isEmpty();
        }

        @Test
        void anIdIsOneActorOnly() {
            scenario.customer("ACME").contact("anna");

            assertThatThrownBy(() -> scenario.agent("anna")).hasMessageContaining("'anna' is already in the scenario as a contact of ACME");
            assertThatThrownBy(() -> scenario.customer("GLOBEX").contact("anna")).hasMessageContaining("not as a contact of GLOBEX");
        }

        @Test
        void stepsOfAnUnknownActorSayHowToAddIt() {
            scenario.customer("ACME").contact("anna");

            assertThatThrownBy(() -> scenario.as("bob")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no actor 'bob' in this scenario; it has [anna]")
                    .hasMessageContaining("scenario.agent(\"bob\")");
        }
    }

    @Nested
    class Time {

        @Test
        void theClockStartsOnMondayAtNineInTheCalendarsZone() {
            assertThat(scenario.zone().getId()).isEqualTo("Europe/Brussels");
            assertThat(scenario.now()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
            assertThat(scenario.instant("2026-03-02T09:00")).isEqualTo(scenario.now());
        }

        @Test
        void dueTimersFireEachAtItsDueTimeInOrder() {
            acmeAndBob();
            CaseRef c = vpnDrops("P1"); // first response within 4 business hours, warned at 75 %

            scenario.after(Duration.ofHours(5));

            List<SlaChanged> firstResponse = scenario.events(c).stream().filter(SlaChanged.class::isInstance).map(SlaChanged.class::cast)
                    .filter(e -> e.sla().kind() == SlaKind.FIRST_RESPONSE).toList();
            assertThat(firstResponse).extracting(SlaChanged::change)
                    .containsExactly(SlaChanged.Change.STARTED, SlaChanged.Change.NEARING_BREACH, SlaChanged.Change.BREACHED);
            assertThat(firstResponse).extracting(e -> e.header().at())
                    .containsExactly(scenario.instant("2026-03-02T09:00"), scenario.instant("2026-03-02T12:00"),
                            scenario.instant("2026-03-02T13:00"));
            assertThat(scenario.now()).isEqualTo(scenario.instant("2026-03-02T14:00"));
            scenario.assertThat(c).hasSlaState(SlaKind.FIRST_RESPONSE, SlaState.BREACHED).wasLastChangedBySystem();
            scenario.outbox().to("bob").containsSubject("SLA breached: VPN drops");
        }

        @Test
        void workingDaysAndBusinessTimeCountOnTheDefinitionsCalendar() {
            scenario.advanceTo(LocalDateTime.parse("2026-03-06T10:00")); // a Friday

            scenario.afterWorkingDays(1);
            assertThat(scenario.now()).isEqualTo(scenario.instant("2026-03-09T10:00"));

            scenario.afterBusinessTime(Duration.ofHours(8)); // 7 of them on Monday, until 17:00
            assertThat(scenario.now()).isEqualTo(scenario.instant("2026-03-10T09:30"));

            scenario.afterWorkingDays(2, "office");
            assertThat(scenario.now()).isEqualTo(scenario.instant("2026-03-12T09:30"));
        }

        @Test
        void timeOnlyMovesForward() {
            assertThatThrownBy(() -> scenario.advanceTo(Instant.parse("2026-03-01T00:00:00Z")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time only moves forward");
            assertThatThrownBy(() -> scenario.after(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> scenario.afterWorkingDays(2, "nights")).hasMessageContaining("no calendar 'nights'; it has [office]");
        }

        @Test
        void aTimerThatCanNeverActFailsTheStep() {
            WorkflowScenario broken = WorkflowScenario.builder().definitionAt("workflows/acme-without-autoclose.yaml").build();
            broken.customer("ACME").withContract("SLA").contact("anna");
            broken.agent("bob");
            CaseRef c = broken.as("anna").open(o -> o.title("VPN drops").customField("expertiseDomain", "MWI"));
            broken.as("bob").assignTo(c, "bob");
            broken.as("bob").resolve(c, "Fixed.");

            assertThatThrownBy(() -> broken.after(Duration.ofDays(8)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("timer 'feedback-window' of case " + c + ", due at")
                    .hasMessageContaining("can never act");
        }
    }

    @Nested
    class Refusals {

        @Test
        void aRefusedStepFailsTheTestWithCasekitsReason() {
            acmeAndBob();
            CaseRef c = vpnDrops("P3");

            assertThatThrownBy(() -> scenario.as("anna").move(c, "450"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("anna's ChangeStatus on " + c + " was refused: ")
                    .hasCauseInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void anAttemptReturnsTheTypedRefusal() {
            acmeAndBob();
            CaseRef c = vpnDrops("P3");

            IllegalTransitionException refused = scenario.as("anna").attempt(IllegalTransitionException.class, a -> a.move(c, "450"));

            assertThat(refused.allowed()).contains("420");
            scenario.assertThat(c).hasStatus("100");
        }

        @Test
        void anAcceptedAttemptOrAnotherRefusalFailsTheTest() {
            acmeAndBob();
            CaseRef c = vpnDrops("P3");

            assertThatThrownBy(() -> scenario.as("anna").attempt(a -> a.comment(c, "Any news?")))
                    .isInstanceOf(AssertionError.class).hasMessage("expected anna's step to be refused, but Casekit accepted it");
            assertThatThrownBy(() -> scenario.as("anna").attempt(CaseNotFoundException.class, a -> a.move(c, "450")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("expected anna's step to be refused with CaseNotFoundException, but it was refused with "
                            + "IllegalTransitionException: ");
        }

        @Test
        void aContactOfAnotherCustomerSeesNothing() {
            acmeAndBob();
            scenario.customer("GLOBEX").contact("gina");
            CaseRef c = vpnDrops("P3");

            scenario.as("gina").attempt(CaseNotFoundException.class, a -> a.view(c));
            scenario.assertThat(c).forbids("gina", Permission.comment(), Permission.cancel());
        }
    }

    @Nested
    class Definitions {

        @Test
        void aDefinitionIsReadFromTheClassPathAsYamlOrJson() {
            WorkflowScenario yaml = WorkflowScenario.builder().definitionAt("classpath:workflows/acme.yaml").build();
            WorkflowScenario json = WorkflowScenario.builder().definitionAt("/workflows/acme.json").build();

            assertThat(yaml.definition().id()).isEqualTo("acme");
            assertThat(yaml.definition().statusReason("330")).isPresent();
            assertThat(json.definition().id()).isEqualTo("acme-json");
            assertThat(json.definition().feedbackWindow().orElseThrow().after()).isEqualTo(Duration.ofDays(3));
        }

        @Test
        void aDefinitionIsReadFromAFile() {
            WorkflowScenario scenario = WorkflowScenario.builder().definitionAt("file:src/test/resources/workflows/acme.yaml").build();

            assertThat(scenario.definition().id()).isEqualTo("acme");
        }

        @Test
        void aMissingOrInvalidDefinitionIsRefusedByName() {
            assertThatThrownBy(() -> WorkflowScenario.builder().definitionAt("workflows/nowhere.yaml"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no class-path resource workflows/nowhere.yaml");
            assertThatThrownBy(() -> WorkflowScenario.builder().definitionAt("file:nowhere.json"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no workflow definition at file:nowhere.json");
            assertThatThrownBy(() -> WorkflowScenario.builder().definitionAt("junit-platform.properties"))
                    .isInstanceOf(InvalidDefinitionException.class);
        }

        @Test
        void aScenarioRunsExactlyOneDefinition() {
            assertThatThrownBy(() -> WorkflowScenario.builder().build()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a scenario needs a definition");
            assertThatThrownBy(() -> WorkflowScenario.builder().preset("it-services").definition(Presets.load("erp-vendor")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already set (preset 'it-services')");
            assertThatThrownBy(() -> WorkflowScenario.builder().start(Instant.EPOCH).start(LocalDateTime.MIN))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aCustomisedFeedbackWindowClosesTheCaseSooner() {
            WorkflowScenario acme = WorkflowScenario.builder().definitionAt("workflows/acme.yaml").start(LocalDateTime.parse("2026-03-02T10:00"))
                    .build();
            acme.customer("ACME").withContract("SLA").contact("anna");
            acme.agent("bob");
            CaseRef c = acme.as("anna").open(o -> o.title("VPN drops").customField("expertiseDomain", "MWI"));
            acme.as("bob").assignTo(c, "bob");
            acme.as("bob").resolve(c, "Fixed.");

            acme.after(Duration.ofDays(3).minusMinutes(1));
            acme.assertThat(c).hasStatus("410");
            acme.after(Duration.ofMinutes(1));
            acme.assertThat(c).hasStatus("450").isResolved().wasLastChangedBySystem();
        }
    }
}
