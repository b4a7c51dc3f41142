package io.casekit.spi.timer;

import io.casekit.spi.model.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps timers. A store that supports timers implements this beside {@link
 * io.casekit.spi.store.CaseStore}: timers are scheduled and cancelled through {@link
 * io.casekit.spi.store.CaseCommit#timers()}, atomically with the case change, and fired by
 * Casekit's scheduler through {@link #claimDue}.
 *
 * <p>Implementations must be thread-safe, safe across nodes sharing the store, and pass {@code
 * TimerStoreContract} from {@code casekit-testkit}.
 */
public interface TimerStore {

    /**
     * Claims up to {@code limit} timers due at {@code now} (due time at or before it) that no node
     * holds a live lease on, for {@code owner} until {@code now + lease}, earliest due first.
     *
     * <p>Must guarantee that no two callers hold a lease on the same timer at once, also across
     * nodes. A lease that lapses (its holder died) makes the timer claimable again.
     *
     * @return the claimed timers, possibly none; never null
     */
    List<ClaimedTimer> claimDue(Instant now, int limit, String owner, Duration lease);

    /**
     * Completes a claimed timer: removes it, unless it was rescheduled or cancelled since it was
     * claimed (its token differs) or another node claimed it since (the lease lapsed). Idempotent.
     */
    void complete(ClaimedTimer claimed);

    /** The timer scheduled under this key, if any. */
    Optional<Timer> find(TimerKey key);

    /** Every timer scheduled for the case, earliest due first. */
    List<Timer> timers(CaseId caseId);
}
