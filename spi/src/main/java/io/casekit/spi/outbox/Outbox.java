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
package io.casekit.spi.outbox;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps notifications until they are delivered. A store that supports notifications implements this
 * beside {@link io.casekit.spi.store.CaseStore}: notifications are added through {@link
 * io.casekit.spi.store.CaseCommit#notifications()}, atomically with the case change that caused
 * them (a refused commit stores none; a notification whose id is stored already is kept once), and
 * delivered by Casekit's dispatcher through {@link #claimDueNotifications}.
 *
 * <p>An attempt ends with exactly one of {@link #markSent}, {@link #reschedule} or {@link
 * #markFailed}, each of which applies only if no other node claimed the notification since (a lapsed
 * lease that nobody took over still ends the attempt, so that a sent mail is not sent again); a node
 * whose claim was taken over learns so from the {@code false} it gets back.
 *
 * <p>Implementations must be thread-safe, safe across nodes sharing the store, and pass {@code
 * OutboxContract} from {@code casekit-testkit}.
 */
@API(status = STABLE, since = "0.1.0")
public interface Outbox {

    /**
     * Claims up to {@code limit} pending notifications due at {@code now} (next attempt at or before
     * it) that no node holds a live lease on, for {@code owner} until {@code now + lease}, earliest
     * due first (then in the order they were stored).
     *
     * <p>Must guarantee that no two callers hold a lease on the same notification at once, also
     * across nodes. A lease that lapses (its holder died) makes the notification claimable again.
     *
     * @param now the current time: notifications due at or before it are claimable
     * @param limit the most notifications to claim, 1 or more
     * @param owner the claiming node's name, recorded on each claim
     * @param lease how long the claim holds if the attempt does not end
     * @return the claimed notifications, each with a new lease token; possibly none; never null
     */
    List<ClaimedNotification> claimDueNotifications(Instant now, int limit, String owner, Duration lease);

    /**
     * Records that the claimed attempt delivered the notification: it becomes {@link
     * DeliveryState#SENT} and is never claimed again.
     *
     * @param at when it was delivered
     * @param claimed the claim, as {@link #claimDueNotifications} returned it
     * @return whether the claim was still current (else nothing changed)
     */
    boolean markSent(ClaimedNotification claimed, Instant at);

    /**
     * Records that the claimed attempt failed for a reason that may pass: the notification stays
     * {@link DeliveryState#PENDING}, due again at {@code nextAttemptAt}, and the lease ends.
     *
     * @param reason why the attempt failed, without secrets
     * @param claimed the claim, as {@link #claimDueNotifications} returned it
     * @param nextAttemptAt when the notification is due again
     * @return whether the claim was still current (else nothing changed)
     */
    boolean reschedule(ClaimedNotification claimed, Instant nextAttemptAt, String reason);

    /**
     * Records that the notification cannot be delivered: it becomes {@link DeliveryState#FAILED}
     * and waits for {@link #replayNotification}.
     *
     * @param at when it was given up
     * @param reason why, without secrets
     * @param claimed the claim, as {@link #claimDueNotifications} returned it
     * @return whether the claim was still current (else nothing changed)
     */
    boolean markFailed(ClaimedNotification claimed, Instant at, String reason);

    /**
     * Gives a claim back without an attempt, for a node that stops before it delivers what it
     * claimed: the notification stays {@link DeliveryState#PENDING}, due as it was, with its attempts
     * unchanged, and any node may claim it at once instead of after the lease.
     *
     * <p>The default releases nothing (the claim then lapses with its lease), for outboxes written
     * before this method existed.
     *
     * @param claimed the claim, as {@link #claimDueNotifications} returned it
     * @return whether the claim was current and is now released (else nothing changed)
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default boolean release(ClaimedNotification claimed) {
        return false;
    }

    /**
     * The failed notifications, for an operator to inspect and replay.
     *
     * @param limit the most entries to return, 1 or more
     * @return up to {@code limit} failed notifications, earliest failed first; possibly none
     */
    List<OutboxEntry> failedNotifications(int limit);

    /**
     * Makes a failed notification pending again, due at {@code now}, with its attempts counted from
     * zero; a notification that is not failed is left as it is.
     *
     * @param notificationId the notification's id
     * @param now the current time; the notification is due from then
     * @return whether the notification was failed (and is now pending)
     */
    boolean replayNotification(String notificationId, Instant now);

    /**
     * Looks up one notification.
     *
     * @param notificationId the notification's id
     * @return the notification and its delivery state, or empty if no notification has this id
     */
    Optional<OutboxEntry> findNotification(String notificationId);

    /**
     * The notifications of one case, for a portal's or an operator's view of what was sent.
     *
     * @param caseId the case
     * @return every notification of the case, in the order they were stored; empty if none
     */
    List<OutboxEntry> notifications(CaseId caseId);

    /**
     * How many notifications are pending and since when the oldest one waits, if the outbox can tell.
     *
     * @return the backlog as stored now; empty if this outbox cannot tell (the default)
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default Optional<OutboxBacklog> backlog() {
        return Optional.empty();
    }
}
