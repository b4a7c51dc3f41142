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
