package io.casekit.spi.timer;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A scheduled timer.
 *
 * @param key which timer
 * @param dueAt when it is due
 * @param token a unique value of this scheduling: rescheduling the same key gives a new token, so a
 *     node that claimed an older scheduling can tell it is stale
 */
@API(status = STABLE, since = "0.1.0")
public record Timer(TimerKey key, Instant dueAt, String token) {

    /**
     * Checks the components.
     *
     * @param key which timer
     * @param dueAt when it is due
     * @param token a unique value of this scheduling: rescheduling the same key gives a new token, so
     *     a node that claimed an older scheduling can tell it is stale
     * @throws IllegalArgumentException if {@code token} is blank
     */
    public Timer {
        Checks.notNull(key, "timer.key");
        Checks.notNull(dueAt, "timer.dueAt");
        Checks.notBlank(token, "timer.token");
    }
}
