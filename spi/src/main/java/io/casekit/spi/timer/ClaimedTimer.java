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
