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

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A calendar as plain data, for the properties: builds the {@link BusinessCalendar} under test and
 * answers the same questions the naive way, minute by minute, straight from the definition of the
 * time semantics. Every time here is in minutes of the local day (0-1440).
 *
 * @param zone the zone
 * @param hours per weekday (index 0 = Monday), the opening intervals [from, to), sorted, not overlapping
 * @param holidays dates closed all day
 * @param closures dates closed for part of the day, [from, to) (never on a holiday)
 */
record CalendarModel(ZoneId zone, List<List<int[]>> hours, Set<LocalDate> holidays, Map<LocalDate, int[]> closures) {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** The naive loops give up after this much real time, so a wrong answer fails instead of hanging. */
    private static final Duration GIVE_UP = Duration.ofDays(400);

    BusinessCalendar build() {
        BusinessCalendar.Builder b = BusinessCalendar.builder("model", zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int[] span : hours.get(day.ordinal())) {
                b.open(day, time(span[0]), time(span[1]));
            }
        }
        holidays.forEach(b::holiday);
        closures.forEach((date, span) -> b.closed(date, time(span[0]), time(span[1])));
        return b.build();
    }

    /** This calendar with one more holiday (replacing a closure on that date). */
    CalendarModel withHoliday(LocalDate date) {
        Set<LocalDate> h = new TreeSet<>(holidays);
        h.add(date);
        Map<LocalDate, int[]> c = new TreeMap<>(closures);
        c.remove(date);
        return new CalendarModel(zone, hours, h, c);
    }

    private static LocalTime time(int minute) {
        return minute == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    // ---- the naive reference ---------------------------------------------------------------

    /** The first instant at which the clock shows the local time or later: a skipped time is the jump. */
    Instant first(LocalDate date, int minute) {
        LocalDateTime local = minute == 1440 ? date.plusDays(1).atStartOfDay() : date.atTime(time(minute));
        return first(local);
    }

    Instant first(LocalDateTime local) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant(); // null: the earlier offset in an overlap
    }

    /** Open if inside one of the intervals of its own local date, less the date's holiday or closure. */
    boolean naiveIsOpen(Instant t) {
        LocalDate date = LocalDate.ofInstant(t, zone);
        if (holidays.contains(date)) {
            return false;
        }
        int[] closure = closures.get(date);
        if (closure != null && inside(t, date, closure)) {
            return false;
        }
        for (int[] span : hours.get(date.getDayOfWeek().ordinal())) {
            if (inside(t, date, span)) {
                return true;
            }
        }
        return false;
    }

    private boolean inside(Instant t, LocalDate date, int[] span) {
        return !t.isBefore(first(date, span[0])) && t.isBefore(first(date, span[1]));
    }

    /** The next whole UTC minute after t; every boundary in the test zones is a whole minute. */
    private static Instant nextMinute(Instant t) {
        return t.truncatedTo(ChronoUnit.MINUTES).plus(MINUTE);
    }

    Instant naiveNextOpening(Instant t) {
        Instant limit = t.plus(GIVE_UP);
        Instant at = t;
        while (!naiveIsOpen(at)) {
            at = nextMinute(at);
            if (at.isAfter(limit)) {
                throw new AssertionError("never open after " + t);
            }
        }
        return at;
    }

    /** Steps minute by minute, counting the open ones. */
    Instant naivePlus(Instant start, Duration businessTime) {
        Instant limit = start.plus(GIVE_UP);
        Instant t = start;
        Duration left = businessTime;
        while (true) {
            Instant next = nextMinute(t);
            if (naiveIsOpen(t)) {
                Duration chunk = Duration.between(t, next);
                if (left.compareTo(chunk) <= 0) {
                    return t.plus(left);
                }
                left = left.minus(chunk);
            }
            t = next;
            if (t.isAfter(limit)) {
                throw new AssertionError("no deadline within " + GIVE_UP);
            }
        }
    }

    Duration naiveBetween(Instant from, Instant to) {
        Duration sum = Duration.ZERO;
        Instant t = from;
        while (t.isBefore(to)) {
            Instant next = nextMinute(t);
            if (next.isAfter(to)) {
                next = to;
            }
            if (naiveIsOpen(t)) {
                sum = sum.plus(Duration.between(t, next));
            }
            t = next;
        }
        return sum;
    }

    /** The intervals of every weekday, for messages. */
    @Override
    public String toString() {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            StringBuilder s = new StringBuilder(day.name().substring(0, 3));
            for (int[] span : hours.get(day.ordinal())) {
                s.append(' ').append(time(span[0])).append('-').append(span[1] == 1440 ? "24:00" : time(span[1]).toString());
            }
            days.add(s.toString());
        }
        List<String> closed = new ArrayList<>();
        closures.forEach((d, s) -> closed.add(d + " " + time(s[0]) + "-" + (s[1] == 1440 ? "24:00" : time(s[1]).toString())));
        return "CalendarModel[" + zone + ", " + days + ", holidays " + new TreeSet<>(holidays) + ", closures " + closed + "]";
    }
}
