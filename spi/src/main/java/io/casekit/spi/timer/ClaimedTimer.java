package io.casekit.spi.timer;

import io.casekit.spi.internal.Checks;
import java.time.Instant;

/**
 * A due timer that one node claimed: no other node claims it until the lease ends.
 *
 * @param timer the timer as it was when claimed
 * @param owner the claiming node
 * @param leaseUntil when the claim lapses if the timer is not completed
 */
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
