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
package io.casekit.core.notify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one {@link Dispatcher#runDue()} pass did.
 *
 * @param delivered notifications the notifier delivered
 * @param rescheduled notifications whose attempt failed for now, due again later
 * @param failed notifications given up on (a permanent failure, or the last allowed attempt)
 * @param lost attempts whose claim another node took over meanwhile (their outcome was not recorded)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DispatchReport(int delivered, int rescheduled, int failed, int lost) {

    /** Nothing done. */
    public static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0);

    /**
     * The counts of this pass and another added up (several passes, or several nodes).
     *
     * @param other the other report
     * @return the sums
     */
    public DispatchReport plus(DispatchReport other) {
        return new DispatchReport(delivered + other.delivered, rescheduled + other.rescheduled, failed + other.failed, lost + other.lost);
    }

    /** {@return how many notifications were attempted: the sum of the four counts} */
    public int attempted() {
        return delivered + rescheduled + failed + lost;
    }
}
