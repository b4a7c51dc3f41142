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

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * How long a promise may take: a business duration ("4 hours", counted inside opening hours) or a
 * number of working days ("3 working days": the same local time on the third following working
 * day). Written in definitions as {@code "30 minutes"}, {@code "4 hours"} or {@code "10 working
 * days"}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface SlaTarget {

    /**
     * The business time this target allows when the clock starts at {@code start}. A working-day
     * target is converted at the start, so that pauses and warnings work the same for both forms.
     *
     * @param calendar the business calendar the clock runs on
     * @param start when the clock starts
     * @return the business time, positive
     */
    Duration budget(BusinessCalendar calendar, Instant start);

    /** {@return the target as a definition writes it, e.g. {@code 4 hours} or {@code 3 working days}} */
    String text();

    /** A business duration. @param duration the business time, positive */
    record BusinessTime(Duration duration) implements SlaTarget {
        /**
         * Checks the duration.
         *
         * @param duration the business time, positive
         * @throws IllegalArgumentException if the duration is zero or negative
         */
        public BusinessTime {
            requireNonNull(duration, "duration");
            checkArgument(!duration.isNegative() && !duration.isZero(), "an SLA target must be positive, was %s", duration);
        }

        @Override
        public Duration budget(BusinessCalendar calendar, Instant start) {
            return duration;
        }

        @Override
        public String text() {
            long minutes = duration.toMinutes();
            return minutes % 60 == 0 ? (minutes / 60) + " hours" : minutes + " minutes";
        }
    }

    /** A number of working days. @param days the days, 1 or more */
    record WorkingDays(int days) implements SlaTarget {
        /**
         * Checks the number of days.
         *
         * @param days the days, 1 or more
         * @throws IllegalArgumentException if {@code days} is less than 1
         */
        public WorkingDays {
            checkArgument(days >= 1, "an SLA target must be at least 1 working day, was %s", days);
        }

        @Override
        public Duration budget(BusinessCalendar calendar, Instant start) {
            Instant from = calendar.nextOpening(start);
            return calendar.between(from, calendar.plusWorkingDays(from, days));
        }

        @Override
        public String text() {
            return days + " working days";
        }
    }

    /**
     * Parses {@code "N minutes"}, {@code "N hours"} or {@code "N working days"} (singular forms too).
     *
     * @param text the target as written
     * @return the target
     * @throws IllegalArgumentException saying what is accepted
     */
    static SlaTarget parse(String text) {
        Matcher m = Format.PATTERN.matcher(text.trim().toLowerCase(Locale.ROOT));
        checkArgument(m.matches(), "'%s' is not a target; write e.g. \"30 minutes\", \"4 hours\" or \"3 working days\"", text);
        int amount = Integer.parseInt(m.group(1));
        checkArgument(amount >= 1, "an SLA target must be positive, was '%s'", text);
        checkArgument(amount <= 100_000, "'%s' is out of range", text);
        return switch (m.group(2)) {
            case "minute", "minutes" -> new BusinessTime(Duration.ofMinutes(amount));
            case "hour", "hours" -> new BusinessTime(Duration.ofHours(amount));
            default -> new WorkingDays(amount);
        };
    }

    /** The accepted text form. */
    final class Format {
        static final Pattern PATTERN = Pattern.compile("(\\d{1,6})\\s+(minutes?|hours?|working days?)");

        private Format() {}
    }
}
