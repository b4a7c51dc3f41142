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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the business-time arithmetic on generated calendars (office hours with and without a
 * lunch break, around-the-clock and odd days, night shifts, holidays and partial closures) in five
 * zones, at instants over six years with extra weight on daylight-saving weekends and year ends; and
 * a cross-check against a naive minute-by-minute reference ({@link CalendarModel}).
 */
class BusinessCalendarPropertyTest {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("Europe/Brussels"),
            ZoneId.of("America/New_York"), ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata"));
    static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST = LocalDate.of(2030, 12, 31);
    static final Instant START = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    static final Instant END = LAST.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Every daylight-saving change of Europe and New York in the range. */
    static final List<Instant> TRANSITIONS = transitions("Europe/Amsterdam", "America/New_York");
    /** The test zones and zones whose clocks change at midnight. */
    static final List<ZoneId> NIGHT_ZONES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/New_York"),
            ZoneId.of("America/Santiago"), ZoneId.of("Asia/Beirut"), ZoneId.of("America/Havana"));
    static final List<Instant> NIGHT_TRANSITIONS = transitions("Europe/Amsterdam", "America/New_York", "America/Santiago",
            "Asia/Beirut", "America/Havana");
    static final List<Instant> TRANSITIONS_AROUND_2200 = transitions(Instant.parse("2199-01-01T00:00:00Z"),
            Instant.parse("2201-12-31T00:00:00Z"), "Europe/Amsterdam", "America/New_York", "America/Santiago", "Asia/Beirut",
            "America/Havana");
    /** 30 business days of 8.5 hours, in minutes. */
    static final int THIRTY_DAYS = 30 * 510;
    static final int NAIVE_TRIES = 300;

    // ---- deadlines -------------------------------------------------------------------------

    @Property
    void theBusinessTimeUntilTheDeadlineIsTheTarget(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d) {
        BusinessCalendar calendar = model.build();
        Instant deadline = calendar.plus(t, d);
        assertThat(deadline).isAfterOrEqualTo(t);
        assertThat(calendar.between(t, deadline)).isEqualTo(d);
        Statistics.label("crosses a DST change").collect(crossesTransition(t, deadline));
    }

    @Property
    void theDeadlineIsInsideOpeningHoursOrExactlyAtAClosingTime(@ForAll("calendars") CalendarModel model,
            @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        BusinessCalendar calendar = model.build();
        Instant deadline = calendar.plus(t, d);
        if (d.isZero()) {
            assertThat(deadline).isEqualTo(calendar.nextOpening(t));
            assertThat(calendar.isOpen(deadline)).isTrue();
        } else {
            // the last nanosecond before the deadline was open: either the deadline is open too, or
            // it is the end of an open interval, a closing time, and it did not roll to the next opening
            assertThat(calendar.isOpen(deadline.minusNanos(1))).isTrue();
        }
        Statistics.label("ends at a closing time").collect(!calendar.isOpen(deadline));
    }

    /** Aims at closing times: the business time from t to a closing time leads back to that closing time. */
    @Property
    void aDeadlineExactlyOnAClosingTimeStaysThere(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll @IntRange(min = 0, max = 40) int daysLater, @ForAll @IntRange(min = 0, max = 3) int interval) {
        BusinessCalendar calendar = model.build();
        LocalDate date = LocalDate.ofInstant(t, model.zone()).plusDays(daysLater);
        List<int[]> hours = model.hours().get(date.getDayOfWeek().ordinal());
        Assume.that(!hours.isEmpty());
        Instant closing = model.first(date, hours.get(interval % hours.size())[1]);
        Duration d = calendar.between(t, closing);
        Assume.that(!d.isZero() && calendar.isOpen(closing.minusNanos(1)));
        assertThat(calendar.plus(t, d)).isEqualTo(closing);
        Statistics.label("closed at the closing time").collect(!calendar.isOpen(closing));
    }

    @Property
    void deadlinesAreMonotonicInTheStart(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll @LongRange(min = 0, max = 10 * 86_400_000_000_000L) long laterByNanos, @ForAll("durations") Duration d) {
        BusinessCalendar calendar = model.build();
        Instant later = t.plusNanos(laterByNanos);
        assertThat(calendar.plus(later, d)).isAfterOrEqualTo(calendar.plus(t, d));
    }

    @Property
    void deadlinesAreMonotonicInTheTarget(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d1, @ForAll("durations") Duration d2) {
        BusinessCalendar calendar = model.build();
        Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
        Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;
        assertThat(calendar.plus(t, longer)).isAfterOrEqualTo(calendar.plus(t, shorter));
    }

    @Property
    void addingBusinessTimeInTwoStepsGivesTheSameDeadline(@ForAll("calendars") CalendarModel model,
            @ForAll("instants") Instant t, @ForAll("durations") Duration d1, @ForAll("durations") Duration d2) {
        Assume.that(!d2.isZero()); // plus(closing time, 0) is the next opening, not the closing time
        BusinessCalendar calendar = model.build();
        assertThat(calendar.plus(calendar.plus(t, d1), d2)).isEqualTo(calendar.plus(t, d1.plus(d2)));
    }

    @Property
    void aHolidayNeverMakesADeadlineEarlier(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d, @ForAll @IntRange(min = -1, max = 20) int daysAfterStart) {
        LocalDate holiday = LocalDate.ofInstant(t, model.zone()).plusDays(daysAfterStart);
        BusinessCalendar with = model.withHoliday(holiday).build();
        BusinessCalendar without = model.build();
        Instant deadline = without.plus(t, d);
        Instant moved = with.plus(t, d);
        assertThat(moved).isAfterOrEqualTo(deadline);
        int days = (int) (d.toMinutes() % 31);
        assertThat(with.plusWorkingDays(t, days)).isAfterOrEqualTo(without.plusWorkingDays(t, days));
        Statistics.label("the holiday moved the deadline").collect(moved.isAfter(deadline));
    }

    /**
     * A pause (the SLA clock stopped from {@code pauseStart} to {@code pauseEnd}) is modelled as the
     * business time of the pause added to the target, recomputed from the start. It never makes a
     * deadline earlier, and if the pause began before the deadline it gives the same deadline as
     * resuming the clock at the end of the pause with the business time that was left.
     */
    @Property
    void aPauseNeverMakesADeadlineEarlier(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d, @ForAll @LongRange(min = 0, max = 20 * 86_400) long pauseAfter,
            @ForAll @LongRange(min = 0, max = 10 * 86_400) long pauseLength) {
        BusinessCalendar calendar = model.build();
        Instant pauseStart = t.plusSeconds(pauseAfter);
        Instant pauseEnd = pauseStart.plusSeconds(pauseLength);
        Instant deadline = calendar.plus(t, d);
        Instant paused = calendar.plus(t, d.plus(calendar.between(pauseStart, pauseEnd)));
        assertThat(paused).isAfterOrEqualTo(deadline);
        if (!d.isZero() && pauseStart.isBefore(deadline)) {
            Duration left = d.minus(calendar.between(t, pauseStart));
            assertThat(left).isPositive();
            assertThat(calendar.plus(pauseEnd, left)).isEqualTo(paused);
        }
    }

    @Property
    void onATwentyFourSevenCalendarADeadlineIsPlainAddition(@ForAll("zones") ZoneId zone, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d) {
        BusinessCalendar builtInZone = allDay(zone);
        for (BusinessCalendar calendar : List.of(BusinessCalendar.always("24x7"), builtInZone)) {
            assertThat(calendar.plus(t, d)).isEqualTo(t.plus(d));
            assertThat(calendar.between(t, t.plus(d))).isEqualTo(d);
            assertThat(calendar.isOpen(t)).isTrue();
            assertThat(calendar.nextOpening(t)).isEqualTo(t);
        }
    }

    // ---- openings and business time --------------------------------------------------------

    @Property
    void theNextOpeningIsOpenAndNothingBeforeItIs(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t) {
        BusinessCalendar calendar = model.build();
        Instant next = calendar.nextOpening(t);
        assertThat(next).isAfterOrEqualTo(t);
        assertThat(calendar.isOpen(next)).isTrue();
        assertThat(calendar.between(t, next)).isZero();
        if (next.equals(t)) {
            assertThat(calendar.isOpen(t)).isTrue();
        } else {
            assertThat(calendar.isOpen(t)).isFalse();
            assertThat(calendar.isOpen(next.minusNanos(1))).isFalse();
        }
    }

    @Property
    void businessTimeIsAdditive(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t1,
            @ForAll @LongRange(min = 0, max = 40 * 86_400_000_000_000L) long a,
            @ForAll @LongRange(min = 0, max = 40 * 86_400_000_000_000L) long b) {
        BusinessCalendar calendar = model.build();
        Instant t2 = t1.plusNanos(a);
        Instant t3 = t2.plusNanos(b);
        assertThat(calendar.between(t1, t3)).isEqualTo(calendar.between(t1, t2).plus(calendar.between(t2, t3)));
        assertThat(calendar.between(t1, t3)).isLessThanOrEqualTo(Duration.between(t1, t3));
        assertThat(calendar.between(t3, t1)).isZero();
    }

    // ---- working days ----------------------------------------------------------------------

    @Property
    void workingDayTargetsLandOnTheNthWorkingDayAtTheSameLocalTime(@ForAll("calendars") CalendarModel model,
            @ForAll("instants") Instant t, @ForAll @IntRange(min = 0, max = 30) int days) {
        BusinessCalendar calendar = model.build();
        Instant from = calendar.nextOpening(t);
        Instant result = calendar.plusWorkingDays(t, days);
        assertThat(result).isAfterOrEqualTo(from);
        assertThat(calendar.isOpen(result)).isTrue();
        // day by day: the n-th following date with any open time, the same local time, the next opening from there
        LocalDate date = LocalDate.ofInstant(from, model.zone());
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (calendar.between(model.first(date, 0), model.first(date, 1440)).compareTo(Duration.ZERO) > 0) {
                left--;
            }
        }
        Instant expected = days == 0 ? from
                : calendar.nextOpening(model.first(date.atTime(clockTime(from, model.zone()))));
        assertThat(result).isEqualTo(expected);
    }

    /**
     * The local time {@code t} counts from: its own, except in the second pass of an hour a clock
     * change repeats, where it is the time the clock was set back from.
     */
    private static LocalTime clockTime(Instant t, ZoneId zone) {
        ZonedDateTime at = ZonedDateTime.ofInstant(t, zone);
        if (!at.withEarlierOffsetAtOverlap().equals(at)) {
            return zone.getRules().getTransition(at.toLocalDateTime()).getDateTimeBefore().toLocalTime();
        }
        return at.toLocalTime();
    }

    @Property
    void workingDayTargetsAreMonotonic(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll @LongRange(min = 0, max = 10 * 86_400) long laterBySeconds,
            @ForAll @IntRange(min = 0, max = 30) int d1, @ForAll @IntRange(min = 0, max = 30) int d2) {
        BusinessCalendar calendar = model.build();
        assertThat(calendar.plusWorkingDays(t, Math.max(d1, d2))).isAfterOrEqualTo(calendar.plusWorkingDays(t, Math.min(d1, d2)));
        assertThat(calendar.plusWorkingDays(t.plusSeconds(laterBySeconds), d1)).isAfterOrEqualTo(calendar.plusWorkingDays(t, d1));
    }

    // ---- against the naive reference -------------------------------------------------------

    @Property(tries = 3 * NAIVE_TRIES)
    void isOpenAgreesWithTheNaiveReference(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t) {
        BusinessCalendar calendar = model.build();
        assertThat(calendar.isOpen(t)).isEqualTo(model.naiveIsOpen(t));
    }

    @Property(tries = NAIVE_TRIES)
    void nextOpeningAgreesWithTheNaiveReference(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t) {
        assertThat(model.build().nextOpening(t)).isEqualTo(model.naiveNextOpening(t));
    }

    @Property(tries = NAIVE_TRIES)
    void plusAgreesWithNaiveMinuteStepping(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll("shortDurations") Duration d) {
        assertThat(model.build().plus(t, d)).isEqualTo(model.naivePlus(t, d));
    }

    @Property(tries = NAIVE_TRIES)
    void betweenAgreesWithNaiveMinuteStepping(@ForAll("calendars") CalendarModel model, @ForAll("instants") Instant t,
            @ForAll @LongRange(min = 0, max = 4 * 86_400_000_000_000L) long spanNanos) {
        Instant to = t.plusNanos(spanNanos);
        assertThat(model.build().between(t, to)).isEqualTo(model.naiveBetween(t, to));
    }

    /** Long spans, where whole weeks are skipped, checked a week at a time with the naive reference. */
    @Property(tries = 60)
    void longDeadlinesAgreeWithTheNaiveReferenceWeekByWeek(@ForAll("calendars") CalendarModel model,
            @ForAll("instants") Instant t, @ForAll @IntRange(min = 0, max = THIRTY_DAYS) int minutes) {
        BusinessCalendar calendar = model.build();
        Duration d = Duration.ofMinutes(minutes);
        Instant deadline = calendar.plus(t, d);
        Duration naive = Duration.ZERO;
        for (Instant at = t; at.isBefore(deadline); at = at.plus(Duration.ofDays(7))) {
            Instant until = at.plus(Duration.ofDays(7)).isBefore(deadline) ? at.plus(Duration.ofDays(7)) : deadline;
            naive = naive.plus(model.naiveBetween(at, until));
        }
        assertThat(naive).isEqualTo(d);
        assertThat(d.isZero() ? model.naiveIsOpen(deadline) : model.naiveIsOpen(deadline.minusNanos(1))).isTrue();
    }

    /**
     * Night hours on the nights the clocks change, in the test zones and in zones that change at
     * midnight, where opening and closing times fall into the gap and the overlap.
     */
    @Property(tries = NAIVE_TRIES)
    void nightHoursAroundTheChangesAgreeWithTheNaiveReference(@ForAll("nightCalendars") CalendarModel model,
            @ForAll("instantsNearChanges") Instant t, @ForAll("nightDurations") Duration d,
            @ForAll @LongRange(min = 0, max = 2 * 86_400_000_000_000L) long spanNanos) {
        BusinessCalendar calendar = model.build();
        assertThat(calendar.isOpen(t)).isEqualTo(model.naiveIsOpen(t));
        assertThat(calendar.nextOpening(t)).isEqualTo(model.naiveNextOpening(t));
        assertThat(calendar.plus(t, d)).isEqualTo(model.naivePlus(t, d));
        assertThat(calendar.between(t, t.plusNanos(spanNanos))).isEqualTo(model.naiveBetween(t, t.plusNanos(spanNanos)));
        assertThat(calendar.between(t, calendar.plus(t, d))).isEqualTo(d);
    }

    /** Around 2200, where the zone table ends and the arithmetic falls back to the zone rules. */
    @Property(tries = NAIVE_TRIES / 3)
    void atTheEndOfTheZoneTableAgreesWithTheNaiveReference(@ForAll("nightCalendars") CalendarModel model,
            @ForAll("instantsAround2200") Instant t, @ForAll("nightDurations") Duration d) {
        BusinessCalendar calendar = model.build();
        assertThat(calendar.isOpen(t)).isEqualTo(model.naiveIsOpen(t));
        assertThat(calendar.plus(t, d)).isEqualTo(model.naivePlus(t, d));
        assertThat(calendar.between(t, t.plus(Duration.ofDays(1)))).isEqualTo(model.naiveBetween(t, t.plus(Duration.ofDays(1))));
    }

    // ---- generators ------------------------------------------------------------------------

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<CalendarModel> calendars() {
        Arbitrary<List<int[]>> weekday = Arbitraries.frequencyOf(List.of(
                Tuple.of(8, officeDay()), Tuple.of(2, Arbitraries.just(List.<int[]>of())), Tuple.of(2, oddDay())));
        Arbitrary<List<int[]>> weekend = Arbitraries.frequencyOf(List.of(
                Tuple.of(6, Arbitraries.just(List.<int[]>of())), Tuple.of(2, officeDay()), Tuple.of(2, oddDay())));
        Arbitrary<List<List<int[]>>> hours = Combinators.combine(weekday.list().ofSize(5), weekend.list().ofSize(2))
                .as((mondayToFriday, weekendDays) -> {
                    List<List<int[]>> all = new ArrayList<>(mondayToFriday);
                    all.addAll(weekendDays);
                    return all;
                })
                .filter(all -> openMinutes(all) >= 480); // at least 8 hours a week: the naive loops end soon
        Arbitrary<Set<LocalDate>> holidays = Combinators.combine(
                        dates().set().ofMaxSize(30),
                        Arbitraries.of(yearEndDates()).set().ofMaxSize(12))
                .as((random, yearEnd) -> {
                    Set<LocalDate> all = new TreeSet<>(random);
                    all.addAll(yearEnd);
                    return all;
                });
        Arbitrary<List<Map.Entry<LocalDate, int[]>>> closures = Combinators
                .combine(dates(), span(0, 1440))
                .as(Map::entry)
                .list().ofMaxSize(10);
        return Combinators.combine(zones(), hours, holidays, closures).as((zone, h, hol, clo) -> {
            Map<LocalDate, int[]> byDate = new LinkedHashMap<>();
            for (Map.Entry<LocalDate, int[]> e : clo) {
                if (!hol.contains(e.getKey())) {
                    byDate.putIfAbsent(e.getKey(), e.getValue());
                }
            }
            return new CalendarModel(zone, h, Collections.unmodifiableSet(hol), byDate);
        });
    }

    /** One interval, or two with a lunch break. */
    static Arbitrary<List<int[]>> officeDay() {
        Arbitrary<List<int[]>> single = Combinators.combine(Arbitraries.integers().between(360, 600),
                        Arbitraries.integers().between(900, 1200))
                .as((from, to) -> List.of(new int[] {from, to}));
        Arbitrary<List<int[]>> withLunch = Combinators.combine(Arbitraries.integers().between(360, 600),
                        Arbitraries.integers().between(660, 780), Arbitraries.integers().between(15, 90),
                        Arbitraries.integers().between(900, 1200))
                .as((from, lunch, length, to) -> List.of(new int[] {from, lunch}, new int[] {lunch + length, to}));
        return Arbitraries.oneOf(single, withLunch);
    }

    /** Around the clock, night edges, the hours the clocks change in, or two random intervals. */
    static Arbitrary<List<int[]>> oddDay() {
        Arbitrary<List<int[]>> allDay = Arbitraries.just(List.of(new int[] {0, 1440}));
        Arbitrary<List<int[]>> nightEdges = Combinators.combine(Arbitraries.integers().between(1, 600),
                        Arbitraries.integers().between(840, 1439))
                .as((morning, evening) -> List.of(new int[] {0, morning}, new int[] {evening, 1440}));
        Arbitrary<List<int[]>> aroundTheChange = span(0, 300).map(List::of);
        Arbitrary<List<int[]>> random = Arbitraries.integers().between(0, 1440).set().ofSize(4).map(set -> {
            List<Integer> m = new ArrayList<>(new TreeSet<>(set));
            return List.of(new int[] {m.get(0), m.get(1)}, new int[] {m.get(2), m.get(3)});
        });
        return Arbitraries.oneOf(allDay, nightEdges, aroundTheChange, random);
    }

    /** A non-empty [from, to) within [min, max] minutes. */
    static Arbitrary<int[]> span(int min, int max) {
        return Arbitraries.integers().between(min, max).set().ofSize(2).map(set -> {
            List<Integer> m = new ArrayList<>(new TreeSet<>(set));
            return new int[] {m.get(0), m.get(1)};
        });
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(-40, (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 60).map(d -> FIRST.plusDays(d));
    }

    static List<LocalDate> yearEndDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = 2024; year <= 2030; year++) {
            for (int day : new int[] {24, 25, 26, 31}) {
                dates.add(LocalDate.of(year, 12, day));
            }
            dates.add(LocalDate.of(year + 1, 1, 1));
            dates.add(LocalDate.of(year + 1, 1, 2));
        }
        return dates;
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> anySecond = Arbitraries.longs().between(START.getEpochSecond(), END.getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Instant> nearAChange = Combinators.combine(Arbitraries.of(TRANSITIONS),
                        Arbitraries.integers().between(-4 * 1440, 4 * 1440))
                .as((change, minutes) -> change.plusSeconds(60L * minutes));
        Arbitrary<Instant> nearAYearEnd = Combinators.combine(Arbitraries.integers().between(2025, 2029),
                        Arbitraries.integers().between(-12 * 1440, 10 * 1440))
                .as((year, minutes) -> LocalDate.of(year, 12, 31).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60L * minutes));
        Arbitrary<Instant> withNanos = Combinators.combine(Arbitraries.oneOf(anySecond, nearAChange),
                        Arbitraries.integers().between(1, 999_999_999))
                .as(Instant::plusNanos);
        return Arbitraries.frequencyOf(List.of(Tuple.of(3, anySecond), Tuple.of(3, nearAChange), Tuple.of(2, nearAYearEnd),
                Tuple.of(1, withNanos), Tuple.of(1, Arbitraries.of(TRANSITIONS))));
    }

    @Provide
    Arbitrary<CalendarModel> nightCalendars() {
        Arbitrary<List<int[]>> night = Arbitraries.frequencyOf(List.of(
                Tuple.of(4, span(0, 300).map(List::of)),
                Tuple.of(2, Combinators.combine(span(0, 150), span(150, 360)).as((a, b) -> a[1] <= b[0] ? List.of(a, b) : List.of(a))),
                Tuple.of(2, oddDay()),
                Tuple.of(1, Arbitraries.just(List.<int[]>of()))));
        Arbitrary<List<List<int[]>>> hours = night.list().ofSize(7).filter(all -> openMinutes(all) >= 240);
        Arbitrary<Set<LocalDate>> holidays = dates().set().ofMaxSize(20);
        return Combinators.combine(Arbitraries.of(NIGHT_ZONES), hours, holidays)
                .as((zone, h, hol) -> new CalendarModel(zone, h, hol, Map.of()));
    }

    @Provide
    Arbitrary<Instant> instantsNearChanges() {
        Arbitrary<Instant> minutes = Combinators.combine(Arbitraries.of(NIGHT_TRANSITIONS), Arbitraries.integers().between(-3 * 1440, 3 * 1440))
                .as((change, m) -> change.plusSeconds(60L * m));
        return Arbitraries.frequencyOf(List.of(Tuple.of(4, minutes), Tuple.of(1, Arbitraries.of(NIGHT_TRANSITIONS)),
                Tuple.of(1, Combinators.combine(minutes, Arbitraries.integers().between(1, 59_999_999)).as((i, n) -> i.plusNanos(1000L * n)))));
    }

    @Provide
    Arbitrary<Instant> instantsAround2200() {
        return Combinators.combine(Arbitraries.of(TRANSITIONS_AROUND_2200), Arbitraries.integers().between(-3 * 1440, 3 * 1440))
                .as((change, m) -> change.plusSeconds(60L * m));
    }

    /** From zero to 30 business days, mostly in whole minutes. */
    @Provide
    Arbitrary<Duration> durations() {
        Arbitrary<Duration> upToADay = Arbitraries.integers().between(1, 600).map(Duration::ofMinutes);
        Arbitrary<Duration> upToThirtyDays = Arbitraries.integers().between(0, THIRTY_DAYS).map(Duration::ofMinutes);
        Arbitrary<Duration> wholeDays = Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.of(480, 510, 1440))
                .as((days, perDay) -> Duration.ofMinutes((long) days * perDay));
        Arbitrary<Duration> withNanos = Combinators.combine(Arbitraries.integers().between(0, THIRTY_DAYS),
                        Arbitraries.longs().between(1, 59_999_999_999L))
                .as((minutes, nanos) -> Duration.ofMinutes(minutes).plusNanos(nanos));
        return Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.just(Duration.ZERO)), Tuple.of(4, upToADay),
                Tuple.of(4, upToThirtyDays), Tuple.of(1, wholeDays), Tuple.of(1, withNanos)));
    }

    /** Up to two hours, for night calendars (which may be open only four hours a week). */
    @Provide
    Arbitrary<Duration> nightDurations() {
        return Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(6, Arbitraries.integers().between(1, 120).map(Duration::ofMinutes)),
                Tuple.of(2, Arbitraries.longs().between(1, 120 * 60_000_000_000L).map(Duration::ofNanos))));
    }

    /** Up to three business days: small enough for minute stepping. */
    @Provide
    Arbitrary<Duration> shortDurations() {
        Arbitrary<Duration> minutes = Arbitraries.integers().between(0, 3 * 510).map(Duration::ofMinutes);
        Arbitrary<Duration> withNanos = Combinators.combine(Arbitraries.integers().between(0, 3 * 510),
                        Arbitraries.longs().between(1, 59_999_999_999L))
                .as((m, nanos) -> Duration.ofMinutes(m).plusNanos(nanos));
        return Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.just(Duration.ZERO)), Tuple.of(6, minutes),
                Tuple.of(2, withNanos)));
    }

    // ---- helpers ---------------------------------------------------------------------------

    static BusinessCalendar allDay(ZoneId zone) {
        BusinessCalendar.Builder b = BusinessCalendar.builder("24x7-" + zone, zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            b.open(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        return b.build();
    }

    static int openMinutes(List<List<int[]>> week) {
        return week.stream().flatMap(List::stream).mapToInt(span -> span[1] - span[0]).sum();
    }

    static List<Instant> transitions(String... zones) {
        return transitions(START, END, zones);
    }

    static List<Instant> transitions(Instant from, Instant to, String... zones) {
        List<Instant> all = new ArrayList<>();
        for (String id : zones) {
            ZoneOffsetTransition t = ZoneId.of(id).getRules().nextTransition(from);
            while (t != null && t.getInstant().isBefore(to)) {
                all.add(t.getInstant());
                t = ZoneId.of(id).getRules().nextTransition(t.getInstant());
            }
        }
        return List.copyOf(all);
    }

    static boolean crossesTransition(Instant from, Instant to) {
        return TRANSITIONS.stream().anyMatch(t -> !t.isBefore(from) && t.isBefore(to));
    }
}
