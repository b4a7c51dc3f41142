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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The merging and links sections of a definition: read, defaulted, checked. */
class LinkDefinitionTest {

    private static final String BASE = """
            id: desk
            version: 1
            priorities:
              - {code: P4, rank: 4, labels: {en: Low}}
            caseTypes:
              - {code: Incident, labels: {en: Incident}, defaultPriority: P4}
            statusReasons:
              - {code: new, labels: {en: New}, state: OPEN}
              - {code: feedback, labels: {en: Feedback}, state: OPEN}
              - {code: merged, labels: {en: Merged}, state: CANCELLED}
              - {code: closed, labels: {en: Closed}, state: RESOLVED}
            initialStatus: new
            transitions:
              - {from: [new, feedback], to: closed, actors: [AGENT]}
              - {from: [closed, merged], to: new, actors: [AGENT]}
            """;

    private static List<String> problems(String yaml) {
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class, () -> WorkflowDefinitions.fromYaml(yaml));
        assertThat(e).as("the definition is refused").isNotNull();
        return e.problems().stream().map(DefinitionProblem::toString).toList();
    }

    @Test
    void mergingAndLinksAreReadAndTheirStatusesCountAsReachable() {
        WorkflowDefinition d = WorkflowDefinitions.fromYaml(BASE + """
                merging: {status: merged, unmergeWindow: P3DT12H}
                links: {parentClose: cascade, followUpStatus: feedback}
                """);

        assertThat(d.merging()).contains(new Merging("merged", Duration.ofHours(84)));
        assertThat(d.parentClose()).isEqualTo(ParentClose.CASCADE);
        assertThat(d.followUpStatus()).contains("feedback");
    }

    @Test
    void withoutTheSectionsNothingMergesParentsBlockAndThereAreNoFollowUps() {
        WorkflowDefinition d = WorkflowDefinitions.fromYaml(BASE.replace("  - {code: merged, labels: {en: Merged}, state: CANCELLED}\n", "")
                .replace("[closed, merged]", "[closed]").replace("  - {code: feedback, labels: {en: Feedback}, state: OPEN}\n", "")
                .replace("[new, feedback]", "[new]"));

        assertThat(d.merging()).isEmpty();
        assertThat(d.parentClose()).isEqualTo(ParentClose.BLOCK);
        assertThat(d.followUpStatus()).isEqualTo(Optional.empty());
        assertThat(Presets.load("it-services").merging()).contains(new Merging("430", Duration.ofDays(7)));
        assertThat(Presets.load("it-services").followUpStatus()).contains("220");
    }

    @Test
    void wrongStatusesWindowsAndRulesAreReported() {
        List<String> problems = problems(BASE + """
                merging: {status: closed, unmergeWindow: a week}
                links: {parentClose: sometimes, followUpStatus: merged, colour: red}
                """);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("merging.status: 'closed' is RESOLVED"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("merging.unmergeWindow: must be an ISO-8601 duration"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("links.parentClose: unknown value 'sometimes'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("links.followUpStatus: 'merged' is CANCELLED"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("links.colour: unknown key"));
        assertThat(problems(BASE + "merging: {status: ghost}\n"))
                .anySatisfy(p -> assertThat(p).startsWith("merging.status: unknown status reason 'ghost'"));
    }
}
