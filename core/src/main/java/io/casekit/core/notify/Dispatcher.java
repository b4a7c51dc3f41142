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
package io.casekit.core.notify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.observe.Backlog;
import io.casekit.spi.outbox.OutboxEntry;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Delivers the notifications of the outbox. Each pass claims the notifications due by the injected
 * clock under a lease (so that other nodes sharing the store leave them alone), hands each to the
 * notifier, and records the outcome: delivered; failed for now, due again after the {@link
 * RetryPolicy}'s backoff; or failed for good (a permanent failure, or the last allowed attempt),
 * kept for the host to {@link #failed list} and {@link #replay replay}.
 *
 * <p>A notification is stored with the case change that caused it, so a committed change always
 * gets its mail, also after a crash or a mail-server outage. A node that dies after handing a mail
 * to the notifier but before recording it loses its lease, and another node sends the mail again:
 * delivery is at least once, and the message id (from which the mail's {@code Message-ID} derives)
 * stays the same, so that the copy can be recognised.
 *
 * <p>The notifications of a claimed batch are handed to the notifier one after the other, or, with
 * {@code deliveryThreads} above 1, on that many threads at once (for a notifier that sends in
 * parallel, such as the SMTP notifier with several connections): a burst to every contact of a large
 * customer then drains as fast as the server takes mail. Each notification's outcome is recorded as
 * it comes; the pass ends when the whole batch is done.
 *
 * <p>Hosts get it from {@link io.casekit.core.Casekit#dispatcher()}, start and stop it ({@link #start()},
 * {@link #stop()}); tests call {@link #runDue()} with a clock they control. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Dispatcher extends AutoCloseable {

    /** {@return this node's name in leases} */
    String nodeId();

    /**
     * Delivers every notification due now that no other node holds, batch after batch, until none
     * is left (a notification rescheduled in this pass is due later, so the pass ends).
     *
     * @return what the pass did
     */
    DispatchReport runDue();

    /**
     * The notifications given up on, with the reason of their last failure, for an operator to fix and
     * {@link #replay}.
     *
     * @param limit the most entries to return, 1 or more
     * @return up to {@code limit} entries, earliest failed first; possibly none
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    List<OutboxEntry> failed(int limit);

    /**
     * Makes a failed notification due again now, with a fresh set of attempts (after the host fixed
     * the address, say).
     *
     * @param notificationId the notification's id, as {@link #failed} lists it
     * @return whether the notification was failed (and is now pending)
     */
    boolean replay(String notificationId);

    /**
     * {@return the notifications the outbox still has to deliver (pending, due now or later) and how long the oldest has waited since its change was committed; empty if the store cannot tell}
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    Optional<Backlog> backlog();

    /** Starts delivering due notifications every poll interval on a daemon thread. Idempotent. */
    void start();

    /**
     * Stops delivering and waits for the deliveries under way to be recorded; the claims on the rest
     * of the current batch are given back, so that another node delivers them at once. Idempotent.
     */
    void stop();

    /** Stops delivering and ends the delivery threads; a later {@link #runDue()} delivers one at a time. */
    @Override
    void close();
}
