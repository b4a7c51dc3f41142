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

import io.casekit.core.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Calendars, SLA policies and the feedback window in YAML. */
class SlaDefinitionTest {

    private static final String BASE = """
            id: desk
            version: 1
            priorities:
              - {code: P1, rank: 1, labels: {en: Urgent}}
              - {code: P4, rank: 4, labels: {en: Low}}
            caseTypes:
              - {code: Incident, labels: {en: Incident}, defaultPriority: P4}
            statusReasons:
              - {code: new, labels: {en: New}, state: OPEN}
              - {code: ready, labels: {en: Ready}, state: OPEN, flags: [AWAITING_CONFIRMATION]}
              - {code: closed, labels: {en: Closed}, state: RESOLVED}
            initialStatus: new
            transitions:
              - {from: [new], to: ready, actors: [AGENT]}
              - {from: [ready], to: closed, actors: [SYSTEM, CONTACT]}
              - {from: [closed], to: new, actors: [AGENT]}
            """;

    private static List<String> problems(String yaml) {
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class, () -> WorkflowDefinitions.fromYaml(yaml));
        assertThat(e).as("the definition is refused").isNotNull();
        return e.problems().stream().map(DefinitionProblem::toString).toList();
    }

    @Test
    void calendarsPoliciesAndTheFeedbackWindowAreRead() {
        WorkflowDefinition d = WorkflowDefinitions.fromYaml(BASE + """
                calendars:
                  - id: office
                    zone: Europe/Amsterdam
                    hours:
                      - {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "08:30", to: "12:00"}
                      - {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "12:30", to: "17:00"}
                    holidays: ["2026-12-25"]
                    closures: [{date: "2026-12-24", from: "12:30", to: "17:00"}]
                  - {id: always, alwaysOpen: true}
                slaPolicies:
                  - id: sla
                    contract: SLA
                    calendar: office
                    warningPercent: 80
                    firstResponse: LEAVING_INITIAL_STATUS
                    pauseOn: [PAUSES_SLA]
                    warningCalendar: office
                    targets:
                      P1: {firstResponse: "4 hours", resolution: "2 working days"}
                      P4: {firstResponse: "90 minutes"}
                feedbackWindow: {days: 7, closeWith: closed}
                """);

        BusinessCalendar office = d.calendars().get("office");
        assertThat(office.isOpen(Instant.parse("2026-12-24T10:00:00Z"))).isTrue(); // 11:00 local
        assertThat(office.isOpen(Instant.parse("2026-12-24T12:00:00Z"))).isFalse(); // 13:00 local, closed
        assertThat(office.isOpen(Instant.parse("2026-12-23T11:15:00Z"))).isFalse(); // 12:15 local, lunch
        assertThat(office.isOpen(Instant.parse("2026-12-25T10:00:00Z"))).isFalse(); // holiday
        assertThat(d.calendars().get("always").isOpen(Instant.parse("2026-12-25T03:00:00Z"))).isTrue();
        SlaPolicy policy = d.slaPolicy(Optional.of("SLA"), "Incident").orElseThrow();
        assertThat(policy.warningPercent()).isEqualTo(80);
        assertThat(policy.firstResponse()).isEqualTo(FirstResponse.LEAVING_INITIAL_STATUS);
        assertThat(policy.pauseOn()).containsExactly(StatusFlag.PAUSES_SLA);
        assertThat(policy.warningCalendar()).contains("office");
        assertThat(policy.targets().get("P1")).isEqualTo(new SlaTargets(
                Optional.of(new SlaTarget.BusinessTime(Duration.ofHours(4))), Optional.of(new SlaTarget.WorkingDays(2))));
        assertThat(policy.targets().get("P4").firstResponse()).contains(new SlaTarget.BusinessTime(Duration.ofMinutes(90)));
        assertThat(d.feedbackWindow()).contains(new FeedbackWindow(Duration.ofDays(7), "closed"));
    }

    @Test
    void everySlaProblemIsReportedWithItsPath() {
        List<String> problems = problems(BASE + """
                calendars:
                  - id: office
                    zone: Mars/Olympus_Mons
                    hours:
                      - {days: [MONDAY], from: "08:30", to: "8:61"}
                      - {days: [FUNDAY], from: "09:00", to: "10:00"}
                  - id: lunch
                    zone: Europe/Amsterdam
                    hours:
                      - {days: [MONDAY], from: "08:30", to: "12:30"}
                      - {days: [MONDAY], from: "12:00", to: "17:00"}
                slaPolicies:
                  - id: sla
                    contract: SLA
                    calendar: nowhere
                    warningPercent: 0
                    targets:
                      P1: {firstResponse: "4 weeks"}
                      P9: {resolution: "1 working day"}
                feedbackWindow: {days: 7, closeWith: ready}
                """);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("calendars[0].zone: unknown time zone"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("calendars[0].hours[0].to: '8:61' is not a time of day"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("calendars[0].hours[1].days[0]: unknown value 'FUNDAY'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("calendars[1].hours[1]: open: MONDAY 12:00-17:00 overlaps"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("slaPolicies[0].calendar: unknown calendar 'nowhere'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("slaPolicies[0].warningPercent: must be 1-100"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("slaPolicies[0].targets.P1.firstResponse: '4 weeks' is not a target"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("slaPolicies[0].targets.P9: unknown priority 'P9'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("feedbackWindow.closeWith: 'ready' is OPEN"));
    }

    @Test
    void targetsReadAsPeopleWriteThem() {
        assertThat(SlaTarget.parse("1 hour")).isEqualTo(new SlaTarget.BusinessTime(Duration.ofHours(1)));
        assertThat(SlaTarget.parse(" 30 Minutes ")).isEqualTo(new SlaTarget.BusinessTime(Duration.ofMinutes(30)));
        assertThat(SlaTarget.parse("1 working day")).isEqualTo(new SlaTarget.WorkingDays(1));
        assertThat(SlaTarget.parse("10 working days").text()).isEqualTo("10 working days");
        assertThat(SlaTarget.parse("4 hours").text()).isEqualTo("4 hours");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> SlaTarget.parse("0 hours"))).hasMessageContaining("positive");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> SlaTarget.parse("3 days"))).hasMessageContaining("working days");
    }
}
