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
package io.casekit.core.sla;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of the business calendar: the guides' promises, daylight saving, year ends, refusals. */
class BusinessCalendarTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Guide 002: 08:30-17:00 on weekdays, Dutch holidays of 2025-2027. */
    static final BusinessCalendar OFFICE = BusinessCalendar.builder("office-nl", AMSTERDAM)
            .openWeekdays(LocalTime.of(8, 30), LocalTime.of(17, 0))
            .holiday(LocalDate.of(2025, 12, 25))
            .holiday(LocalDate.of(2025, 12, 26))
            .holiday(LocalDate.of(2026, 1, 1))
            .holiday(LocalDate.of(2026, 4, 6))   // Easter Monday
            .holiday(LocalDate.of(2026, 4, 27))  // King's Day
            .holiday(LocalDate.of(2026, 5, 5))   // Liberation Day
            .holiday(LocalDate.of(2026, 5, 14))  // Ascension Day
            .holiday(LocalDate.of(2026, 5, 25))  // Whit Monday
            .closed(LocalDate.of(2026, 12, 24), LocalTime.NOON, LocalTime.MIDNIGHT)
            .holiday(LocalDate.of(2026, 12, 25))
            .holiday(LocalDate.of(2026, 12, 26))
            .holiday(LocalDate.of(2027, 1, 1))
            .build();

    /** Open around the clock, but on local days of Amsterdam: the DST days have 23 and 25 hours. */
    static final BusinessCalendar AMSTERDAM_24X7 = allDay("nl-24x7", AMSTERDAM);

    static BusinessCalendar allDay(String id, ZoneId zone) {
        BusinessCalendar.Builder b = BusinessCalendar.builder(id, zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            b.open(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        return b.build();
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    static Instant nl(String localDateTime) {
        return at(AMSTERDAM, localDateTime);
    }

    @Nested
    class TheGuidesPromises {

        @Test
        void aP1FiledFridayAt1630IsDueMondayAtNoon() {
            // 30 minutes on Friday, 3.5 hours on Monday from 08:30
            assertThat(OFFICE.plus(nl("2026-01-16T16:30"), Duration.ofHours(4))).isEqualTo(nl("2026-01-19T12:00"));
        }

        @Test
        void aCaseFiledOnKingsDayStartsTheNextWorkingMorning() {
            Instant filed = nl("2026-04-27T10:00"); // Monday, King's Day
            assertThat(OFFICE.isOpen(filed)).isFalse();
            assertThat(OFFICE.nextOpening(filed)).isEqualTo(nl("2026-04-28T08:30"));
            assertThat(OFFICE.plus(filed, Duration.ofHours(4))).isEqualTo(nl("2026-04-28T12:30"));
            assertThat(OFFICE.plus(filed, Duration.ZERO)).isEqualTo(nl("2026-04-28T08:30"));
        }

        @Test
        void aCaseFiledOnChristmasDayStartsAfterBoxingDayAndTheWeekend() {
            Instant filed = nl("2026-12-25T10:00"); // Friday; Saturday 26 is a holiday too
            assertThat(OFFICE.plus(filed, Duration.ofHours(1))).isEqualTo(nl("2026-12-28T09:30"));
        }

        @Test
        void aCaseFiledAtNightOrAtTheWeekendStartsAtTheNextOpening() {
            assertThat(OFFICE.plus(nl("2026-01-13T06:00"), Duration.ofHours(1))).isEqualTo(nl("2026-01-13T09:30"));
            assertThat(OFFICE.plus(nl("2026-01-13T17:00"), Duration.ofHours(1))).isEqualTo(nl("2026-01-14T09:30"));
            assertThat(OFFICE.plus(nl("2026-01-17T11:00"), Duration.ofHours(1))).isEqualTo(nl("2026-01-19T09:30"));
        }

        @Test
        void workingDayTargetsKeepTheTimeOfDay() {
            Instant filed = nl("2026-01-13T10:15"); // Tuesday
            assertThat(OFFICE.plusWorkingDays(filed, 0)).isEqualTo(filed);
            assertThat(OFFICE.plusWorkingDays(filed, 1)).isEqualTo(nl("2026-01-14T10:15"));
            assertThat(OFFICE.plusWorkingDays(filed, 3)).isEqualTo(nl("2026-01-16T10:15"));
            assertThat(OFFICE.plusWorkingDays(filed, 5)).isEqualTo(nl("2026-01-20T10:15"));
            assertThat(OFFICE.plusWorkingDays(filed, 10)).isEqualTo(nl("2026-01-27T10:15"));
            assertThat(OFFICE.plusWorkingDays(filed, 20)).isEqualTo(nl("2026-02-10T10:15"));
        }

        @Test
        void workingDaysSkipHolidays() {
            // Thursday 23 April + 3: Friday 24, (King's Day Monday 27), Tuesday 28, Wednesday 29
            assertThat(OFFICE.plusWorkingDays(nl("2026-04-23T10:00"), 3)).isEqualTo(nl("2026-04-29T10:00"));
        }

        @Test
        void aConsultancyRequestOverChristmasIsPickedUpWithinTenWorkingDays() {
            // Guide 003. Dec 21, 22, 23, 24 (open in the morning), 28, 29, 30, 31, Jan 4, Jan 5
            assertThat(OFFICE.plusWorkingDays(nl("2026-12-18T16:45"), 10)).isEqualTo(nl("2027-01-05T16:45"));
        }

        @Test
        void aWorkingDayTargetFiledOutOfHoursCountsFromTheNextOpening() {
            // Saturday -> Monday 08:30 -> Tuesday 08:30
            assertThat(OFFICE.plusWorkingDays(nl("2026-01-17T11:00"), 1)).isEqualTo(nl("2026-01-20T08:30"));
            // Monday 17:00 is closed (intervals end before their closing time) -> Tuesday 08:30 -> Wednesday
            assertThat(OFFICE.plusWorkingDays(nl("2026-01-19T17:00"), 1)).isEqualTo(nl("2026-01-21T08:30"));
        }

        @Test
        void aWorkingDayTargetThatLandsInAClosureMovesToTheNextOpening() {
            // Wednesday Dec 23 14:00 + 1 = Thursday Dec 24 14:00, closed from noon -> Monday Dec 28 08:30
            assertThat(OFFICE.plusWorkingDays(nl("2026-12-23T14:00"), 1)).isEqualTo(nl("2026-12-28T08:30"));
            // ... but the morning of Dec 24 counts as a working day
            assertThat(OFFICE.plusWorkingDays(nl("2026-12-23T10:00"), 1)).isEqualTo(nl("2026-12-24T10:00"));
        }

        @Test
        void aWorkingDayTargetWithAShorterFridayMovesToMonday() {
            BusinessCalendar shortFriday = BusinessCalendar.builder("short-friday", AMSTERDAM)
                    .open(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(17, 0))
                    .open(DayOfWeek.TUESDAY, LocalTime.of(8, 30), LocalTime.of(17, 0))
                    .open(DayOfWeek.WEDNESDAY, LocalTime.of(8, 30), LocalTime.of(17, 0))
                    .open(DayOfWeek.THURSDAY, LocalTime.of(8, 30), LocalTime.of(17, 0))
                    .open(DayOfWeek.FRIDAY, LocalTime.of(8, 30), LocalTime.of(15, 0))
                    .build();
            assertThat(shortFriday.plusWorkingDays(nl("2026-01-15T16:00"), 1)).isEqualTo(nl("2026-01-19T08:30"));
        }
    }

    @Nested
    class ClosingTimes {

        @Test
        void aDeadlineExactlyOnAClosingTimeStaysThere() {
            assertThat(OFFICE.plus(nl("2026-01-19T08:30"), Duration.ofMinutes(8 * 60 + 30))).isEqualTo(nl("2026-01-19T17:00"));
            assertThat(OFFICE.plus(nl("2026-01-19T08:30"), Duration.ofMinutes(8 * 60 + 31))).isEqualTo(nl("2026-01-20T08:31"));
            // a whole week of business time from Monday morning ends on Friday at 17:00, not next Monday
            assertThat(OFFICE.plus(nl("2026-01-19T08:30"), Duration.ofMinutes(5 * 510))).isEqualTo(nl("2026-01-23T17:00"));
            assertThat(OFFICE.plus(nl("2026-01-19T08:30"), Duration.ofMinutes(20 * 510))).isEqualTo(nl("2026-02-13T17:00"));
            // ... counted from the previous evening too
            assertThat(OFFICE.plus(nl("2026-01-18T20:00"), Duration.ofMinutes(10 * 510))).isEqualTo(nl("2026-01-30T17:00"));
        }

        @Test
        void aClockStartedAtClosingTimeStartsNextMorning() {
            assertThat(OFFICE.isOpen(nl("2026-01-19T17:00"))).isFalse();
            assertThat(OFFICE.isOpen(nl("2026-01-19T16:59:59.999999999"))).isTrue();
            assertThat(OFFICE.isOpen(nl("2026-01-19T08:30"))).isTrue();
            assertThat(OFFICE.isOpen(nl("2026-01-19T08:29:59.999999999"))).isFalse();
            assertThat(OFFICE.plus(nl("2026-01-19T17:00"), Duration.ZERO)).isEqualTo(nl("2026-01-20T08:30"));
        }

        @Test
        void nanosecondsCount() {
            Instant start = nl("2026-01-19T16:59:59.5");
            assertThat(OFFICE.plus(start, Duration.ofMillis(500))).isEqualTo(nl("2026-01-19T17:00"));
            assertThat(OFFICE.plus(start, Duration.ofMillis(600))).isEqualTo(nl("2026-01-20T08:30:00.1"));
            assertThat(OFFICE.between(start, nl("2026-01-20T08:30:00.25"))).isEqualTo(Duration.ofMillis(750));
        }
    }

    @Nested
    class LunchBreaksAndClosures {

        final BusinessCalendar lunch = BusinessCalendar.builder("lunch", AMSTERDAM)
                .openWeekdays(LocalTime.of(8, 30), LocalTime.NOON)
                .openWeekdays(LocalTime.of(12, 30), LocalTime.of(17, 0))
                .build();

        @Test
        void theLunchBreakDoesNotCount() {
            assertThat(lunch.plus(nl("2026-01-19T11:00"), Duration.ofHours(2))).isEqualTo(nl("2026-01-19T13:30"));
            assertThat(lunch.plus(nl("2026-01-19T11:00"), Duration.ofHours(1))).isEqualTo(nl("2026-01-19T12:00"));
            assertThat(lunch.between(nl("2026-01-19T08:00"), nl("2026-01-20T08:00"))).isEqualTo(Duration.ofHours(8));
        }

        @Test
        void aCaseFiledDuringLunchStartsAfterIt() {
            assertThat(lunch.isOpen(nl("2026-01-19T12:15"))).isFalse();
            assertThat(lunch.nextOpening(nl("2026-01-19T12:15"))).isEqualTo(nl("2026-01-19T12:30"));
            assertThat(lunch.plus(nl("2026-01-19T12:15"), Duration.ofMinutes(30))).isEqualTo(nl("2026-01-19T13:00"));
        }

        @Test
        void aPartialClosureOnChristmasEve() {
            // Thursday Dec 24 11:00 + 2h: one hour until noon, then Monday Dec 28 after the holidays
            assertThat(OFFICE.plus(nl("2026-12-24T11:00"), Duration.ofHours(2))).isEqualTo(nl("2026-12-28T09:30"));
            assertThat(OFFICE.between(nl("2026-12-24T00:00"), nl("2026-12-25T00:00"))).isEqualTo(Duration.ofMinutes(210));
        }

        @Test
        void aClosureInsideTheDaySplitsIt() {
            BusinessCalendar training = BusinessCalendar.builder("training", AMSTERDAM)
                    .openWeekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                    .closed(LocalDate.of(2026, 3, 11), LocalTime.of(10, 0), LocalTime.of(14, 0))
                    .build();
            assertThat(training.plus(nl("2026-03-11T09:30"), Duration.ofHours(1))).isEqualTo(nl("2026-03-11T14:30"));
            assertThat(training.between(nl("2026-03-11T00:00"), nl("2026-03-12T00:00"))).isEqualTo(Duration.ofHours(4));
        }

        @Test
        void touchingIntervalsAreOneOpening() {
            BusinessCalendar split = BusinessCalendar.builder("split", AMSTERDAM)
                    .open(MONDAY, LocalTime.of(9, 0), LocalTime.NOON)
                    .open(MONDAY, LocalTime.NOON, LocalTime.of(17, 0))
                    .build();
            assertThat(split.isOpen(nl("2026-01-19T12:00"))).isTrue();
            assertThat(split.plus(nl("2026-01-19T09:00"), Duration.ofHours(3))).isEqualTo(nl("2026-01-19T12:00"));
        }

        @Test
        void aHolidayOnAClosedDayChangesNothing() {
            BusinessCalendar withSunday = BusinessCalendar.builder("office-nl", AMSTERDAM)
                    .openWeekdays(LocalTime.of(8, 30), LocalTime.of(17, 0))
                    .holiday(LocalDate.of(2026, 1, 18)) // a Sunday
                    .build();
            BusinessCalendar without = BusinessCalendar.builder("office-nl", AMSTERDAM)
                    .openWeekdays(LocalTime.of(8, 30), LocalTime.of(17, 0))
                    .build();
            assertThat(withSunday).isEqualTo(without).hasSameHashCodeAs(without);
            assertThat(withSunday.plus(nl("2026-01-16T16:30"), Duration.ofHours(4))).isEqualTo(nl("2026-01-19T12:00"));
        }
    }

    @Nested
    class YearEnds {

        @Test
        void newYearsDayIsSkipped() {
            // Wednesday Dec 31 2025 15:00 + 4h: 2h on the 31st, Jan 1 is a holiday, 2h on Friday Jan 2
            assertThat(OFFICE.plus(nl("2025-12-31T15:00"), Duration.ofHours(4))).isEqualTo(nl("2026-01-02T10:30"));
            assertThat(OFFICE.plusWorkingDays(nl("2025-12-31T15:00"), 1)).isEqualTo(nl("2026-01-02T15:00"));
            assertThat(OFFICE.between(nl("2025-12-31T00:00"), nl("2026-01-03T00:00"))).isEqualTo(Duration.ofHours(17));
        }

        @Test
        void aTwentyFourSevenCalendarCrossesTheYearByPlainAddition() {
            BusinessCalendar always = BusinessCalendar.always("24x7");
            Instant eve = Instant.parse("2026-12-31T22:00:00Z");
            assertThat(always.plus(eve, Duration.ofHours(5))).isEqualTo(Instant.parse("2027-01-01T03:00:00Z"));
            assertThat(always.plusWorkingDays(eve, 1)).isEqualTo(Instant.parse("2027-01-01T22:00:00Z"));
            assertThat(always.between(eve, Instant.parse("2027-01-01T03:00:00Z"))).isEqualTo(Duration.ofHours(5));
            assertThat(always.zone()).isEqualTo(java.time.ZoneOffset.UTC);
            assertThat(always.id()).isEqualTo("24x7");
        }
    }

    @Nested
    class DaylightSaving {

        @Test
        void theSpringDayHas23HoursOnALocal24x7Calendar() {
            for (ZoneId zone : new ZoneId[] {AMSTERDAM, BRUSSELS}) {
                BusinessCalendar local = allDay("24x7-" + zone, zone);
                Instant sunday = at(zone, "2026-03-29T00:00");
                Instant monday = at(zone, "2026-03-30T00:00");
                assertThat(local.between(sunday, monday)).as(zone.getId()).isEqualTo(Duration.ofHours(23));
                assertThat(local.plus(sunday, Duration.ofHours(23))).as(zone.getId()).isEqualTo(monday);
                // Saturday noon + 24 real hours = Sunday 13:00 on the clock
                assertThat(local.plus(at(zone, "2026-03-28T12:00"), Duration.ofHours(24)))
                        .as(zone.getId()).isEqualTo(at(zone, "2026-03-29T13:00"));
                // every instant is open: plain addition across the change
                Instant t = Instant.parse("2026-03-28T20:17:03Z");
                assertThat(local.plus(t, Duration.ofHours(30))).isEqualTo(t.plus(Duration.ofHours(30)));
                assertThat(local.isOpen(Instant.parse("2026-03-29T01:00:00Z"))).isTrue();
            }
        }

        @Test
        void theAutumnDayHas25HoursOnALocal24x7Calendar() {
            for (ZoneId zone : new ZoneId[] {AMSTERDAM, BRUSSELS}) {
                BusinessCalendar local = allDay("24x7-" + zone, zone);
                Instant sunday = at(zone, "2026-10-25T00:00");
                Instant monday = at(zone, "2026-10-26T00:00");
                assertThat(local.between(sunday, monday)).as(zone.getId()).isEqualTo(Duration.ofHours(25));
                assertThat(local.plus(sunday, Duration.ofHours(24))).as(zone.getId()).isEqualTo(at(zone, "2026-10-25T23:00"));
                assertThat(local.plusWorkingDays(at(zone, "2026-10-24T12:00"), 1)).isEqualTo(at(zone, "2026-10-25T12:00"));
                assertThat(Duration.between(at(zone, "2026-10-24T12:00"), local.plusWorkingDays(at(zone, "2026-10-24T12:00"), 1)))
                        .isEqualTo(Duration.ofHours(25));
            }
        }

        @Test
        void aNightTimeChangeDoesNotChangeAnOfficeDay() {
            for (ZoneId zone : new ZoneId[] {AMSTERDAM, BRUSSELS}) {
                BusinessCalendar office = BusinessCalendar.builder("office", zone)
                        .openWeekdays(LocalTime.of(8, 30), LocalTime.of(17, 0))
                        .build();
                // spring: Friday 16:00 + 4h -> Monday 11:30 local (CEST now)
                assertThat(office.plus(at(zone, "2026-03-27T16:00"), Duration.ofHours(4))).isEqualTo(at(zone, "2026-03-30T11:30"));
                assertThat(office.between(at(zone, "2026-03-27T08:30"), at(zone, "2026-03-30T17:00"))).isEqualTo(Duration.ofHours(17));
                assertThat(office.plusWorkingDays(at(zone, "2026-03-27T10:00"), 1)).isEqualTo(at(zone, "2026-03-30T10:00"));
                // autumn: the same, the other way
                assertThat(office.plus(at(zone, "2026-10-23T16:00"), Duration.ofHours(4))).isEqualTo(at(zone, "2026-10-26T11:30"));
                assertThat(office.between(at(zone, "2026-10-23T08:30"), at(zone, "2026-10-26T17:00"))).isEqualTo(Duration.ofHours(17));
                assertThat(office.plusWorkingDays(at(zone, "2026-10-23T10:00"), 1)).isEqualTo(at(zone, "2026-10-26T10:00"));
            }
        }

        @Test
        void aWeekendShiftAcrossTheChangeCountsRealTime() {
            BusinessCalendar night = BusinessCalendar.builder("night", AMSTERDAM)
                    .open(SATURDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
                    .open(SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0))
                    .build();
            // Saturday 22:00 to Sunday 06:00 is 7 real hours in spring, 9 in autumn
            assertThat(night.between(nl("2026-03-28T00:00"), nl("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(7));
            assertThat(night.between(nl("2026-10-24T00:00"), nl("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(9));
            assertThat(night.plus(nl("2026-03-28T22:00"), Duration.ofHours(7))).isEqualTo(nl("2026-03-29T06:00"));
            assertThat(night.plus(nl("2026-10-24T22:00"), Duration.ofHours(9))).isEqualTo(nl("2026-10-25T06:00"));
            // 22:00 CEST is 20:00Z; six real hours later the clocks show 03:00 CET
            assertThat(night.plus(nl("2026-10-24T22:00"), Duration.ofHours(6))).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
            assertThat(night.plus(nl("2026-10-24T22:00"), Duration.ofHours(6))).isEqualTo(nl("2026-10-25T03:00"));
        }

        @Test
        void anOpeningTimeTheClocksSkipTakesEffectWhenTheyJump() {
            // 02:30 does not exist on 29 March 2026 in Amsterdam: at 02:00 the clocks show 03:00
            BusinessCalendar early = BusinessCalendar.builder("early", AMSTERDAM)
                    .open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0))
                    .build();
            assertThat(early.nextOpening(nl("2026-03-29T00:00"))).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
            assertThat(early.between(nl("2026-03-29T00:00"), nl("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(1));
            // 02:30 occurs twice on 25 October: the office opens at the first, closes at 04:00 CET
            assertThat(early.nextOpening(nl("2026-10-25T00:00"))).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
            assertThat(early.between(nl("2026-10-25T00:00"), nl("2026-10-26T00:00"))).isEqualTo(Duration.ofMinutes(150));
            // an interval the clocks skip entirely is not open that day
            BusinessCalendar skipped = BusinessCalendar.builder("skipped", AMSTERDAM)
                    .open(SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0))
                    .build();
            assertThat(skipped.between(nl("2026-03-29T00:00"), nl("2026-03-30T00:00"))).isEqualTo(Duration.ZERO);
            assertThat(skipped.nextOpening(nl("2026-03-29T00:00"))).isEqualTo(nl("2026-04-05T02:00"));
            assertThat(skipped.plusWorkingDays(nl("2026-03-22T02:00"), 1)).isEqualTo(nl("2026-04-05T02:00"));
        }

        @Test
        void aWorkingDayTargetAtASkippedLocalTimeStartsWhenTheClocksJump() {
            BusinessCalendar local = allDay("24x7-local", AMSTERDAM);
            // Saturday 02:30 + 1 working day: Sunday 02:30 does not exist; the clocks jump to 03:00
            assertThat(local.plusWorkingDays(nl("2026-03-28T02:30"), 1)).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        }

        @Test
        void farInThePastAndTheFutureToo() {
            // outside the zone table (1900-2200) the arithmetic asks the zone rules
            for (int year : new int[] {1899, 2026, 2199, 2200, 2250}) {
                LocalDate spring = LocalDate.of(year, 3, 31).with(java.time.temporal.TemporalAdjusters.previousOrSame(SUNDAY));
                Instant sunday = at(AMSTERDAM, spring + "T00:00");
                Instant monday = at(AMSTERDAM, spring.plusDays(1) + "T00:00");
                Duration expected = Duration.between(sunday, monday); // 23 hours from 1977 on
                assertThat(AMSTERDAM_24X7.between(sunday, monday)).as("%s", year).isEqualTo(expected);
                assertThat(AMSTERDAM_24X7.plus(sunday, expected)).as("%s", year).isEqualTo(monday);
                assertThat(OFFICE.plus(at(AMSTERDAM, spring.minusDays(2) + "T16:00"), Duration.ofHours(4)))
                        .as("%s", year).isEqualTo(at(AMSTERDAM, spring.plusDays(1) + "T11:30"));
            }
        }

        @Test
        void newYorkChangesOnOtherWeekends() {
            BusinessCalendar office = BusinessCalendar.builder("office-us", NEW_YORK)
                    .openWeekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                    .build();
            // 8 March 2026: clocks go forward in New York; Friday 16:00 + 2h = Monday 10:00 EDT
            assertThat(office.plus(at(NEW_YORK, "2026-03-06T16:00"), Duration.ofHours(2))).isEqualTo(at(NEW_YORK, "2026-03-09T10:00"));
            assertThat(allDay("us", NEW_YORK).between(at(NEW_YORK, "2026-03-08T00:00"), at(NEW_YORK, "2026-03-09T00:00")))
                    .isEqualTo(Duration.ofHours(23));
            assertThat(allDay("us", NEW_YORK).between(at(NEW_YORK, "2026-11-01T00:00"), at(NEW_YORK, "2026-11-02T00:00")))
                    .isEqualTo(Duration.ofHours(25));
        }

        @Test
        void aStartInTheRepeatedAutumnHourNeverGivesAnEarlierWorkingDayDeadline() {
            // 26 October 2025, Amsterdam: 03:00 CEST (01:00Z) becomes 02:00 CET, so 02:00-03:00 happens twice
            Instant firstPass = Instant.parse("2025-10-26T00:59:00Z"); // 02:59 CEST
            Instant secondPass = Instant.parse("2025-10-26T01:00:00Z"); // 02:00 CET, a minute later
            Instant after = Instant.parse("2025-10-26T02:00:00Z"); // 03:00 CET

            Instant fromFirst = AMSTERDAM_24X7.plusWorkingDays(firstPass, 21);
            Instant fromSecond = AMSTERDAM_24X7.plusWorkingDays(secondPass, 21);

            assertThat(fromFirst).isEqualTo(at(AMSTERDAM, "2025-11-16T02:59"));
            assertThat(fromSecond).isAfterOrEqualTo(fromFirst).isEqualTo(at(AMSTERDAM, "2025-11-16T03:00"));
            assertThat(AMSTERDAM_24X7.plusWorkingDays(after, 21)).isEqualTo(at(AMSTERDAM, "2025-11-16T03:00"));
            assertThat(AMSTERDAM_24X7.plusWorkingDays(after.plusSeconds(60), 21)).isEqualTo(at(AMSTERDAM, "2025-11-16T03:01"));
        }
    }

    @Nested
    class Between {

        @Test
        void countsOnlyOpenTime() {
            assertThat(OFFICE.between(nl("2026-01-16T16:30"), nl("2026-01-19T12:00"))).isEqualTo(Duration.ofHours(4));
            assertThat(OFFICE.between(nl("2026-01-19T00:00"), nl("2026-02-16T00:00"))).isEqualTo(Duration.ofMinutes(20 * 510));
            assertThat(OFFICE.between(nl("2026-01-17T00:00"), nl("2026-01-18T23:59"))).isEqualTo(Duration.ZERO);
        }

        @Test
        void isZeroWhenToIsNotAfterFrom() {
            assertThat(OFFICE.between(nl("2026-01-19T12:00"), nl("2026-01-19T12:00"))).isEqualTo(Duration.ZERO);
            assertThat(OFFICE.between(nl("2026-01-19T12:00"), nl("2026-01-19T10:00"))).isEqualTo(Duration.ZERO);
        }

        @Test
        void aYearOfOfficeHours() {
            // 2026 in the Netherlands: 261 weekdays, less 7 weekday holidays, less the afternoon of Dec 24
            assertThat(OFFICE.between(nl("2026-01-01T00:00"), nl("2027-01-01T00:00")))
                    .isEqualTo(Duration.ofMinutes((261 - 7) * 510L - 300));
        }
    }

    @Nested
    class Refusals {

        final BusinessCalendar.Builder builder = BusinessCalendar.builder("office", AMSTERDAM)
                .open(MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 30));

        @Test
        void overlappingIntervals() {
            assertThatThrownBy(() -> builder.open(MONDAY, LocalTime.NOON, LocalTime.of(14, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("open: MONDAY 12:00-14:00 overlaps MONDAY 08:30-12:30, already open");
            assertThatThrownBy(() -> builder.openWeekdays(LocalTime.of(7, 0), LocalTime.of(9, 0)))
                    .hasMessage("openWeekdays: MONDAY 07:00-09:00 overlaps MONDAY 08:30-12:30, already open");
            // a refused call changes nothing: Tuesday was not opened by the refused openWeekdays
            BusinessCalendar built = builder.build();
            assertThat(built.isOpen(nl("2026-01-20T08:00"))).isFalse();
            assertThat(built.isOpen(nl("2026-01-19T13:00"))).isFalse();
        }

        @Test
        void secondsAndNanos() {
            assertThatThrownBy(() -> builder.open(WEDNESDAY, LocalTime.of(8, 30, 15), LocalTime.of(17, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("open.from must be a whole minute (no seconds), was 08:30:15");
            assertThatThrownBy(() -> builder.open(WEDNESDAY, LocalTime.of(8, 30), LocalTime.of(17, 0, 0, 1)))
                    .hasMessage("open.to must be a whole minute (no seconds), was 17:00:00.000000001");
            assertThatThrownBy(() -> builder.closed(LocalDate.of(2026, 12, 24), LocalTime.of(12, 0, 30), LocalTime.MIDNIGHT))
                    .hasMessage("closed.from must be a whole minute (no seconds), was 12:00:30");
        }

        @Test
        void fromNotBeforeTo() {
            assertThatThrownBy(() -> builder.open(WEDNESDAY, LocalTime.of(17, 0), LocalTime.of(8, 30)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("open.from must be before open.to, was 17:00-08:30");
            assertThatThrownBy(() -> builder.openWeekdays(LocalTime.NOON, LocalTime.NOON))
                    .hasMessage("openWeekdays.from must be before openWeekdays.to, was 12:00-12:00");
            assertThatThrownBy(() -> builder.closed(LocalDate.of(2026, 12, 24), LocalTime.of(14, 0), LocalTime.NOON))
                    .hasMessage("closed.from must be before closed.to, was 14:00-12:00");
        }

        @Test
        void midnightAsTheEndIsTheEndOfTheDay() {
            BusinessCalendar late = builder.open(WEDNESDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT).build();
            assertThat(late.between(nl("2026-01-21T00:00"), nl("2026-01-22T00:00"))).isEqualTo(Duration.ofHours(2));
            assertThat(late.isOpen(nl("2026-01-21T23:59:59"))).isTrue();
            assertThat(late.isOpen(nl("2026-01-22T00:00"))).isFalse();
        }

        @Test
        void overlappingClosures() {
            builder.closed(LocalDate.of(2026, 12, 24), LocalTime.NOON, LocalTime.MIDNIGHT);
            assertThatThrownBy(() -> builder.holiday(LocalDate.of(2026, 12, 24)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("holiday: 2026-12-24 00:00-24:00 overlaps 2026-12-24 12:00-24:00, already closed");
            builder.holiday(LocalDate.of(2026, 12, 25));
            assertThatThrownBy(() -> builder.holiday(LocalDate.of(2026, 12, 25)))
                    .hasMessage("holiday: 2026-12-25 00:00-24:00 overlaps 2026-12-25 00:00-24:00, already closed");
            assertThatThrownBy(() -> builder.closed(LocalDate.of(2026, 12, 24), LocalTime.of(11, 0), LocalTime.of(13, 0)))
                    .hasMessage("closed: 2026-12-24 11:00-13:00 overlaps 2026-12-24 12:00-24:00, already closed");
            builder.closed(LocalDate.of(2026, 12, 24), LocalTime.of(11, 0), LocalTime.NOON); // touching is fine
        }

        @Test
        void aCalendarThatIsNeverOpen() {
            assertThatThrownBy(() -> BusinessCalendar.builder("closed", AMSTERDAM).holiday(LocalDate.of(2026, 1, 1)).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("calendar 'closed' is never open: give it opening hours with open(...) or openWeekdays(...)");
        }

        @Test
        void nullsAndBlankIdsAndNegativeAmounts() {
            assertThatThrownBy(() -> BusinessCalendar.builder(" ", AMSTERDAM)).hasMessage("id must not be blank");
            assertThatThrownBy(() -> builder.holiday(null)).isInstanceOf(NullPointerException.class).hasMessage("holiday.date");
            assertThatThrownBy(() -> OFFICE.plus(nl("2026-01-19T10:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("businessTime must not be negative, was PT-1M");
            assertThatThrownBy(() -> OFFICE.plusWorkingDays(nl("2026-01-19T10:00"), -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("days must be 0 or more, was -1");
        }
    }

    @Test
    void itTellsTheHoursAndClosuresItWasBuiltFrom() {
        BusinessCalendar calendar = BusinessCalendar.builder("lunch", ZoneId.of("Europe/Amsterdam"))
                .open(MONDAY, LocalTime.of(12, 30), LocalTime.of(17, 0))
                .open(MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 0))
                .open(WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))
                .open(WEDNESDAY, LocalTime.of(12, 0), LocalTime.MIDNIGHT)
                .holiday(LocalDate.parse("2026-12-25"))
                .closed(LocalDate.parse("2026-12-24"), LocalTime.of(15, 0), LocalTime.MIDNIGHT)
                .closed(LocalDate.parse("2026-12-24"), LocalTime.of(8, 0), LocalTime.of(9, 0))
                .build();

        assertThat(calendar.openingHours(MONDAY)).containsExactly(new BusinessCalendar.Interval(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                new BusinessCalendar.Interval(LocalTime.of(12, 30), LocalTime.of(17, 0)));
        assertThat(calendar.openingHours(WEDNESDAY)).as("touching intervals are one")
                .containsExactly(new BusinessCalendar.Interval(LocalTime.of(8, 0), LocalTime.MIDNIGHT));
        assertThat(calendar.openingHours(SUNDAY)).isEmpty();
        assertThat(calendar.closures()).containsOnlyKeys(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"));
        assertThat(calendar.closures().get(LocalDate.parse("2026-12-24"))).containsExactly(
                new BusinessCalendar.Interval(LocalTime.of(8, 0), LocalTime.of(9, 0)),
                new BusinessCalendar.Interval(LocalTime.of(15, 0), LocalTime.MIDNIGHT));
        assertThat(calendar.closures().get(LocalDate.parse("2026-12-25")))
                .containsExactly(new BusinessCalendar.Interval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }

    @Test
    void toStringNamesTheCalendar() {
        assertThat(OFFICE.toString()).isEqualTo("BusinessCalendar[office-nl, Europe/Amsterdam, MON 08:30-17:00, TUE 08:30-17:00,"
                + " WED 08:30-17:00, THU 08:30-17:00, FRI 08:30-17:00, closed 12 dates 2025-12-25..2027-01-01]");
    }
}
