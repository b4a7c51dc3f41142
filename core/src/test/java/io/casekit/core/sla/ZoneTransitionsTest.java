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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The zone table against the JDK's zone rules, exhaustively around every change it holds. */
class ZoneTransitionsTest {

    static final List<String> ZONES = List.of("Europe/Amsterdam", "Europe/Brussels", "America/New_York", "Asia/Kolkata",
            "America/Santiago", "Asia/Beirut", "America/Havana", "Australia/Lord_Howe", "Pacific/Apia", "Europe/Dublin");
    static final Instant FROM = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2200-01-01T00:00:00Z");

    @Test
    void everyChangeFrom1900To2200HasTheOffsetOfTheRules() {
        for (String id : ZONES) {
            ZoneRules rules = ZoneId.of(id).getRules();
            ZoneTransitions table = ZoneTransitions.of(rules);
            for (ZoneOffsetTransition t = rules.nextTransition(FROM); t != null && t.getInstant().isBefore(TO);
                    t = rules.nextTransition(t.getInstant())) {
                long at = t.toEpochSecond();
                for (long sec : new long[] {at - 1, at, at + 1}) {
                    assertThat(table.covers(sec)).isTrue();
                    int period = table.period(sec);
                    assertThat(table.offset(period)).as("%s at %s", id, sec)
                            .isEqualTo(rules.getOffset(Instant.ofEpochSecond(sec)).getTotalSeconds());
                    assertThat(table.start(period)).isLessThanOrEqualTo(sec);
                    assertThat(table.end(period)).isGreaterThan(sec);
                }
                assertThat(table.start(table.period(at))).isEqualTo(at);
                assertThat(table.end(table.period(at - 1))).isEqualTo(at);
            }
        }
    }

    @Test
    void localTimesAroundEveryChangeFrom2025To2030ResolveAsDocumented() {
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            ZoneTransitions table = ZoneTransitions.of(zone.getRules());
            Instant from = Instant.parse("2025-01-01T00:00:00Z");
            for (ZoneOffsetTransition t = zone.getRules().nextTransition(from);
                    t != null && t.getInstant().isBefore(Instant.parse("2031-01-01T00:00:00Z"));
                    t = zone.getRules().nextTransition(t.getInstant())) {
                LocalDateTime around = t.getDateTimeBefore();
                for (int minute = -180; minute <= 180; minute++) {
                    LocalDateTime local = around.plusMinutes(minute);
                    long localSecond = local.toEpochSecond(ZoneOffset.UTC);
                    assertThat(table.coversLocal(localSecond)).isTrue();
                    assertThat(table.firstAtOrAfter(localSecond)).as("%s %s", id, local).isEqualTo(reference(zone, local));
                }
            }
        }
    }

    @Test
    void aZoneWithoutChangesIsOnePeriod() {
        ZoneTransitions table = ZoneTransitions.of(ZoneId.of("Asia/Kolkata").getRules());
        int now = table.period(Instant.parse("2026-06-01T00:00:00Z").getEpochSecond());
        assertThat(table.offset(now)).isEqualTo(5 * 3600 + 1800);
        assertThat(table.end(now)).isEqualTo(Long.MAX_VALUE);
        assertThat(ZoneTransitions.of(ZoneId.of("Asia/Kolkata").getRules())).isSameAs(table);
    }

    /** The first instant at which the clock shows the local time or later, from the JDK. */
    static long reference(ZoneId zone, LocalDateTime local) {
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        if (t != null && t.isGap()) {
            return t.toEpochSecond();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toEpochSecond();
    }
}
