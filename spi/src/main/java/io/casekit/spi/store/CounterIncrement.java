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
package io.casekit.spi.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import org.apiguardian.api.API;

/**
 * One step of a named counter, taken by a commit: the counter must still have {@code expectedValue}
 * (0 for a counter no commit advanced yet), and has {@link #newValue()} once the commit is
 * written. Casekit counts per-customer case numbers ({@code {customerSeq}}) this way, so that the
 * value is taken in the opening commit itself: a refused commit takes none, and two commits never
 * take the same value. See {@link CaseCounters} for what a store guarantees.
 *
 * @param name the counter's name, not blank, such as {@code case-number/it-services/customer/ACME}
 * @param expectedValue the counter's value the commit was computed from, 0 or more
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CounterIncrement(String name, long expectedValue) {

    /**
     * Checks the arguments.
     *
     * @param name the counter's name, not blank
     * @param expectedValue the counter's value the commit was computed from, 0 or more
     * @throws IllegalArgumentException if the name is blank, the value negative or the largest long
     */
    public CounterIncrement {
        Checks.notBlank(name, "name");
        Checks.notNegative(expectedValue, "expectedValue");
        if (expectedValue == Long.MAX_VALUE) {
            throw new IllegalArgumentException("counter " + name + " cannot go beyond " + Long.MAX_VALUE);
        }
    }

    /** {@return the counter's value after the commit: {@code expectedValue + 1}} */
    public long newValue() {
        return expectedValue + 1;
    }
}
