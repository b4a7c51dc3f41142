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
package io.casekit.testkit.outbox;

import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.outbox.OutboxBacklog;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.testkit.internal.Concurrently;
import io.casekit.testkit.store.CaseFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link Outbox}: notifications are stored with the case commit that causes them,
 * and due notifications are claimed under a lease by one node at a time; an attempt ends only under
 * a current claim. A store's test subclasses it and makes a fresh, empty store that implements both
 * {@link CaseStore} and {@link Outbox}:
 *
 * <pre>{@code
 * class MyOutboxTest extends OutboxContract {
 *     protected CaseStore createStore() { return new MyStore(freshDatabase()); }
 * }
 * }</pre>
 *
 * <p>The suite checks that a notification is stored pending, due at once, with its commit and only
 * then (once per event and recipient, even when a commit is repeated); that due notifications are
 * claimed earliest first, up to the limit, and a claimed one not again until its lease lapses; that
 * sending, rescheduling and failing end an attempt only under the current claim; that a failed
 * notification is listed and a replay makes it due again, a sent one never; that concurrent
 * claimers never share a notification; and that the notifications of one case never touch
 * another's.
 */
@API(status = STABLE, since = "0.1.0")
public abstract class OutboxContract {

    private static final Duration LEASE = Duration.ofMinutes(1);

    private CaseStore cases;
    private Outbox outbox;

    /**
     * Makes a new, empty store implementing {@link CaseStore} and {@link Outbox}; called before each
     * test.
     *
     * @return the store under test, with no cases and no notifications; a test fails if it is not an
     *     {@link Outbox}
     */
    protected abstract CaseStore createStore();

    @BeforeEach
    final void setUpStore() {
        cases = createStore();
        assertThat(cases).as("the store under test implements Outbox").isInstanceOf(Outbox.class);
        outbox = (Outbox) cases;
    }

