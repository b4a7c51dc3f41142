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

import static io.casekit.core.notify.MailDesk.ALICE;
import static io.casekit.core.notify.MailDesk.ANNA;
import static io.casekit.core.notify.MailDesk.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.casekit.core.Casekit;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.Resolve;
import io.casekit.core.notify.internal.DefaultDispatcher;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.testkit.internal.Concurrently;
import io.casekit.testkit.notify.HoldingNotifier;
import io.casekit.testkit.notify.RecordingNotifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Delivery of the outbox: once, with retries and backoff, across outages, restarts and nodes. */
class DispatcherTest {

    private final MailDesk desk = new MailDesk("it-services");

    private Dispatcher dispatcher() {
        return desk.casekit.dispatcher();
    }

    /** A case with three mails to Anna (confirmation, picked up, a comment). */
    private Case caseWithThreeMails() {
        Case c = desk.open(ANNA, "VPN drops");
        desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));
        desk.cases().execute(ALICE, new AddComment(c.id(), "Which client version?", Visibility.PUBLIC));
        return c;
    }

    @Test
    void dueNotificationsAreDeliveredOnceAndMarkedSent() {
        Case c = caseWithThreeMails();

        DispatchReport first = dispatcher().runDue();
        DispatchReport second = dispatcher().runDue();

        assertThat(first).isEqualTo(new DispatchReport(3, 0, 0, 0));
        assertThat(second).isEqualTo(DispatchReport.NONE);
        assertThat(desk.notifier.deliveredTo("anna@acme.test")).extracting(Message::messageId)
                .containsExactlyElementsOf(desk.outbox(c.id()).stream().map(OutboxEntry::id).toList());
        assertThat(desk.outbox(c.id())).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.SENT);
            assertThat(e.attempts()).isEqualTo(1);
        });
    }

    @Test
    void caseWorkGoesOnWhileTheNotifierIsDownAndEveryMailArrivesOnceAfterwards() {
        desk.notifier.down();
        Case c = caseWithThreeMails();
        assertThat(dispatcher().runDue()).isEqualTo(new DispatchReport(0, 3, 0, 0));
        desk.cases().execute(ALICE, new Resolve(c.id(), "Fixed in 5.2.3."));
        assertThat(dispatcher().runDue()).isEqualTo(new DispatchReport(0, 1, 0, 0));

        desk.clock.advance(Duration.ofSeconds(29));
        assertThat(dispatcher().runDue()).as("the first retry waits 30 seconds").isEqualTo(DispatchReport.NONE);
        desk.clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher().runDue()).isEqualTo(new DispatchReport(0, 4, 0, 0));
        desk.notifier.up();
        desk.clock.advance(Duration.ofSeconds(59));
        assertThat(dispatcher().runDue()).as("the second retry waits 60 seconds").isEqualTo(DispatchReport.NONE);
        desk.clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher().runDue()).isEqualTo(new DispatchReport(4, 0, 0, 0));
        desk.clock.advance(Duration.ofDays(1));
        dispatcher().runDue();

        assertThat(desk.notifier.delivered()).extracting(Message::messageId).doesNotHaveDuplicates().hasSize(4);
        assertThat(desk.outbox(c.id())).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.SENT);
            assertThat(e.attempts()).isEqualTo(3);
        });
    }

    @Test
    void afterTheLastAllowedAttemptTheNotificationFailsAndCanBeReplayed() {
        MailDesk short_ = new MailDesk("it-services");
        Casekit casekit = Casekit.builder().store(short_.store).identity(short_.directory).clock(short_.clock)
                .notifier(short_.notifier).definition(short_.definition)
                .retryPolicy(new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(5), 3))
                .build();
        short_.notifier.down();
        Case c = short_.open(ANNA, "VPN drops");

        for (int attempt = 0; attempt < 3; attempt++) {
            casekit.dispatcher().runDue();
            short_.clock.advance(Duration.ofMinutes(5));
        }

        OutboxEntry failed = casekit.dispatcher().failed(10).get(0);
        assertThat(casekit.dispatcher().failed(10)).hasSize(1);
        assertThat(failed.notification().caseId()).isEqualTo(c.id());
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastFailure()).contains("the transport is down (gave up after 3 attempts)");
        assertThat(casekit.dispatcher().runDue()).isEqualTo(DispatchReport.NONE);

        short_.notifier.up();
        assertThat(casekit.dispatcher().replay(failed.id())).isTrue();
        assertThat(casekit.dispatcher().replay(failed.id())).isFalse();
        assertThat(casekit.dispatcher().runDue()).isEqualTo(new DispatchReport(1, 0, 0, 0));
        assertThat(short_.notifier.deliveredTo("anna@acme.test")).hasSize(1);
        assertThat(casekit.dispatcher().failed(10)).isEmpty();
    }

    @Test
    void aPermanentFailureIsRecordedAtOnceAndDoesNotHoldUpTheOthers() {
        desk.notifier.refuse("anna@acme.test", new DeliveryOutcome.PermanentFailure("550 5.1.1 mailbox unknown"));
        Case byAnna = desk.open(ANNA, "VPN drops");
        Case byBob = desk.open(BOB, "Printer jams");

        assertThat(dispatcher().runDue()).isEqualTo(new DispatchReport(1, 0, 1, 0));

        assertThat(dispatcher().failed(10)).singleElement().satisfies(e -> {
            assertThat(e.notification().caseId()).isEqualTo(byAnna.id());
            assertThat(e.lastFailure()).contains("550 5.1.1 mailbox unknown");
            assertThat(e.attempts()).isEqualTo(1);
        });
        assertThat(desk.outbox(byBob.id())).allSatisfy(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void theTransportsRetryAfterWinsOverAShorterBackoff() {
        desk.notifier.refuse("anna@acme.test", new DeliveryOutcome.RetryableFailure("421 slow down", Optional.of(Duration.ofMinutes(10))));
        Case c = desk.open(ANNA, "VPN drops");

        dispatcher().runDue();

        assertThat(desk.outbox(c.id())).singleElement().satisfies(e -> {
            assertThat(e.nextAttemptAt()).isEqualTo(desk.clock.instant().plus(Duration.ofMinutes(10)));
            assertThat(e.lastFailure()).contains("421 slow down");
        });
    }

    @Test
    void aNotifierThatThrowsIsTriedAgainAndOneThatServesAnotherChannelFailsTheNotification() {
        Case c = desk.open(ANNA, "VPN drops");
        Notifier throwing = new Notifier() {
            @Override
            public Set<Channel> channels() {
                return Set.of(Channel.EMAIL);
            }

            @Override
            public DeliveryOutcome deliver(Message message) {
                throw new IllegalStateException("bug in the notifier");
            }
        };
        Dispatcher broken = new DefaultDispatcher(desk.store, throwing, desk.clock, "node-x", RetryPolicy.DEFAULT, Duration.ofMinutes(1),
                Duration.ofSeconds(1), 10);
        assertThat(broken.runDue()).isEqualTo(new DispatchReport(0, 1, 0, 0));
        assertThat(desk.outbox(c.id()).get(0).lastFailure()).contains("the notifier threw java.lang.IllegalStateException");

        desk.clock.advance(Duration.ofMinutes(1));
        Dispatcher sms = new DefaultDispatcher(desk.store, new RecordingNotifier(Channel.PHONE), desk.clock, "node-y", RetryPolicy.DEFAULT,
                Duration.ofMinutes(1), Duration.ofSeconds(1), 10);
        assertThat(sms.runDue()).isEqualTo(new DispatchReport(0, 0, 1, 0));
        assertThat(desk.outbox(c.id()).get(0).lastFailure()).contains("the notifier does not deliver on EMAIL");
    }

    @Test
    void aProcessStoppedBetweenTheCommitAndTheDeliverySendsTheMailOnceAfterARestart() {
        Case c = caseWithThreeMails(); // committed by an instance that never delivers: it "stops" here

        Casekit restarted = desk.casekit(desk.store);
        assertThat(restarted.dispatcher().runDue()).isEqualTo(new DispatchReport(3, 0, 0, 0));
        assertThat(desk.casekit(desk.store).dispatcher().runDue()).isEqualTo(DispatchReport.NONE);
        assertThat(dispatcher().runDue()).isEqualTo(DispatchReport.NONE);

        assertThat(desk.notifier.deliveredTo("anna@acme.test")).hasSize(3).extracting(Message::messageId).doesNotHaveDuplicates();
        assertThat(desk.outbox(c.id())).allSatisfy(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void aNodeThatDiedHoldingAClaimLosesItWhenTheLeaseLapses() {
        Case c = desk.open(ANNA, "VPN drops");
        List<ClaimedNotification> dead = desk.store.claimDueNotifications(desk.clock.instant(), 10, "dead-node", Duration.ofMinutes(5));
        assertThat(dead).hasSize(1);

        assertThat(dispatcher().runDue()).isEqualTo(DispatchReport.NONE);
        desk.clock.advance(Duration.ofMinutes(5));
        assertThat(dispatcher().runDue()).isEqualTo(new DispatchReport(1, 0, 0, 0));

        assertThat(desk.store.markSent(dead.get(0), desk.clock.instant())).as("the dead node's claim was taken over").isFalse();
        assertThat(desk.notifier.deliveredTo("anna@acme.test")).hasSize(1);
        assertThat(desk.outbox(c.id())).singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void severalNodesDeliverEveryMailOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            caseWithThreeMails();
        }
        AtomicInteger attempted = new AtomicInteger();
        Concurrently.run(4, () -> {
            attempted.addAndGet(desk.casekit(desk.store).dispatcher().runDue().attempted());
            return null;
        });

        assertThat(attempted.get()).isEqualTo(120);

        assertThat(desk.notifier.delivered()).hasSize(120).extracting(Message::messageId).doesNotHaveDuplicates();
    }

    @Test
    void aStartedDispatcherDeliversByItself() {
        MailDesk live = new MailDesk("it-services");
        Casekit casekit = Casekit.builder().store(live.store).identity(live.directory).clock(Clock.systemUTC())
                .notifier(live.notifier).definition(live.definition).notificationPollInterval(Duration.ofMillis(20)).build();
        try (Dispatcher running = casekit.dispatcher()) {
            running.start();
            running.start();
            casekit.cases().execute(ANNA, live.opening("VPN drops").build());

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(live.notifier.deliveredTo("anna@acme.test")).hasSize(1));
        }
    }

    @Test
    void stoppingMidBatchRecordsTheMailUnderWayAndGivesTheRestBackForAnotherNodeAtOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            caseWithThreeMails();
        }
        HoldingNotifier slowFirst = new HoldingNotifier(desk.notifier);
        Casekit node = Casekit.builder().store(desk.store).identity(desk.directory).clock(desk.clock).notifier(slowFirst)
                .definition(desk.definition).notificationPollInterval(Duration.ofMillis(20)).build();
        Dispatcher running = node.dispatcher();
        running.start();
        assertThat(slowFirst.awaitHeld(Duration.ofSeconds(30))).isTrue();

        Thread stopping = new Thread(running::stop);
        stopping.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
        slowFirst.release();
        stopping.join(30_000);

        assertThat(stopping.isAlive()).isFalse();
        assertThat(desk.notifier.delivered()).as("the mail under way, and no other").hasSize(1);
        assertThat(desk.store.backlog()).hasValueSatisfying(b -> assertThat(b.pending()).isEqualTo(8));
        assertThat(desk.casekit(desk.store).dispatcher().runDue()).as("another node, before any lease lapsed")
                .isEqualTo(new DispatchReport(8, 0, 0, 0));
        assertThat(desk.notifier.delivered()).hasSize(9).extracting(Message::messageId).doesNotHaveDuplicates();
        running.close();
    }

    @Test
    void withoutANotifierThereIsNoDispatcher() {
        Casekit casekit = Casekit.builder().store(desk.store).identity(desk.directory).definition(desk.definition).build();

        assertThatThrownBy(casekit::dispatcher).isInstanceOf(IllegalStateException.class).hasMessageContaining("no notifier");
    }

    @Test
    void theBackoffDoublesUpToItsLimit() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 5);

        assertThat(List.of(1, 2, 3, 4, 5, 40).stream().map(policy::delayAfter)).containsExactly(Duration.ofSeconds(30),
                Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240), Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(policy.allowsAnotherAfter(4)).isTrue();
        assertThat(policy.allowsAnotherAfter(5)).isFalse();
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3)).hasMessageContaining("firstDelay");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3)).hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0)).hasMessageContaining("maxAttempts");
        assertThat(Instant.EPOCH.plus(RetryPolicy.DEFAULT.delayAfter(1))).isEqualTo(Instant.EPOCH.plusSeconds(30));
    }

    /** A notifier whose deliveries pass only when {@code parties} of them are under way at the same time. */
    private static Notifier together(int parties, java.util.List<String> delivered) {
        java.util.concurrent.CyclicBarrier allInFlight = new java.util.concurrent.CyclicBarrier(parties);
        return new Notifier() {
            @Override
            public java.util.Set<Channel> channels() {
                return java.util.Set.of(Channel.EMAIL);
            }

            @Override
            public io.casekit.spi.notify.DeliveryOutcome deliver(io.casekit.spi.notify.Message message) {
                try {
                    // passes only if the deliveries are under way at the same time
                    allInFlight.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    return new io.casekit.spi.notify.DeliveryOutcome.RetryableFailure("not in parallel: " + e, Optional.empty());
                }
                delivered.add(message.messageId());
                return new io.casekit.spi.notify.DeliveryOutcome.Delivered(Optional.empty());
            }
        };
    }

    @Test
    void casekitWiresItsDispatcherWithTheDeliveryThreadsItWasGiven() {
        Case c = caseWithThreeMails();
        java.util.List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        Casekit wired = Casekit.builder().store(desk.store).identity(desk.directory).clock(desk.clock).definition(desk.definition)
                .notifier(together(3, delivered)).deliveryThreads(3).nodeId("node-w").build();

        assertThat(wired.dispatcher().runDue()).isEqualTo(new DispatchReport(3, 0, 0, 0));
        assertThat(delivered).hasSize(3).doesNotHaveDuplicates();
        assertThat(desk.outbox(c.id())).allSatisfy(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
        wired.dispatcher().close();
    }

    @Test
    void withSeveralDeliveryThreadsABatchIsHandedToTheNotifierAtOnceAndEachRecordedOnce() {
        Case c = caseWithThreeMails();
        java.util.List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        Notifier together = together(3, delivered);

        try (Dispatcher parallel = new DefaultDispatcher(desk.store, together, desk.clock, "node-p", RetryPolicy.DEFAULT, Duration.ofMinutes(1),
                Duration.ofSeconds(1), 10, 3)) {
            assertThat(parallel.runDue()).isEqualTo(new DispatchReport(3, 0, 0, 0));
            assertThat(parallel.runDue()).isEqualTo(DispatchReport.NONE);
        }
        assertThat(delivered).hasSize(3).doesNotHaveDuplicates();
        assertThat(desk.outbox(c.id())).hasSize(3).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.SENT);
            assertThat(e.attempts()).isEqualTo(1);
        });
    }

    @Test
    void deliveryThreadsAreCheckedAtOnce() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new DefaultDispatcher(desk.store, desk.notifier, desk.clock, "node-q", RetryPolicy.DEFAULT, Duration.ofMinutes(1),
                        Duration.ofSeconds(1), 10, 0))
                .withMessageContaining("deliveryThreads");
    }
}
