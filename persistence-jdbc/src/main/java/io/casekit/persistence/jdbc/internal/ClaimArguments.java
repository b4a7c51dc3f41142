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
package io.casekit.persistence.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/** The argument checks of a claim under a lease (of timers or of notifications). Stateless. */
public final class ClaimArguments {

    private ClaimArguments() {}

    /**
     * @throws IllegalArgumentException if {@code limit} is less than 1, {@code owner} is blank, or
     *     {@code lease} is not positive
     */
    public static void check(Instant now, int limit, String owner, Duration lease) {
        requireNonNull(now, "now");
        requireNonNull(owner, "owner");
        requireNonNull(lease, "lease");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        if (owner.isBlank()) {
            throw new IllegalArgumentException("owner must not be blank");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
    }
}