    private Case openCase() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "N-" + UUID.randomUUID());
        cases.commit(open);
        return open.state();
    }

    /** A title change of {@code c} that notifies each recipient once; returns the commit (not committed). */
    private static CaseCommit notifying(Case c, String... recipients) {
        CaseCommit retitle = CaseFixtures.retitle(c, "changed " + UUID.randomUUID());
        CaseEvent event = retitle.events().get(0);
        Instant at = event.header().at();
        List<Notification> notifications = new ArrayList<>();
        for (String actorId : recipients) {
            notifications.add(notification(c.id(), event.header().sequence(), actorId, at));
        }
        return new CaseCommit(retitle.state(), retitle.expectedVersion(), retitle.events(), List.of(), notifications);
    }

    private static Notification notification(CaseId caseId, long sequence, String actorId, Instant at) {
        Recipient recipient = new Recipient(actorId, "Name of " + actorId, Channel.EMAIL, actorId + "@example.test",
                Locale.forLanguageTag("nl"));
        Message message = new Message(Notification.idFor(caseId, sequence, actorId, Channel.EMAIL), recipient,
                "Über ihr Anliegen [N-1]", "text of " + actorId, Optional.of("<p>html of " + actorId + "</p>"), caseId.value());
        return new Notification(caseId, sequence, message, at);
    }

    private Case commit(CaseCommit commit) {
        cases.commit(commit);
        return commit.state();
    }

    private static Instant dueAt(CaseCommit commit) {
        return commit.notifications().get(0).createdAt();
    }

    @Test
    void aNotificationIsStoredWithTheCaseChangePendingAndDueAtOnce() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna", "bob");

        cases.commit(commit);

        Notification anna = commit.notifications().get(0);
        assertThat(outbox.findNotification(anna.id())).hasValueSatisfying(entry -> {
            assertThat(entry.notification()).isEqualTo(anna);
            assertThat(entry.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(entry.attempts()).isZero();
            assertThat(entry.nextAttemptAt()).isEqualTo(anna.createdAt());
            assertThat(entry.lastFailure()).isEmpty();
        });
        assertThat(outbox.notifications(c.id())).extracting(OutboxEntry::notification).containsExactlyElementsOf(commit.notifications());
        assertThat(outbox.findNotification("unknown")).isEmpty();
    }

    @Test
    void aRefusedCommitStoresNoNotification() {
        Case c = openCase();
        commit(notifying(c, "anna"));
        CaseCommit late = notifying(c, "bob");

        assertThatThrownBy(() -> cases.commit(late)).isInstanceOf(ConcurrentCaseUpdateException.class);

        assertThat(outbox.findNotification(late.notifications().get(0).id())).isEmpty();
        assertThat(outbox.notifications(c.id())).hasSize(1);
    }

    @Test
    void theSameEventAndRecipientAreStoredOnceEvenWhenTheCommitIsRepeated() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna");
        cases.commit(commit);

        assertThatThrownBy(() -> cases.commit(commit)).isInstanceOf(ConcurrentCaseUpdateException.class);

        assertThat(outbox.notifications(c.id())).hasSize(1);
        assertThat(outbox.claimDueNotifications(dueAt(commit), 10, "node-a", LEASE)).hasSize(1);
    }

    @Test
    void onlyDueNotificationsAreClaimedEarliestFirstUpToTheLimit() {
        Case c = openCase();
        CaseCommit first = notifying(c, "anna", "bob");
        Case v2 = commit(first);
        CaseCommit second = notifying(v2, "carl");
        commit(second);
        Instant now = dueAt(first);

        List<ClaimedNotification> claimed = outbox.claimDueNotifications(now, 1, "node-a", LEASE);

        assertThat(claimed).extracting(ClaimedNotification::notification).containsExactly(first.notifications().get(0));
        assertThat(claimed).allSatisfy(n -> {
            assertThat(n.owner()).isEqualTo("node-a");
            assertThat(n.leaseUntil()).isEqualTo(now.plus(LEASE));
            assertThat(n.attempts()).isZero();
        });
        assertThat(outbox.claimDueNotifications(now, 10, "node-b", LEASE)).extracting(ClaimedNotification::notification)
                .containsExactly(first.notifications().get(1));
        assertThat(outbox.claimDueNotifications(dueAt(second), 10, "node-b", LEASE)).extracting(ClaimedNotification::notification)
                .containsExactly(second.notifications().get(0));
    }

    @Test
    void aClaimedNotificationIsNotClaimedAgainUntilTheLeaseLapses() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna");
        commit(commit);
        Instant now = dueAt(commit);
        ClaimedNotification first = outbox.claimDueNotifications(now, 10, "node-a", LEASE).get(0);

        assertThat(outbox.claimDueNotifications(now.plus(LEASE).minusSeconds(1), 10, "node-b", LEASE)).isEmpty();
        List<ClaimedNotification> again = outbox.claimDueNotifications(now.plus(LEASE), 10, "node-b", LEASE);
        assertThat(again).singleElement().satisfies(n -> {
            assertThat(n.owner()).isEqualTo("node-b");
            assertThat(n.leaseToken()).isNotEqualTo(first.leaseToken());
        });
    }

    @Test
    void aReleasedClaimIsClaimableAtOnceWithNoAttemptCounted() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna");
        commit(commit);
        Instant now = dueAt(commit);
        ClaimedNotification first = outbox.claimDueNotifications(now, 10, "node-a", LEASE).get(0);

        assertThat(outbox.release(first)).isTrue();
        assertThat(outbox.release(first)).as("a second release of the same claim").isFalse();
        assertThat(outbox.findNotification(first.id())).hasValueSatisfying(entry -> {
            assertThat(entry.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(entry.attempts()).isZero();
            assertThat(entry.nextAttemptAt()).isEqualTo(now);
        });
        ClaimedNotification second = outbox.claimDueNotifications(now, 10, "node-b", LEASE).get(0);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.attempts()).isZero();

        assertThat(outbox.release(first)).as("the released claim cannot release the new one").isFalse();
        assertThat(outbox.markSent(first, now)).as("nor end its attempt").isFalse();
        assertThat(outbox.claimDueNotifications(now, 10, "node-c", LEASE)).isEmpty();
        assertThat(outbox.markSent(second, now)).isTrue();
        assertThat(outbox.release(second)).as("an ended attempt is not released").isFalse();
        assertThat(outbox.findNotification(first.id())).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void aSentNotificationIsNeverClaimedAgain() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna");
        commit(commit);
        Instant now = dueAt(commit);
        ClaimedNotification claimed = outbox.claimDueNotifications(now, 10, "node-a", LEASE).get(0);

        assertThat(outbox.markSent(claimed, now.plusSeconds(1))).isTrue();
        assertThat(outbox.markSent(claimed, now.plusSeconds(2))).as("a second end of the same attempt").isFalse();

        assertThat(outbox.findNotification(claimed.id())).hasValueSatisfying(entry -> {
            assertThat(entry.state()).isEqualTo(DeliveryState.SENT);
            assertThat(entry.attempts()).isEqualTo(1);
        });
        assertThat(outbox.claimDueNotifications(now.plus(Duration.ofDays(1)), 10, "node-b", LEASE)).isEmpty();
        assertThat(outbox.failedNotifications(10)).isEmpty();
    }

    @Test
    void aNodeWhoseLeaseLapsedCannotEndTheAttemptOfTheNewClaim() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna");
        commit(commit);
        Instant now = dueAt(commit);
        ClaimedNotification slow = outbox.claimDueNotifications(now, 10, "node-a", LEASE).get(0);
        ClaimedNotification fast = outbox.claimDueNotifications(now.plus(LEASE), 10, "node-b", LEASE).get(0);

        assertThat(outbox.markSent(slow, now.plus(LEASE))).isFalse();
        assertThat(outbox.reschedule(slow, now.plus(LEASE), "late")).isFalse();
        assertThat(outbox.markFailed(slow, now.plus(LEASE), "late")).isFalse();
        assertThat(outbox.findNotification(slow.id())).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(DeliveryState.PENDING));

        assertThat(outbox.markSent(fast, now.plus(LEASE))).isTrue();
        assertThat(outbox.findNotification(slow.id())).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void anAttemptWhoseLeaseLapsedStillEndsIfNoOtherNodeClaimedTheNotification() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna");
        commit(commit);
        Instant now = dueAt(commit);
        ClaimedNotification claimed = outbox.claimDueNotifications(now, 10, "node-a", LEASE).get(0);

        assertThat(outbox.markSent(claimed, now.plus(LEASE).plusSeconds(1))).isTrue();
        assertThat(outbox.findNotification(claimed.id())).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void aRescheduledNotificationIsDueAgainAtItsNextAttempt() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna");
        commit(commit);
        Instant now = dueAt(commit);
        ClaimedNotification claimed = outbox.claimDueNotifications(now, 10, "node-a", LEASE).get(0);
        Instant next = now.plusSeconds(30);

        assertThat(outbox.reschedule(claimed, next, "421 try again later")).isTrue();

        assertThat(outbox.findNotification(claimed.id())).hasValueSatisfying(entry -> {
            assertThat(entry.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.nextAttemptAt()).isEqualTo(next);
            assertThat(entry.lastFailure()).contains("421 try again later");
        });
        assertThat(outbox.claimDueNotifications(next.minusSeconds(1), 10, "node-a", LEASE)).isEmpty();
        assertThat(outbox.claimDueNotifications(next, 10, "node-b", LEASE)).singleElement()
                .satisfies(n -> assertThat(n.attempts()).isEqualTo(1));
    }

    @Test
    void aFailedNotificationIsListedAndAReplayMakesItDueAgain() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna", "bob");
        commit(commit);
        Instant now = dueAt(commit);
        List<ClaimedNotification> claimed = outbox.claimDueNotifications(now, 10, "node-a", LEASE);
        assertThat(outbox.reschedule(claimed.get(0), now, "timeout")).isTrue();
        ClaimedNotification again = outbox.claimDueNotifications(now, 10, "node-a", LEASE).get(0);
        assertThat(outbox.markFailed(again, now.plusSeconds(1), "550 no such user")).isTrue();
        assertThat(outbox.markFailed(claimed.get(1), now.plusSeconds(2), "552 too big")).isTrue();

        assertThat(outbox.claimDueNotifications(now.plus(Duration.ofDays(1)), 10, "node-a", LEASE)).isEmpty();
        List<OutboxEntry> failed = outbox.failedNotifications(10);
        assertThat(failed).extracting(OutboxEntry::id).containsExactly(claimed.get(0).id(), claimed.get(1).id());
        assertThat(failed.get(0).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.get(0).attempts()).isEqualTo(2);
        assertThat(failed.get(0).lastFailure()).contains("550 no such user");
        assertThat(outbox.failedNotifications(1)).hasSize(1);

        Instant later = now.plus(Duration.ofHours(2));
        assertThat(outbox.replayNotification(claimed.get(0).id(), later)).isTrue();
        assertThat(outbox.replayNotification(claimed.get(0).id(), later)).as("pending now, not failed").isFalse();
        assertThat(outbox.replayNotification("unknown", later)).isFalse();

        assertThat(outbox.failedNotifications(10)).extracting(OutboxEntry::id).containsExactly(claimed.get(1).id());
        assertThat(outbox.claimDueNotifications(later.minusSeconds(1), 10, "node-b", LEASE)).isEmpty();
        assertThat(outbox.claimDueNotifications(later, 10, "node-b", LEASE)).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(claimed.get(0).id());
            assertThat(n.attempts()).isZero();
        });
    }

    @Test
    void aSentNotificationCannotBeReplayed() {
        Case c = openCase();
        CaseCommit commit = notifying(c, "anna");
        commit(commit);
        ClaimedNotification claimed = outbox.claimDueNotifications(dueAt(commit), 10, "node-a", LEASE).get(0);
        outbox.markSent(claimed, dueAt(commit));

        assertThat(outbox.replayNotification(claimed.id(), dueAt(commit).plusSeconds(5))).isFalse();
        assertThat(outbox.findNotification(claimed.id())).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void concurrentClaimersNeverShareANotification() throws Exception {
        Case c = openCase();
        String[] recipients = new String[50];
        for (int i = 0; i < recipients.length; i++) {
            recipients[i] = "contact-" + i;
        }
        Instant now = Instant.EPOCH;
        for (int round = 0; round < 6; round++) {
            CaseCommit commit = notifying(c, recipients);
            c = commit(commit);
            now = dueAt(commit);
        }
        int count = 6 * recipients.length;
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger node = new AtomicInteger();
        Instant claimAt = now;
        Concurrently.run(4, () -> {
            String owner = "node-" + node.incrementAndGet();
            while (true) {
                List<ClaimedNotification> batch = outbox.claimDueNotifications(claimAt, 7, owner, Duration.ofHours(1));
                if (batch.isEmpty()) {
                    return null;
                }
                for (ClaimedNotification claimed : batch) {
                    if (!seen.add(claimed.id())) {
                        duplicates.incrementAndGet();
                    }
                    if (!outbox.markSent(claimed, claimAt)) {
                        duplicates.incrementAndGet();
                    }
                }
            }
        });
        assertThat(duplicates.get()).isZero();
        assertThat(seen).hasSize(count);
        assertThat(outbox.notifications(c.id())).hasSize(count).allSatisfy(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void notificationsOfOneCaseDoNotTouchAnother() {
        Case a = openCase();
        Case b = openCase();
        CaseCommit ca = notifying(a, "anna");
        CaseCommit cb = notifying(b, "anna");
        commit(ca);
        commit(cb);

        assertThat(ca.notifications().get(0).id()).isNotEqualTo(cb.notifications().get(0).id());
        assertThat(outbox.notifications(a.id())).extracting(OutboxEntry::notification).containsExactlyElementsOf(ca.notifications());
        assertThat(outbox.notifications(b.id())).extracting(OutboxEntry::notification).containsExactlyElementsOf(cb.notifications());
        assertThat(outbox.notifications(new CaseId("unknown"))).isEmpty();
    }

    @Test
    void theBacklogCountsThePendingNotificationsAndTheOldest() {
        assertThat(outbox.backlog()).as("this outbox tells its backlog").contains(new OutboxBacklog(0, Optional.empty()));
        Case c = openCase();
        CaseCommit first = notifying(c, "anna", "bob");
        Case v2 = commit(first);
        CaseCommit second = notifying(v2, "carl");
        commit(second);
        assertThat(outbox.backlog()).contains(new OutboxBacklog(3, Optional.of(dueAt(first))));

        ClaimedNotification sent = outbox.claimDueNotifications(dueAt(second), 1, "node-a", LEASE).get(0);
        outbox.markSent(sent, dueAt(second));
        ClaimedNotification failed = outbox.claimDueNotifications(dueAt(second), 1, "node-a", LEASE).get(0);
        outbox.markFailed(failed, dueAt(second), "mailbox unknown");

        assertThat(outbox.backlog()).contains(new OutboxBacklog(1, Optional.of(dueAt(second))));
    }
}
