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

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * When a support desk is open, and the business-time arithmetic that SLA deadlines are made of: a
 * time zone, opening intervals per weekday (to the minute, several a day for lunch breaks), whole-day
 * holidays and partial-day closures. Immutable and thread-safe.
 *
 * <pre>{@code
 * BusinessCalendar office = BusinessCalendar.builder("office-nl", ZoneId.of("Europe/Amsterdam"))
 *         .openWeekdays(LocalTime.of(8, 30), LocalTime.of(17, 0))
 *         .holiday(LocalDate.of(2026, 4, 27))                                   // King's Day
 *         .closed(LocalDate.of(2026, 12, 24), LocalTime.of(12, 0), LocalTime.MIDNIGHT)
 *         .build();
 * Instant deadline = office.plus(filedAt, Duration.ofHours(4));    // Friday 16:30 -> Monday 12:00
 * }</pre>
 *
 * <h2>Time semantics</h2>
 *
 * <ul>
 *   <li>Every instant is a UTC {@link Instant}; opening hours, holidays and closures are local to
 *       {@link #zone()}. An opening interval {@code [from, to)} is open at {@code from} and closed at
 *       {@code to}; {@link LocalTime#MIDNIGHT} as {@code to} means the end of the day (24:00).
 *   <li>Business time is real elapsed time inside opening hours. A daylight-saving change at night
 *       does not change a 08:30-17:00 day; on a calendar open 00:00-24:00 in a zone with daylight
 *       saving, the day the clocks go forward has 23 open hours and the day they go back 25.
 *   <li>A local time means the first instant at which the zone's clock shows that time or a later
 *       one. For an ordinary time that is the one instant with that local time; for a time that
 *       occurs twice (the autumn overlap) it is the earlier occurrence, with the earlier offset; for
 *       a time the clocks skip (the spring gap) it is the moment the clocks jump, the end of the gap.
 *       This is {@link LocalDate#atStartOfDay(ZoneId)}'s rule for midnight, applied to every time; it
 *       is monotonic, so a day's intervals never overlap and never leave their day, and an office
 *       that opens at 02:30 local on the night the clocks jump from 02:00 to 03:00 opens at 03:00.
 *       (It differs from {@link ZonedDateTime#of}, which would move a skipped 02:30 to 03:30, only
 *       in the gap.)
 *   <li>An instant belongs to its local date, and is open if it lies in one of that date's intervals
 *       (the weekday's hours, less the date's holiday or closures).
 *   <li>A clock that starts out of hours starts at the next opening; a deadline that lands exactly on
 *       a closing time stays there (it does not roll to the next morning).
 * </ul>
 *
 * <h2>Cost</h2>
 *
 * The arithmetic works on whole days and weeks, never minute by minute: each weekday's intervals are
 * precomputed in seconds, a day is turned into instants with plain arithmetic while its zone offset
 * is constant (the zone's offset changes from 1900 to 2200 are kept in a shared table, searched once
 * per daylight-saving period a computation crosses, without allocating), and whole weeks
 * without a holiday, closure or offset change are skipped in one step. A deadline twenty business
 * days away costs about as much as one an hour away.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class BusinessCalendar {

    private static final int DAY = 86_400;
    /**
     * How far from a zone transition a day must be for plain offset arithmetic: more than any
     * difference between two UTC offsets (at most 36 hours), so no time of that day is ambiguous.
     */
    private static final long MARGIN = 2L * DAY;
    /** A bound on one jump in days, far beyond any date an {@link Instant} can hold a local date of. */
    private static final long MAX_JUMP_DAYS = 1L << 40;
    private static final int NANOS_PER_SECOND = 1_000_000_000;

    private final String id;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean fixedOffset;
    private final int fixedOffsetSeconds;
    /** The zone's offset changes as arrays (null for a fixed offset). */
    private final @Nullable ZoneTransitions transitions;
    /** Open at every instant: the arithmetic is plain addition. */
    private final boolean alwaysOpen;
    /** Per weekday (0 = Monday): [from, to, from, to, ...] in seconds of the day, sorted, disjoint, not touching. */
    private final int[][] weekly;
    private final long[] weeklyOpen;
    private final long weekOpen;
    private final int workingDaysPerWeek;
    /** The epoch days whose hours differ from their weekday's, ascending, with their hours and open seconds. */
    private final long[] specialDays;
    private final int[][] specialHours;
    private final long[] specialOpen;
    /** The longest day, in array slots. */
    private final int maxSlots;
    /** The definition as given, for {@link #toString()}. */
    private final NavigableMap<LocalDate, List<Span>> closures;

    private BusinessCalendar(Builder b) {
        this.id = b.id;
        this.zone = b.zone;
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset();
        this.fixedOffsetSeconds = fixedOffset ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
        this.transitions = fixedOffset ? null : ZoneTransitions.of(rules);
        this.weekly = new int[7][];
        this.weeklyOpen = new long[7];
        long week = 0;
        int working = 0;
        int slots = 2;
        for (int d = 0; d < 7; d++) {
            weekly[d] = merged(b.hours.get(d));
            weeklyOpen[d] = openSeconds(weekly[d]);
            week += weeklyOpen[d];
            working += weeklyOpen[d] > 0 ? 1 : 0;
            slots = Math.max(slots, weekly[d].length);
        }
        this.weekOpen = week;
        this.workingDaysPerWeek = working;
        this.closures = new TreeMap<>();
        b.closures.forEach((date, spans) -> closures.put(date, List.copyOf(spans)));
        List<Long> days = new ArrayList<>();
        List<int[]> hours = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Span>> e : closures.entrySet()) {
            long day = e.getKey().toEpochDay();
            int[] usual = weekly[dayOfWeek(day)];
            int[] actual = minus(usual, e.getValue());
            if (!Arrays.equals(actual, usual)) { // a holiday on a closed day changes nothing
                days.add(day);
                hours.add(actual);
            }
        }
        this.specialDays = days.stream().mapToLong(Long::longValue).toArray();
        this.specialHours = hours.toArray(new int[0][]);
        this.specialOpen = hours.stream().mapToLong(BusinessCalendar::openSeconds).toArray();
        for (int[] h : specialHours) {
            slots = Math.max(slots, h.length);
        }
        this.maxSlots = slots;
        this.alwaysOpen = fixedOffset && specialDays.length == 0 && weekOpen == 7L * DAY;
    }

    /**
     * Starts a calendar.
     *
     * @param id how definitions and SLA instances refer to the calendar, not blank
     * @param zone the zone its opening hours and holidays are local to
     * @return the builder; the calendar is closed until opening hours are given
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static Builder builder(String id, ZoneId zone) {
        return new Builder(id, zone);
    }

    /**
     * A calendar that is always open (24x7, in UTC): every deadline is plain addition.
     *
     * @param id how definitions and SLA instances refer to the calendar, not blank
     * @return the calendar
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static BusinessCalendar always(String id) {
        Builder b = builder(id, ZoneOffset.UTC);
        for (DayOfWeek day : DayOfWeek.values()) {
            b.open(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        return b.build();
    }

    /** {@return how definitions and SLA instances refer to the calendar} */
    public String id() {
        return id;
    }

    /** {@return the zone the opening hours, holidays and closures are local to} */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The weekly opening hours of a weekday, in order, with touching intervals joined into one; empty
     * if the desk is closed that day.
     *
     * @param day the weekday
     * @return its opening intervals
     */
    public List<Interval> openingHours(DayOfWeek day) {
        int[] hours = weekly[requireNonNull(day, "day").ordinal()];
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < hours.length; i += 2) {
            intervals.add(Interval.of(hours[i], hours[i + 1]));
        }
        return List.copyOf(intervals);
    }

    /**
     * The dates on which the desk closes all or part of the day, in date order, each with its closed
     * intervals in order as they were given: a holiday is closed from 00:00 to 24:00.
     *
     * @return the closures by date, unmodifiable
     */
    public NavigableMap<LocalDate, List<Interval>> closures() {
        NavigableMap<LocalDate, List<Interval>> result = new TreeMap<>();
        closures.forEach((date, spans) -> result.put(date, spans.stream().map(s -> Interval.of(s.from(), s.to())).toList()));
        return Collections.unmodifiableNavigableMap(result);
    }

    /**
     * An interval of local time within one day, to the minute.
     *
     * @param from where it starts
     * @param to where it ends; {@link LocalTime#MIDNIGHT} is the end of the day (24:00)
     */
    public record Interval(LocalTime from, LocalTime to) {
        /**
         * Checks the bounds.
         *
         * @param from where it starts
         * @param to where it ends
         */
        public Interval {
            requireNonNull(from, "from");
            requireNonNull(to, "to");
        }

        private static Interval of(int fromSecond, int toSecond) {
            return new Interval(LocalTime.ofSecondOfDay(fromSecond), toSecond == DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(toSecond));
        }
    }

    /**
     * Whether the desk is open at {@code t}; an interval is open at its start, closed at its end.
     *
     * @param t the instant
     * @return {@code true} if {@code t} lies in an opening interval of its local date
     */
    public boolean isOpen(Instant t) {
        requireNonNull(t, "t");
        if (alwaysOpen) {
            return true;
        }
        Walk w = new Walk();
        long sec = t.getEpochSecond();
        int n = w.fill(w.dayOf(sec));
        return contains(w.buf, n, sec);
    }

    /**
     * {@code t} itself if the desk is open then, otherwise the start of the next opening interval.
     *
     * @param t the instant
     * @return the first open instant at or after {@code t}
     */
    public Instant nextOpening(Instant t) {
        requireNonNull(t, "t");
        if (alwaysOpen) {
            return t;
        }
        Walk w = new Walk();
        long sec = t.getEpochSecond();
        long day = w.dayOf(sec);
        int n = w.fill(day);
        for (int i = 0; i < n; i += 2) {
            if (w.buf[i + 1] > sec) {
                return w.buf[i] <= sec ? t : Instant.ofEpochSecond(w.buf[i]);
            }
        }
        while (true) {
            day++;
            if (w.plain(day) && w.plainOpen(day) == 0) {
                continue;
            }
            if (w.fill(day) > 0) {
                return Instant.ofEpochSecond(w.buf[0]);
            }
        }
    }

    /**
     * The deadline: the instant at which exactly {@code businessTime} of open time has elapsed since
     * {@code start}. A clock that starts out of hours starts at the next opening, so a zero duration
     * gives {@link #nextOpening}{@code (start)}; a deadline that lands exactly on a closing time stays
     * there.
     *
     * @param businessTime zero or more
     * @param start when the clock starts
     * @return the deadline
     * @throws java.time.DateTimeException or {@link ArithmeticException} if the deadline does not fit
     *     in an {@link Instant}
     */
    public Instant plus(Instant start, Duration businessTime) {
        requireNonNull(start, "start");
        requireNonNull(businessTime, "businessTime");
        checkArgument(!businessTime.isNegative(), "businessTime must not be negative, was %s", businessTime);
        if (alwaysOpen) {
            return start.plus(businessTime);
        }
        Walk w = new Walk();
        long p = start.getEpochSecond();
        long rem = businessTime.getSeconds();
        int nano = businessTime.getNano();
        long day = w.dayOf(p);
        int n = w.fill(day);
        // Boundaries are whole seconds, so the second p lies wholly inside or outside an interval:
        // if inside, count from p and add the part of it before start to the budget.
        if (start.getNano() > 0 && contains(w.buf, n, p)) {
            nano += start.getNano();
            if (nano >= NANOS_PER_SECOND) {
                nano -= NANOS_PER_SECOND;
                rem = Math.addExact(rem, 1);
            }
        }
        boolean first = true;
        while (true) {
            if (!first) {
                if (w.plain(day)) {
                    long weeks = w.plainWeeks(day);
                    if (weeks > 0) {
                        // skip k weeks only if the deadline lies beyond them (a deadline exactly at the
                        // last closing of a week must stay there, so "beyond" is strict)
                        long k = Math.min(weeks, Math.floorDiv(nano == 0 ? rem - 1 : rem, weekOpen));
                        if (k > 0) {
                            rem -= k * weekOpen;
                            day += 7 * k;
                            continue;
                        }
                    }
                    long open = w.plainOpen(day);
                    if (rem > open || (rem == open && nano > 0)) {
                        rem -= open;
                        day++;
                        continue;
                    }
                }
                n = w.fill(day);
            }
            for (int i = 0; i < n; i += 2) {
                long a = w.buf[i];
                long b = w.buf[i + 1];
                if (b <= p) {
                    continue;
                }
                if (a < p) {
                    a = p;
                }
                long available = b - a;
                if (rem < available || (rem == available && nano == 0)) {
                    return Instant.ofEpochSecond(a + rem, nano);
                }
                rem -= available;
            }
            first = false;
            day++;
        }
    }

    /**
     * The same local time of day on the {@code days}-th working day after {@code start} (a working
     * day is a date with at least one opening), counted from {@link #nextOpening}{@code (start)}; if
     * the desk is closed at that moment (or the moment does not exist, in a daylight-saving gap), the
     * next opening after it. Zero days gives the next opening. A start in the hour that an autumn clock
     * change repeats counts from the end of that hour (its local time read on the clock before the
     * change), so that a later start never gives an earlier deadline.
     *
     * @param days zero or more
     * @param start when the clock starts
     * @return the deadline, an open instant
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Instant plusWorkingDays(Instant start, int days) {
        requireNonNull(start, "start");
        checkArgument(days >= 0, "days must be 0 or more, was %s", days);
        if (alwaysOpen) {
            return start.plus(days, ChronoUnit.DAYS);
        }
        Instant from = nextOpening(start);
        if (days == 0) {
            return from;
        }
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        Walk w = new Walk();
        long day = local.toLocalDate().toEpochDay() + 1;
        long left = days;
        while (true) {
            boolean working;
            if (w.plain(day)) {
                long weeks = w.plainWeeks(day);
                long k = weeks > 0 ? Math.min(weeks, (left - 1) / workingDaysPerWeek) : 0;
                if (k > 0) {
                    left -= k * workingDaysPerWeek;
                    day += 7 * k;
                    continue;
                }
                working = w.plainOpen(day) > 0;
            } else {
                working = w.fill(day) > 0;
            }
            if (working && --left == 0) {
                break;
            }
            day++;
        }
        return nextOpening(toInstant(LocalDateTime.of(LocalDate.ofEpochDay(day), timeOfDay(from))));
    }

    /**
     * The local time of day of {@code t}, except in the second pass of an hour that a clock change
     * repeats, where it is the time the clock showed when it was set back: the first pass already
     * used the repeated times, and reading them again would move deadlines backwards.
     */
    private LocalTime timeOfDay(Instant t) {
        ZoneOffsetTransition last = zone.getRules().previousTransition(t.plusNanos(1));
        if (last != null && last.isOverlap() && t.isBefore(last.getInstant().plus(last.getDuration().negated()))) {
            return last.getDateTimeBefore().toLocalTime();
        }
        return LocalTime.ofInstant(t, zone);
    }

    /**
     * The business (open) time in {@code [from, to)}; zero if {@code to} is not after {@code from}.
     *
     * @param from the start, included
     * @param to the end, excluded
     * @return the open time between them, zero or more
     */
    public Duration between(Instant from, Instant to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen) {
            return Duration.between(from, to);
        }
        Walk w = new Walk();
        long fs = from.getEpochSecond();
        long ts = to.getEpochSecond();
        long last = w.dayOf(ts);
        long day = w.dayOf(fs);
        long seconds = 0;
        long nanos = 0;
        int n = w.fill(day);
        // Count whole seconds in [fs, ts), then correct for the parts of the seconds fs and ts.
        if (from.getNano() > 0 && contains(w.buf, n, fs)) {
            nanos -= from.getNano();
        }
        boolean first = true;
        while (day <= last) {
            if (!first && day < last && w.plain(day)) {
                long weeks = Math.min(w.plainWeeks(day), (last - day) / 7);
                if (weeks > 0) {
                    seconds += weeks * weekOpen;
                    day += 7 * weeks;
                } else {
                    seconds += w.plainOpen(day);
                    day++;
                }
                continue;
            }
            if (!first) {
                n = w.fill(day);
            }
            for (int i = 0; i < n; i += 2) {
                long lo = Math.max(w.buf[i], fs);
                long hi = Math.min(w.buf[i + 1], ts);
                if (hi > lo) {
                    seconds += hi - lo;
                }
            }
            if (day == last && to.getNano() > 0 && contains(w.buf, n, ts)) {
                nanos += to.getNano();
            }
            first = false;
            day++;
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof BusinessCalendar c
                && id.equals(c.id)
                && zone.equals(c.zone)
                && Arrays.deepEquals(weekly, c.weekly)
                && Arrays.equals(specialDays, c.specialDays)
                && Arrays.deepEquals(specialHours, c.specialHours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, zone, Arrays.deepHashCode(weekly), Arrays.hashCode(specialDays));
    }

    /** The id, the zone, the weekly hours and the closed dates. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("BusinessCalendar[").append(id).append(", ").append(zone);
        for (DayOfWeek d : DayOfWeek.values()) {
            int[] h = weekly[d.ordinal()];
            if (h.length > 0) {
                s.append(", ").append(d.name(), 0, 3);
                for (int i = 0; i < h.length; i += 2) {
                    s.append(' ').append(new Span(h[i], h[i + 1]));
                }
            }
        }
        if (!closures.isEmpty()) {
            s.append(", closed ").append(closures.size()).append(closures.size() == 1 ? " date" : " dates")
                    .append(' ').append(closures.firstKey()).append("..").append(closures.lastKey());
        }
        return s.append(']').toString();
    }

    // ---------------------------------------------------------------------------------------------

    /** The first instant at which the zone's clock shows {@code local} or a later time (see the class doc). */
    private Instant toInstant(LocalDateTime local) {
        ZoneOffsetTransition t = rules.getTransition(local);
        if (t == null) {
            return local.toInstant(rules.getOffset(local));
        }
        return t.isGap() ? t.getInstant() : local.toInstant(t.getOffsetBefore());
    }

    private long toEpochSecond(long epochDay, int secondOfDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return secondOfDay == DAY
                ? toInstant(date.plusDays(1).atStartOfDay()).getEpochSecond()
                : toInstant(date.atTime(LocalTime.ofSecondOfDay(secondOfDay))).getEpochSecond();
    }

    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L); // 1970-01-01 was a Thursday; 0 = Monday
    }

    /** The local hours of a date: its own if it is special, else its weekday's. */
    private int[] localHours(long day) {
        int i = specialDays.length == 0 ? -1 : Arrays.binarySearch(specialDays, day);
        return i >= 0 ? specialHours[i] : weekly[dayOfWeek(day)];
    }

    private long nextSpecialDay(long day) {
        if (specialDays.length == 0) {
            return Long.MAX_VALUE;
        }
        int i = Arrays.binarySearch(specialDays, day);
        if (i < 0) {
            i = -i - 1;
        }
        return i < specialDays.length ? specialDays[i] : Long.MAX_VALUE;
    }

    private static boolean contains(long[] intervals, int n, long sec) {
        for (int i = 0; i < n; i += 2) {
            if (intervals[i] <= sec && sec < intervals[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static long openSeconds(int[] hours) {
        long sum = 0;
        for (int i = 0; i < hours.length; i += 2) {
            sum += hours[i + 1] - hours[i];
        }
        return sum;
    }

    /** Sorted spans as [from, to, ...], touching spans joined. */
    private static int[] merged(List<Span> spans) {
        int[] out = new int[spans.size() * 2];
        int n = 0;
        for (Span s : spans) {
            if (n > 0 && out[n - 1] == s.from()) {
                out[n - 1] = s.to();
            } else {
                out[n++] = s.from();
                out[n++] = s.to();
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The hours less the (sorted, disjoint) closed spans. */
    private static int[] minus(int[] hours, List<Span> closed) {
        int[] out = new int[hours.length + 2 * closed.size()];
        int n = 0;
        for (int i = 0; i < hours.length; i += 2) {
            int a = hours[i];
            int b = hours[i + 1];
            for (Span c : closed) {
                if (c.to() <= a || c.from() >= b) {
                    continue;
                }
                if (c.from() > a) {
                    out[n++] = a;
                    out[n++] = c.from();
                }
                a = Math.max(a, c.to());
                if (a >= b) {
                    break;
                }
            }
            if (a < b) {
                out[n++] = a;
                out[n++] = b;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * One computation's walk over local days: knows the zone offset of the current daylight-saving
     * period, which days lie far enough inside it for plain arithmetic, and holds a buffer for one
     * day's intervals as epoch seconds. Not thread-safe; one per call.
     */
    private final class Walk {
        final long[] buf = new long[maxSlots];
        /** The offset, in seconds, in [periodFrom, periodTo). */
        private long off;
        private long periodFrom;
        private long periodTo;
        /** The days in [firstPlain, lastPlain] have the offset {@code off} all day and well around it. */
        private long firstPlain;
        private long lastPlain;

        Walk() {
            if (fixedOffset) {
                off = fixedOffsetSeconds;
                periodFrom = Long.MIN_VALUE;
                periodTo = Long.MAX_VALUE;
                firstPlain = Long.MIN_VALUE;
                lastPlain = Long.MAX_VALUE;
            } else {
                periodFrom = 1;
                periodTo = 0;
                firstPlain = 1;
                lastPlain = 0;
            }
        }

        /** The local date (epoch day) of an instant. */
        long dayOf(long sec) {
            if (sec < periodFrom || sec >= periodTo) {
                period(sec);
            }
            return Math.floorDiv(sec + off, DAY);
        }

        /** Whether the offset is constant for two days around the day, so that local time is UTC + offset. */
        boolean plain(long day) {
            if (day >= firstPlain && day <= lastPlain) {
                return true;
            }
            period(day * DAY); // if the day is plain at all, it is so in the period of its UTC midnight
            return day >= firstPlain && day <= lastPlain;
        }

        /** Finds the offset period holding the instant: in the zone's table, or from the rules outside it. */
        private void period(long sec) {
            ZoneTransitions table = requireNonNull(transitions);
            if (table.covers(sec)) {
                int i = table.period(sec);
                off = table.offset(i);
                periodFrom = table.start(i);
                periodTo = table.end(i);
            } else {
                Instant t = Instant.ofEpochSecond(sec);
                ZoneOffsetTransition previous = rules.previousTransition(t.plusSeconds(1)); // at or before t
                ZoneOffsetTransition next = rules.nextTransition(t); // after t
                off = rules.getOffset(t).getTotalSeconds();
                periodFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
                periodTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            }
            // plain: [day * DAY - off - MARGIN, (day + 1) * DAY - off + MARGIN] inside [periodFrom, periodTo)
            firstPlain = periodFrom == Long.MIN_VALUE ? Long.MIN_VALUE : -Math.floorDiv(-(periodFrom + off + MARGIN), DAY);
            lastPlain = periodTo == Long.MAX_VALUE ? Long.MAX_VALUE : Math.floorDiv(periodTo - 1 + off - MARGIN, DAY) - 1;
        }

        /** The open seconds of a plain day. */
        long plainOpen(long day) {
            int i = specialDays.length == 0 ? -1 : Arrays.binarySearch(specialDays, day);
            return i >= 0 ? specialOpen[i] : weeklyOpen[dayOfWeek(day)];
        }

        /** How many whole weeks from a plain day on are plain and have no special day. */
        long plainWeeks(long day) {
            long limit = Math.min(Math.min(lastPlain, nextSpecialDay(day) - 1), day + MAX_JUMP_DAYS);
            return limit < day ? 0 : (limit - day + 1) / 7;
        }

        /** Writes the day's open intervals, as epoch seconds, to {@link #buf}; returns the slots used. */
        int fill(long day) {
            int[] local = localHours(day);
            if (plain(day)) {
                long base = day * DAY - off;
                for (int i = 0; i < local.length; i++) {
                    buf[i] = base + local[i];
                }
                return local.length;
            }
            // Near a transition: resolve each time on its own, from the zone's table (or its rules
            // outside the table). The mapping is monotonic, so the intervals stay sorted; an interval
            // wholly inside a gap becomes empty.
            ZoneTransitions table = requireNonNull(transitions);
            long midnight = day * DAY;
            boolean tabled = table.coversLocal(midnight) && table.coversLocal(midnight + DAY);
            int n = 0;
            for (int i = 0; i < local.length; i += 2) {
                long a = tabled ? table.firstAtOrAfter(midnight + local[i]) : toEpochSecond(day, local[i]);
                long b = tabled ? table.firstAtOrAfter(midnight + local[i + 1]) : toEpochSecond(day, local[i + 1]);
                if (b <= a) {
                    continue;
                }
                if (n > 0 && buf[n - 1] >= a) {
                    buf[n - 1] = b;
                } else {
                    buf[n++] = a;
                    buf[n++] = b;
                }
            }
            return n;
        }
    }

    /** A local time range in seconds of the day; {@code to} may be 86400 (24:00). */
    private record Span(int from, int to) {
        boolean overlaps(Span other) {
            return from < other.to && other.from < to;
        }

        @Override
        public String toString() {
            return hhmm(from) + "-" + hhmm(to);
        }

        private static String hhmm(int second) {
            return String.format(Locale.ROOT, "%02d:%02d", second / 3600, second % 3600 / 60);
        }
    }

    /**
     * Collects a calendar's opening hours, holidays and closures. Each method checks its arguments at
     * once and names the field and the rule it breaks; a refused call changes nothing. Times are
     * whole minutes; {@link LocalTime#MIDNIGHT} as an end means 24:00. Fed from a parsed definition,
     * {@code LocalTime.parse("08:30")} and {@code LocalDate.parse("2026-12-25")} do. Not thread-safe.
     */
    public static final class Builder {
        private static final List<DayOfWeek> WEEKDAYS = List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

        private final String id;
        private final ZoneId zone;
        /** Per weekday (0 = Monday), sorted by start. */
        private final List<List<Span>> hours = new ArrayList<>();
        /** Per date, sorted by start. */
        private final NavigableMap<LocalDate, List<Span>> closures = new TreeMap<>();

        private Builder(String id, ZoneId zone) {
            requireNonNull(id, "id");
            requireNonNull(zone, "zone");
            checkArgument(!id.isBlank(), "id must not be blank");
            this.id = id;
            this.zone = zone;
            for (int i = 0; i < 7; i++) {
                hours.add(new ArrayList<>());
            }
        }

        /**
         * Opens the desk on a weekday from {@code from} to {@code to} (a whole minute each; to
         * {@link LocalTime#MIDNIGHT} means to the end of the day). Call it again for a second interval
         * on the same day (a lunch break is the gap between two); intervals may touch but not overlap.
         *
         * @param day the weekday
         * @param from the opening time, a whole minute
         * @param to the closing time, a whole minute after {@code from}, or midnight for 24:00
         * @return this builder
         * @throws IllegalArgumentException if a time is not a whole minute, {@code to} is not after {@code
         *     from}, or the interval overlaps one given before
         */
        public Builder open(DayOfWeek day, LocalTime from, LocalTime to) {
            requireNonNull(day, "open.day");
            Span span = span("open", from, to);
            checkOpening("open", day, span);
            insert(hours.get(day.ordinal()), span);
            return this;
        }

        /**
         * {@link #open} from Monday to Friday.
         *
         * @param from the opening time, a whole minute
         * @param to the closing time, a whole minute after {@code from}, or midnight for 24:00
         * @return this builder
         * @throws IllegalArgumentException as {@link #open} does, for any of the five days
         */
        public Builder openWeekdays(LocalTime from, LocalTime to) {
            Span span = span("openWeekdays", from, to);
            WEEKDAYS.forEach(day -> checkOpening("openWeekdays", day, span));
            WEEKDAYS.forEach(day -> insert(hours.get(day.ordinal()), span));
            return this;
        }

        /**
         * Closes the desk all day on a date.
         *
         * @param date the date, local to the calendar's zone
         * @return this builder
         * @throws IllegalArgumentException if the date already has a closure
         */
        public Builder holiday(LocalDate date) {
            requireNonNull(date, "holiday.date");
            return close("holiday", date, new Span(0, DAY));
        }

        /**
         * Closes the desk on a date from {@code from} to {@code to}, e.g. on December 24 from 12:00 to
         * {@link LocalTime#MIDNIGHT}; closures on one date may touch but not overlap.
         *
         * @param date the date, local to the calendar's zone
         * @param from the start of the closure, a whole minute
         * @param to the end, a whole minute after {@code from}, or midnight for 24:00
         * @return this builder
         * @throws IllegalArgumentException if a time is not a whole minute, {@code to} is not after {@code
         *     from}, or the closure overlaps one given before on that date
         */
        public Builder closed(LocalDate date, LocalTime from, LocalTime to) {
            requireNonNull(date, "closed.date");
            return close("closed", date, span("closed", from, to));
        }

        /**
         * Builds the calendar.
         *
         * @throws IllegalStateException if it has no opening hours at all (it would never be open)
         * @return the calendar
         */
        public BusinessCalendar build() {
            checkState(hours.stream().anyMatch(h -> !h.isEmpty()),
                    "calendar '%s' is never open: give it opening hours with open(...) or openWeekdays(...)", id);
            return new BusinessCalendar(this);
        }

        private Builder close(String field, LocalDate date, Span span) {
            List<Span> spans = closures.getOrDefault(date, List.of());
            for (Span s : spans) {
                checkArgument(!s.overlaps(span), "%s: %s %s overlaps %s %s, already closed", field, date, span, date, s);
            }
            insert(closures.computeIfAbsent(date, d -> new ArrayList<>()), span);
            return this;
        }

        private void checkOpening(String field, DayOfWeek day, Span span) {
            for (Span s : hours.get(day.ordinal())) {
                checkArgument(!s.overlaps(span), "%s: %s %s overlaps %s %s, already open", field, day, span, day, s);
            }
        }

        private static void insert(List<Span> spans, Span span) {
            int i = 0;
            while (i < spans.size() && spans.get(i).from() < span.from()) {
                i++;
            }
            spans.add(i, span);
        }

        private static Span span(String field, LocalTime from, LocalTime to) {
            requireNonNull(from, field + ".from");
            requireNonNull(to, field + ".to");
            checkArgument(from.getSecond() == 0 && from.getNano() == 0,
                    "%s.from must be a whole minute (no seconds), was %s", field, from);
            checkArgument(to.getSecond() == 0 && to.getNano() == 0,
                    "%s.to must be a whole minute (no seconds), was %s", field, to);
            int f = from.toSecondOfDay();
            int t = to.equals(LocalTime.MIDNIGHT) ? DAY : to.toSecondOfDay();
            checkArgument(f < t, "%s.from must be before %s.to, was %s-%s", field, field, from, to);
            return new Span(f, t);
        }
    }
}
