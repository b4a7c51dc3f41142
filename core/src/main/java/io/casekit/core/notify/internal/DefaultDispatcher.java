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
package io.casekit.core.notify.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.casekit.core.internal.Claims;
import io.casekit.core.internal.PollingLoop;
import io.casekit.core.internal.SafeObserver;
import io.casekit.core.notify.DispatchReport;
import io.casekit.core.notify.Dispatcher;
import io.casekit.core.notify.RetryPolicy;
import io.casekit.core.observe.Backlog;
import io.casekit.core.observe.Observation.NotificationDelivered;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Dispatcher} of {@link io.casekit.core.Casekit}: claims due notifications under a lease and delivers them. Thread-safe. */
public final class DefaultDispatcher implements Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final SafeObserver observer;
    private final Outbox outbox;
    private final Notifier notifier;
    private final Clock clock;
    private final Claims claims;
    private final RetryPolicy retry;
    private final PollingLoop loop;
    private final @Nullable ExecutorService delivery;

    /**
     * Made by {@link io.casekit.core.Casekit#dispatcher()}: delivers one notification at a time.
     *
     * @param outbox where the notifications wait
     * @param notifier how they are delivered
     * @param nodeId this node's name in leases, unique among the nodes sharing the store
     * @param retry how failed attempts are retried
     * @param lease how long a claim holds; longer than delivering a batch takes
     * @param pollInterval how often {@link #start() a started} dispatcher looks for due notifications
     * @param batchSize how many notifications one claim takes at most
     * @param clock the time source that decides what is due and stamps outcomes
     */
    public DefaultDispatcher(Outbox outbox, Notifier notifier, Clock clock, String nodeId, RetryPolicy retry, Duration lease,
            Duration pollInterval, int batchSize) {
        this(outbox, notifier, clock, nodeId, retry, lease, pollInterval, batchSize, 1);
    }

    /**
     * A dispatcher that hands up to {@code deliveryThreads} notifications of a batch to the notifier at once.
     *
     * @param deliveryThreads how many deliveries run at once, 1 to 64 (1: one after the other); keep
     *     it at or below what the notifier sends in parallel (its connections) and the lease long
     *     enough for a batch
     * @see #DefaultDispatcher(Outbox, Notifier, Clock, String, RetryPolicy, Duration, Duration, int)
     * @param outbox where the notifications wait
     * @param notifier how they are delivered
     * @param clock the time source that decides what is due and stamps outcomes
     * @param nodeId this node's name in leases, unique among the nodes sharing the store
     * @param retry how failed attempts are retried
     * @param lease how long a claim holds; longer than delivering a batch takes
     * @param pollInterval how often {@link #start() a started} dispatcher looks for due notifications
     * @param batchSize how many notifications one claim takes at most
     * @throws IllegalArgumentException if {@code deliveryThreads} is out of range
     */
    public DefaultDispatcher(Outbox outbox, Notifier notifier, Clock clock, String nodeId, RetryPolicy retry, Duration lease,
            Duration pollInterval, int batchSize, int deliveryThreads) {
        this(outbox, notifier, clock, nodeId, retry, lease, pollInterval, batchSize, deliveryThreads, SafeObserver.NONE);
    }

    /**
     * A dispatcher that tells an observer of every delivery attempt.
     *
     * @param outbox where the notifications are
     * @param notifier what delivers them
     * @param clock the time source
     * @param nodeId this node's name in leases
     * @param retry how failed deliveries are retried
     * @param lease how long a claim holds
     * @param pollInterval how often a started dispatcher looks for due notifications
     * @param batchSize how many notifications one claim takes at most
     * @param deliveryThreads how many deliveries run at once, 1 to 64
     * @param observer told of each delivery attempt
     */
    public DefaultDispatcher(Outbox outbox, Notifier notifier, Clock clock, String nodeId, RetryPolicy retry, Duration lease,
            Duration pollInterval, int batchSize, int deliveryThreads, SafeObserver observer) {
        this.observer = requireNonNull(observer, "observer");
        checkArgument(deliveryThreads >= 1 && deliveryThreads <= 64, "deliveryThreads must be 1 to 64, was %s", deliveryThreads);
        this.outbox = requireNonNull(outbox, "outbox");
        this.notifier = requireNonNull(notifier, "notifier");
        this.clock = requireNonNull(clock, "clock");
        this.claims = new Claims(nodeId, lease, batchSize);
        this.retry = requireNonNull(retry, "retry");
        this.loop = new PollingLoop("casekit-dispatcher-" + nodeId, pollInterval, Duration.ofSeconds(60), this::runDue);
        this.delivery = deliveryThreads == 1 ? null
                : Executors.newFixedThreadPool(deliveryThreads, daemonThreads("casekit-delivery-" + nodeId));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** {@return this node's name in leases} */
    @Override
    public String nodeId() {
        return claims.nodeId();
    }

    /**
     * Delivers every notification due now that no other node holds, batch after batch, until none
     * is left (a notification rescheduled in this pass is due later, so the pass ends). A pass run by
     * a started dispatcher that is being {@linkplain #stop() stopped} ends after the deliveries under
     * way and gives back its claims on the rest of the batch.
     *
     * @return what the pass did
     */
    @Override
    public DispatchReport runDue() {
        DispatchReport report = DispatchReport.NONE;
        while (!loop.stopping()) {
            List<ClaimedNotification> batch = outbox.claimDueNotifications(clock.instant(), claims.batchSize(), claims.nodeId(), claims.lease());
            report = report.plus(deliverAll(batch));
            if (!claims.full(batch.size())) {
                break;
            }
        }
        return report;
    }

    /** Delivers a batch, one after the other or on the delivery threads; returns once all are recorded. */
    private DispatchReport deliverAll(List<ClaimedNotification> batch) {
        DispatchReport report = DispatchReport.NONE;
        ExecutorService threads = delivery;
        if (threads == null || threads.isShutdown() || batch.size() < 2) {
            for (ClaimedNotification claimed : batch) {
                report = report.plus(deliverUnlessStopping(claimed));
            }
            return report;
        }
        List<Future<DispatchReport>> running = new ArrayList<>(batch.size());
        for (ClaimedNotification claimed : batch) {
            running.add(threads.submit(() -> deliverUnlessStopping(claimed)));
        }
        RuntimeException failure = null;
        boolean interrupted = false;
        for (Future<DispatchReport> done : running) {
            try {
                report = report.plus(done.get());
            } catch (InterruptedException e) {
                interrupted = true; // the deliveries under way finish and record themselves
                break;
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        return report;
    }

    /** Delivers a claimed notification, or gives the claim back if the dispatcher is stopping. */
    private DispatchReport deliverUnlessStopping(ClaimedNotification claimed) {
        if (loop.stopping()) {
            if (outbox.release(claimed)) {
                LOG.debug("dispatcher {} stopping: gave back its claim on notification {}", claims.nodeId(), claimed.id());
            }
            return DispatchReport.NONE;
        }
        return deliver(claimed);
    }

    private DispatchReport deliver(ClaimedNotification claimed) {
        Message message = claimed.notification().message();
        DeliveryOutcome outcome;
        if (!notifier.channels().contains(message.recipient().channel())) {
            outcome = new PermanentFailure("the notifier does not deliver on " + message.recipient().channel());
        } else {
            try {
                outcome = requireNonNull(notifier.deliver(message), "the notifier returned no outcome");
            } catch (RuntimeException e) {
                LOG.warn("notifier failed on notification {} to {}; it is tried again", claimed.id(), message.recipient().actorId(), e);
                outcome = new RetryableFailure("the notifier threw " + e.getClass().getName(), Optional.empty());
            }
        }
        Instant now = clock.instant();
        if (observer.listening()) {
            Duration age = Duration.between(claimed.notification().createdAt(), now);
            observer.observe(new NotificationDelivered(outcome instanceof Delivered ? "delivered"
                    : outcome instanceof RetryableFailure && retry.allowsAnotherAfter(claimed.attempts() + 1) ? "retried" : "failed",
                    age.isNegative() ? Duration.ZERO : age));
        }
        int attempts = claimed.attempts() + 1;
        boolean recorded;
        DispatchReport done;
        if (outcome instanceof Delivered) {
            recorded = outbox.markSent(claimed, now);
            done = new DispatchReport(1, 0, 0, 0);
        } else if (outcome instanceof RetryableFailure failure && retry.allowsAnotherAfter(attempts)) {
            Duration backoff = retry.delayAfter(attempts);
            Duration wait = failure.retryAfter().filter(asked -> asked.compareTo(backoff) > 0).orElse(backoff);
            recorded = outbox.reschedule(claimed, now.plus(wait), failure.reason());
            done = new DispatchReport(0, 1, 0, 0);
            LOG.info("notification {} to {} failed (attempt {}): {}; next attempt in {}", claimed.id(),
                    message.recipient().actorId(), attempts, failure.reason(), wait);
        } else {
            String reason = outcome instanceof RetryableFailure failure
                    ? failure.reason() + " (gave up after " + attempts + " attempts)"
                    : ((PermanentFailure) outcome).reason();
            recorded = outbox.markFailed(claimed, now, reason);
            done = new DispatchReport(0, 0, 1, 0);
            LOG.warn("notification {} of case {} to {} failed for good: {}", claimed.id(), claimed.notification().caseId(),
                    message.recipient().actorId(), reason);
        }
        if (!recorded) {
            LOG.info("notification {}: another node took over the claim of {}; its outcome stands", claimed.id(), claims.nodeId());
            return new DispatchReport(0, 0, 0, 1);
        }
        return done;
    }

    /**
     * The notifications given up on, with the reason of their last failure, for an operator to fix and
     * {@link #replay}.
     *
     * @param limit the most entries to return, 1 or more
     * @return up to {@code limit} entries, earliest failed first; possibly none
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    @Override
    public List<OutboxEntry> failed(int limit) {
        checkArgument(limit >= 1, "limit must be 1 or more, was %s", limit);
        return outbox.failedNotifications(limit);
    }

    /**
     * Makes a failed notification due again now, with a fresh set of attempts (after the host fixed
     * the address, say).
     *
     * @param notificationId the notification's id, as {@link #failed} lists it
     * @return whether the notification was failed (and is now pending)
     */
    @Override
    public boolean replay(String notificationId) {
        boolean replayed = outbox.replayNotification(requireNonNull(notificationId, "notificationId"), clock.instant());
        if (replayed) {
            LOG.info("notification {} replayed", notificationId);
        }
        return replayed;
    }

    @Override
    public Optional<Backlog> backlog() {
        Instant now = clock.instant();
        return outbox.backlog().map(b -> new Backlog(b.pending(),
                b.oldestCreatedAt().map(oldest -> Duration.between(oldest, now)).filter(age -> !age.isNegative()).orElse(Duration.ZERO)));
    }

    /** Starts delivering due notifications every poll interval on a daemon thread. Idempotent. */
    @Override
    public void start() {
        loop.start();
    }

    /**
     * Stops delivering and waits for the deliveries under way to be recorded (at most 60 seconds);
     * the claims on the rest of the batch are given back, so that another node delivers them at once
     * and no mail is half sent. Idempotent.
     */
    @Override
    public void stop() {
        loop.stop();
    }

    /** Stops delivering and ends the delivery threads; a later {@link #runDue()} delivers one at a time. */
    @Override
    public void close() {
        stop();
        if (delivery != null) {
            delivery.shutdown();
        }
    }
}
