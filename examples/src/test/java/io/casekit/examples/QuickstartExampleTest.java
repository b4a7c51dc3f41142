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
package io.casekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Visibility;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuickstartExampleTest {

    private static String output = "";
    private static QuickstartExample.Result result;

    @BeforeAll
    static void runTheExample() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result = QuickstartExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    private static QuickstartExample.Result result() {
        return result;
    }

    @Test
    void theCaseEndsResolvedInProblemSolved() {
        assertThat(result().finalCase().state()).isEqualTo(CaseState.RESOLVED);
        assertThat(result().finalCase().statusReason()).isEqualTo("450");
        assertThat(result().finalCase().priority()).isEqualTo("P2");
        assertThat(result().finalCase().customFields().get("expertiseDomain").text()).isEqualTo("MWI");
    }

    @Test
    void theTimelineRecordsEveryStepInOrder() {
        List<CaseEvent> timeline = result().agentTimeline();

        assertThat(timeline).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "CaseOpened", "Assigned",            // opened; routed to the MWI team by its expertise domain
                "SlaChanged", "SlaChanged",          // first-response and resolution clocks start
                "Assigned", "StatusChanged",         // the agent takes it; onAssign 100 -> 200
                "CommentAdded", "StatusChanged",     // ask for info: 200 -> 310 with a comment
                "SlaChanged", "SlaChanged",          // the public comment answers in time; 310 pauses the resolution clock
                "CommentAdded", "StatusChanged",     // the contact replies; onContactComment 310 -> 200
                "SlaChanged",                        // the resolution clock runs again
                "CommentAdded",                      // internal note
                "CommentAdded", "StatusChanged",     // resolve with a comment: 200 -> 410
                "SlaChanged",                        // 410 pauses the resolution clock
                "StatusChanged", "SlaChanged");      // close: 410 -> 450, the resolution promise is kept
        assertThat(timeline).filteredOn(SlaChanged.class::isInstance).map(SlaChanged.class::cast)
                .extracting(e -> e.sla().kind() + " " + e.change())
                .containsExactly("FIRST_RESPONSE STARTED", "RESOLUTION STARTED", "FIRST_RESPONSE SUCCEEDED",
                        "RESOLUTION PAUSED", "RESOLUTION RESUMED", "RESOLUTION PAUSED", "RESOLUTION SUCCEEDED");
        assertThat(timeline.get(0)).isInstanceOf(CaseOpened.class);
        assertThat(timeline.get(4)).isInstanceOfSatisfying(Assigned.class,
                a -> assertThat(a.to().orElseThrow().id()).isEqualTo(QuickstartExample.AGENT));
        assertThat(timeline).filteredOn(StatusChanged.class::isInstance).map(StatusChanged.class::cast)
                .extracting(s -> s.from() + "->" + s.to() + " " + s.cause())
                .containsExactly("100->200 RULE", "200->310 REQUESTED", "310->200 RULE", "200->410 REQUESTED", "410->450 REQUESTED");
        assertThat(timeline).extracting(e -> e.header().sequence())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 19).boxed().toList());
    }

    @Test
    void theContactSeesEverythingButTheInternalNote() {
        List<CaseEvent> agentView = result().agentTimeline();
        List<CaseEvent> contactView = result().contactTimeline();

        assertThat(contactView).noneMatch(e -> e instanceof CommentAdded c && c.visibility() == Visibility.INTERNAL);
        assertThat(agentView).filteredOn(e -> e instanceof CommentAdded c && c.visibility() == Visibility.INTERNAL).hasSize(1);
        assertThat(contactView).containsExactlyElementsOf(agentView.stream()
                .filter(e -> !(e instanceof CommentAdded c && c.visibility() == Visibility.INTERNAL))
                .toList());
    }

    @Test
    void theOutputIsReadableAndTheSameOnEveryRun() {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        QuickstartExample.run(new PrintStream(again, true, StandardCharsets.UTF_8));

        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(output);
        assertThat(output)
                .contains("2026-03-02 09:12  Alice Martens (agent)")
                .contains("status 100. Received -> 200. In Progress (by rule)")
                .contains("status 410. Ready - Feedback Email Sent -> 450. Problem solved, case RESOLVED")
                .contains("internal note: ");
    }
}
