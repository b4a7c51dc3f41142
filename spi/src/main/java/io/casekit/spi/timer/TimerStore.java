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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps timers. A store that supports timers implements this beside {@link
 * io.casekit.spi.store.CaseStore}: timers are scheduled and cancelled through {@link
 * io.casekit.spi.store.CaseCommit#timers()}, atomically with the case change, and fired by
 * Casekit's scheduler through {@link #claimDue}.
 *
 * <p>Implementations must be thread-safe, safe across nodes sharing the store, and pass {@code
 * TimerStoreContract} from {@code casekit-testkit}.
 */
@API(status = STABLE, since = "0.1.0")
public interface TimerStore {

    /**
     * Claims up to {@code limit} timers due at {@code now} (due time at or before it) that no node
     * holds a live lease on, for {@code owner} until {@code now + lease}, earliest due first.
     *
     * <p>Must guarantee that no two callers hold a lease on the same timer at once, also across
     * nodes. A lease that lapses (its holder died) makes the timer claimable again.
     *
     * @param now the current time: timers due at or before it are claimable
     * @param limit the most timers to claim, 1 or more
     * @param owner the claiming node's name, recorded on each claim
     * @param lease how long the claim holds if the timer is not completed
     * @return the claimed timers, possibly none; never null
     */
    List<ClaimedTimer> claimDue(Instant now, int limit, String owner, Duration lease);

    /**
     * Completes a claimed timer: removes it, unless it was rescheduled or cancelled since it was
     * claimed (its token differs) or another node claimed it since (the lease lapsed). Idempotent.
     *
     * @param claimed the claim, as {@link #claimDue} returned it
     */
    void complete(ClaimedTimer claimed);

    /**
     * Gives a claim back without firing, for a node that stops before it fires what it claimed: the
     * timer stays scheduled as it was, and any node may claim it at once instead of after the lease.
     * A claim that is no longer current (the timer was rescheduled, cancelled, completed or claimed by
     * another node since) is left alone.
     *
     * <p>The default releases nothing (the claim then lapses with its lease), for stores written
     * before this method existed.
     *
     * @param claimed the claim, as {@link #claimDue} returned it
     * @return whether the claim was current and is now released
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default boolean release(ClaimedTimer claimed) {
        return false;
    }

    /**
     * Looks up the timer of a key.
     *
     * @param key the case and timer name
     * @return the timer scheduled under this key, or empty if none is
     */
    Optional<Timer> find(TimerKey key);

    /**
     * The timers of one case.
     *
     * @param caseId the case
     * @return every timer scheduled for the case, earliest due first; empty if none
     */
    List<Timer> timers(CaseId caseId);

    /**
     * How many timers are due at an instant and not completed, and the earliest due time among them,
     * if the store can tell.
     *
     * @param now the instant
     * @return the backlog as stored now; empty if this store cannot tell (the default)
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default Optional<TimerBacklog> backlog(Instant now) {
        return Optional.empty();
    }
}
