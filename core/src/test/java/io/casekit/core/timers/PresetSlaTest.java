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
package io.casekit.core.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.SlaPolicy;
import io.casekit.core.workflow.SlaTarget;
import io.casekit.core.workflow.WorkflowDefinition;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The presets' SLA policies, as their definitions state them. The policies and the feedback window
 * worked through on the presets' own calendars are scenarios: testkit's PresetSlaScenarioTest.
 */
class PresetSlaTest {

    @Test
    void theSoftwareVendorPromisesItsReactionTimes() {
        WorkflowDefinition d = Presets.load("software-vendor");
        SlaPolicy policy = d.slaPolicy(Optional.of("SLA"), "Incident").orElseThrow();

        assertThat(policy.targets().get("P1").firstResponse()).contains(SlaTarget.parse("4 hours"));
        assertThat(policy.targets().get("P2").firstResponse()).contains(new SlaTarget.WorkingDays(1));
        assertThat(policy.targets().get("P3").firstResponse()).contains(new SlaTarget.WorkingDays(3));
        assertThat(policy.targets().get("P4").firstResponse()).contains(new SlaTarget.WorkingDays(5));
        assertThat(d.slaPolicy(Optional.empty(), "Incident")).as("no contract, best effort").isEmpty();
    }
}
