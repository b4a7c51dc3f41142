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
package io.casekit.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How one node claims due work (timers, notifications) from a store shared with other nodes: under
 * its name, for a lease, a batch at a time.
 *
 * @param nodeId this node's name in leases, unique among the nodes sharing the store
 * @param lease how long a claim holds, at least a second; longer than working off a batch takes
 * @param batchSize how many items one claim takes at most, 1 or more
 */
public record Claims(String nodeId, Duration lease, int batchSize) {

    public Claims {
        requireNonNull(nodeId, "nodeId");
        requireNonNull(lease, "lease");
        checkArgument(lease.compareTo(Duration.ofSeconds(1)) >= 0, "lease must be at least a second, was %s", lease);
        checkArgument(batchSize >= 1, "batchSize must be 1 or more, was %s", batchSize);
    }

    /** Whether a batch came back full, so that more may be due. */
    public boolean full(int claimed) {
        return claimed >= batchSize;
    }
}
