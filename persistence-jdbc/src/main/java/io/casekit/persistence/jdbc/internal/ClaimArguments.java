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
