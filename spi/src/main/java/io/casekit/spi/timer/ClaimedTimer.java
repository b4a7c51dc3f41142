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
package io.casekit.spi.timer;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A due timer that one node claimed: no other node claims it until the lease ends.
 *
 * @param timer the timer as it was when claimed
 * @param owner the claiming node
 * @param leaseUntil when the claim lapses if the timer is not completed
 */
@API(status = STABLE, since = "0.1.0")
public record ClaimedTimer(Timer timer, String owner, Instant leaseUntil) {

    /**
     * Checks the components.
     *
     * @param timer the timer as it was when claimed
     * @param owner the claiming node
     * @param leaseUntil when the claim lapses if the timer is not completed
     * @throws IllegalArgumentException if {@code owner} is blank
     */
    public ClaimedTimer {
        Checks.notNull(timer, "timer");
        Checks.notBlank(owner, "owner");
        Checks.notNull(leaseUntil, "leaseUntil");
    }
}
