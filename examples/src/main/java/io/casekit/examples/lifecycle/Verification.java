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
package io.casekit.examples.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the check after a run found.
 *
 * @param cases how many cases were checked
 * @param auditRecords how many audit records (events) the checked cases hold in total
 * @param problems the first problems found (at most {@link #MAX_PROBLEMS}); empty if the run passed
 * @param problemCount how many problems were found in total
 */
public record Verification(long cases, long auditRecords, List<String> problems, long problemCount) {

    /** How many problems a verification keeps for the report. */
    public static final int MAX_PROBLEMS = 10;

    public Verification {
        problems = List.copyOf(problems);
    }

    /** Whether the run passed. */
    public boolean passed() {
        return problemCount == 0;
    }

    /** One line for a report. */
    public String summary() {
        return passed()
                ? "ok: " + cases + " cases, " + auditRecords + " audit records"
                : "FAILED: " + problemCount + " problem(s), e.g. " + String.join("; ", problems);
    }

    /** Collects the problems of one verification. Not thread-safe. */
    public static final class Collector {
        private final List<String> problems = new ArrayList<>();
        private long problemCount;
        private long cases;
        private long auditRecords;

        /** Records a problem. */
        public void problem(String text) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(text);
            }
        }

        /** Records a problem if the condition does not hold. */
        public void check(boolean condition, String text) {
            if (!condition) {
                problem(text);
            }
        }

        /** Records the problem {@code text} gives if {@code condition} is false; the text is built only then. */
        public void check(boolean condition, Supplier<String> text) {
            if (!condition) {
                problem(text.get());
            }
        }

        /** Counts one checked case and its audit records. */
        public void checked(long records) {
            cases++;
            auditRecords += records;
        }

        public Verification result() {
            return new Verification(cases, auditRecords, problems, problemCount);
        }
    }
}
