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
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension, run on small test classes (not run by themselves: their names end in no "Test"):
 * which definition and start each test gets, that a test and its {@code @BeforeEach} share one
 * scenario, and that a misconfigured annotation fails the test with a reason.
 */
class WorkflowExtensionTest {

    private static final List<String> SEEN = new ArrayList<>();

    private static Events run(Class<?> tests) {
        SEEN.clear();
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tests)).execute().testEvents();
    }

    private static List<String> failures(Events events) {
        return events.failed().stream().map(WorkflowExtensionTest::reason).toList();
    }

    /** What failed the test: the cause JUnit wrapped in its ParameterResolutionException. */
    private static String reason(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(t -> t instanceof ParameterResolutionException && t.getCause() != null ? t.getCause() : t)
                .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("");
    }

    @Test
    void eachTestGetsAFreshScenarioThatItsBeforeEachShares() {
        Events tests = run(Shared.class);

        assertThat(failures(tests)).isEmpty();
        assertThat(tests.succeeded().count()).isEqualTo(2);
        assertThat(SEEN).hasSize(4);
        assertThat(SEEN.get(0)).isEqualTo(SEEN.get(1));
        assertThat(SEEN.get(2)).isEqualTo(SEEN.get(3)).isNotEqualTo(SEEN.get(0));
    }

    @Test
    void theNearestAnnotationNamesTheDefinitionAndTheStart() {
        Events tests = run(Settings.class);

        assertThat(failures(tests)).isEmpty();
        assertThat(SEEN).containsExactlyInAnyOrder(
                "it-services 2026-03-02T08:00:00Z",
                "erp-vendor 2026-03-06T15:30:00Z",
                "acme 2026-03-02T08:00:00Z",
                "acme-json 2026-01-01T00:00:00Z",
                "it-services nested 2026-03-02T08:00:00Z");
    }

    @Test
    void aMisconfiguredAnnotationFailsTheTestWithAReason() {
        Events tests = run(Misconfigured.class);

        assertThat(tests.succeeded().count()).isZero();
        assertThat(failures(tests)).hasSize(4)
                .anySatisfy(f -> assertThat(f).startsWith(
                        "ExtensionConfigurationException: @CasekitWorkflowTest needs exactly one of preset and definition, not both: "))
                .anySatisfy(f -> assertThat(f).startsWith(
                        "ExtensionConfigurationException: @CasekitWorkflowTest needs exactly one of preset and definition, and has neither: "))
                .contains("ExtensionConfigurationException: @CasekitWorkflowTest start \"Monday\" is neither a local date-time "
                                + "(2026-03-06T16:30) nor an instant (2026-03-06T15:30:00Z)",
                        "IllegalArgumentException: unknown preset 'it-service'; presets: [it-services, software-vendor, erp-vendor, "
                                + "erp-consultancy]");
    }

    @CasekitWorkflowTest(preset = "it-services")
    static class Shared {
        @BeforeEach
        void before(WorkflowScenario scenario) {
            SEEN.add(Integer.toHexString(System.identityHashCode(scenario)));
        }

        @Test
        void first(WorkflowScenario scenario) {
            SEEN.add(Integer.toHexString(System.identityHashCode(scenario)));
        }

        @Test
        void second(WorkflowScenario scenario) {
            SEEN.add(Integer.toHexString(System.identityHashCode(scenario)));
        }
    }

    @CasekitWorkflowTest(preset = "it-services")
    static class Settings {
        private static void see(WorkflowScenario scenario) {
            SEEN.add(scenario.definition().id() + " " + scenario.now());
        }

        @Test
        void theClasssPreset(WorkflowScenario scenario) {
            see(scenario);
        }

        @Test
        @CasekitWorkflowTest(preset = "erp-vendor", start = "2026-03-06T16:30")
        void anotherPresetOnFridayAfternoonInAmsterdam(WorkflowScenario scenario) {
            see(scenario);
        }

        @Test
        @CasekitWorkflowTest(definition = "classpath:workflows/acme.yaml")
        void aDefinitionOnTheClassPath(WorkflowScenario scenario) {
            see(scenario);
        }

        @Test
        @CasekitWorkflowTest(definition = "workflows/acme.json", start = "2026-01-01T00:00:00Z")
        void aJsonDefinitionFromAnInstant(WorkflowScenario scenario) {
            see(scenario);
        }

        @Nested
        class Inner {
            @Test
            void theEnclosingClasssPreset(WorkflowScenario scenario) {
                SEEN.add(scenario.definition().id() + " nested " + scenario.now());
            }
        }
    }

    static class Misconfigured {
        @Test
        @CasekitWorkflowTest(preset = "it-services", definition = "workflows/acme.yaml")
        void both(WorkflowScenario scenario) {}

        @Test
        @CasekitWorkflowTest
        void neither(WorkflowScenario scenario) {}

        @Test
        @CasekitWorkflowTest(preset = "it-services", start = "Monday")
        void aStartThatIsNoTime(WorkflowScenario scenario) {}

        @Test
        @CasekitWorkflowTest(preset = "it-service")
        void anUnknownPreset(WorkflowScenario scenario) {}
    }
}
