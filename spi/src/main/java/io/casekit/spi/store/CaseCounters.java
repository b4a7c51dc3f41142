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

import org.apiguardian.api.API;

/**
 * Named counters that commits advance: the optional capability behind per-customer case numbers
 * ({@code {customerSeq}}). Casekit reads a counter, formats the number with the next value, and
 * commits the new case with a {@link CounterIncrement}; the store advances the counter in the same
 * atomic commit, or refuses the commit if the counter moved in between.
 *
 * <p>A store that declares this capability ({@link CaseStore#counters()}) guarantees, for every
 * {@link CaseStore#commit commit} and {@link CaseStore#commitAll commitAll} that carries counter
 * increments ({@link CaseCommit#counters()}):
 *
 * <ul>
 *   <li>the commit is written only if each of its counters has the increment's expected value
 *       (0 for a counter that was never advanced); then each counter has its new value, in the same
 *       atomic commit as the cases;
 *   <li>otherwise nothing of the commit is written (no case, no event, no counter) and it throws
 *       {@link ConcurrentCounterUpdateException};
 *   <li>a commit refused for any other reason (a version conflict, a taken number) advances no
 *       counter;
 *   <li>of concurrent commits that expect the same value of a counter, at most one is written.
 * </ul>
 *
 * <p>So a counter's values are handed out once each and without gaps, across threads and nodes.
 * Implementations must be thread-safe and pass {@code CaseCountersContract} from {@code
 * casekit-testkit}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface CaseCounters {

    /**
     * Reads a counter.
     *
     * @param name the counter's name
     * @return the counter's value as last committed, or 0 if no commit advanced it
     */
    long counterValue(String name);
}
