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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A zone's offset changes from 1900 to 2200 as two arrays, so that the business-time arithmetic
 * finds the offset period of an instant with a binary search instead of {@link ZoneRules} calls that
 * allocate. One table per distinct {@link ZoneRules}, made on first use and shared. Immutable and
 * thread-safe.
 */
final class ZoneTransitions {

    private static final long FROM = LocalDate.of(1900, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final long TO = LocalDate.of(2200, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final ConcurrentMap<ZoneRules, ZoneTransitions> TABLES = new ConcurrentHashMap<>();
    /** No UTC offset is larger (ZoneOffset's own limit). */
    static final long MAX_OFFSET = 18 * 3600;

    /** starts[i] is the first second with offsets[i]; starts[0] may be Long.MIN_VALUE (no earlier change). */
    private final long[] starts;
    private final int[] offsets;
    /** The first change after the table (Long.MAX_VALUE if none): the last period ends there. */
    private final long end;

    private ZoneTransitions(long[] starts, int[] offsets, long end) {
        this.starts = starts;
        this.offsets = offsets;
        this.end = end;
    }

    static ZoneTransitions of(ZoneRules rules) {
        return TABLES.computeIfAbsent(rules, ZoneTransitions::compute);
    }

    private static ZoneTransitions compute(ZoneRules rules) {
        List<Long> starts = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        ZoneOffsetTransition before = rules.previousTransition(Instant.ofEpochSecond(FROM + 1)); // at or before FROM
        starts.add(before == null ? Long.MIN_VALUE : before.toEpochSecond());
        offsets.add(rules.getOffset(Instant.ofEpochSecond(FROM)).getTotalSeconds());
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(FROM));
        while (t != null && t.toEpochSecond() < TO) {
            starts.add(t.toEpochSecond());
            offsets.add(t.getOffsetAfter().getTotalSeconds());
            t = rules.nextTransition(t.getInstant());
        }
        return new ZoneTransitions(starts.stream().mapToLong(Long::longValue).toArray(),
                offsets.stream().mapToInt(Integer::intValue).toArray(), t == null ? Long.MAX_VALUE : t.toEpochSecond());
    }

    /** Whether the table knows the period of the instant. */
    boolean covers(long epochSecond) {
        return epochSecond >= starts[0] && epochSecond < end;
    }

    /** Whether the table knows every period within 18 hours of a local time (seconds from the local epoch). */
    boolean coversLocal(long localSecond) {
        return covers(localSecond - MAX_OFFSET) && covers(localSecond + MAX_OFFSET);
    }

    /**
     * The first instant (epoch second) at which the zone's clock shows the local time or a later one:
     * the instant of an ordinary time, the earlier of a time that occurs twice, the end of the gap for a
     * time the clocks skip. The answer lies within 18 hours of the local time read as UTC, so only the
     * periods there are looked at; a period k holds it from max(start, local - offset) on.
     *
     * @param localSecond seconds from 1970-01-01T00:00 local, with {@link #coversLocal} true
     */
    long firstAtOrAfter(long localSecond) {
        long first = Long.MAX_VALUE;
        for (int k = period(localSecond - MAX_OFFSET), last = period(localSecond + MAX_OFFSET); k <= last; k++) {
            long candidate = Math.max(starts[k], localSecond - offsets[k]);
            if (candidate < end(k) && candidate < first) {
                first = candidate;
            }
        }
        return first;
    }

    /** The index of the period holding a covered instant. */
    int period(long epochSecond) {
        int i = Arrays.binarySearch(starts, epochSecond);
        return i >= 0 ? i : -i - 2;
    }

    /** The offset, in seconds, of a period. */
    int offset(int period) {
        return offsets[period];
    }

    /** The first second of a period, or Long.MIN_VALUE if no earlier change is known. */
    long start(int period) {
        return starts[period];
    }

    /** The second after a period (the next change), or Long.MAX_VALUE if there is none. */
    long end(int period) {
        return period + 1 < starts.length ? starts[period + 1] : end;
    }
}
