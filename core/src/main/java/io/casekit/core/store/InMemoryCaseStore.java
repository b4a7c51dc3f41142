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
package io.casekit.core.store;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Ordering;
import io.casekit.spi.access.AccessRequestStore;
import io.casekit.spi.access.InvitationStore;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.access.VerificationCodeStore;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.outbox.OutboxBacklog;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseCounters;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.ConcurrentCounterUpdateException;
import io.casekit.spi.store.CounterIncrement;
import io.casekit.spi.store.DefinitionFingerprints;
import io.casekit.spi.store.DuplicateCaseNumberException;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerBacklog;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import io.casekit.spi.timer.TimerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CaseStore}, {@link TimerStore}, {@link Outbox}, {@link CaseQueries} and {@link
 * CaseCounters} that keeps everything in memory: fast, thread-safe, and gone when the JVM stops.
 * Each case's state and timeline are replaced together in one atomic map update, so a reader never
 * sees a state without its events; its timer changes and notifications are applied under the same
 * update. Sent notifications are kept (with their bodies) until the store is dropped. Queries scan
 * every case (no indexes): fine for tests, examples and thousands of cases. Passes the SPI's store,
 * timer, outbox, query and counter contract suites.
 *
 * <p>{@link #commitAll} (several cases at once) takes a store-wide write lock, under which it checks
 * every commit before it applies any; single-case commits take the shared side of that lock, so
 * they run in parallel with each other and never interleave with a multi-case commit. Commits that
 * advance counters also take one lock for all counters, from their check to their last write. Reads
 * take no lock: they may see the cases of a multi-case commit change one after the other.
 */
@API(status = STABLE, since = "0.1.0")
public final class InMemoryCaseStore implements CaseStore, TimerStore, Outbox, CaseQueries, CaseCounters {

    private final ConcurrentMap<CaseId, Entry> cases = new ConcurrentHashMap<>();
    private final DefinitionFingerprints fingerprints = new InMemoryDefinitionFingerprints();
    private final VerificationCodeStore verificationCodes = new InMemoryVerificationCodes();
    private final InvitationStore invitations = new InMemoryInvitations();
    private final AccessRequestStore accessRequests = new InMemoryAccessRequests();
    private final ProfileStore profiles = new InMemoryProfiles();
    private final ConcurrentMap<String, CaseId> idByNumber = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    /** Guards {@link #counterValues}; a commit with counter increments holds it from its check to its last write. */
    private final Object counterLock = new Object();
    private final Map<String, Long> counterValues = new HashMap<>();
    /** Shared by single-case commits, exclusive for multi-case commits. */
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

    private final Object timerLock = new Object();
    private final Map<TimerKey, TimerEntry> timers = new HashMap<>();

    private final Object outboxLock = new Object();
    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    private final Map<CaseId, List<String>> deliveriesByCase = new HashMap<>();
    /** The pending notifications, earliest due first, then in the order they were stored. */
    private final NavigableSet<Due> due = new TreeSet<>(Comparator.comparing(Due::at).thenComparingLong(Due::order));
    private long stored;

    private record Entry(Case state, ImmutableList<CaseEvent> events) {}

    /** A stored notification, its place in the store's order, and the current claim on it, if any. */
    private record Delivery(OutboxEntry entry, long order, @Nullable String leaseToken, Instant leaseUntil) {

        Delivery ended(DeliveryState state, Instant at, Optional<String> failure) {
            return new Delivery(new OutboxEntry(entry.notification(), state, entry.attempts() + 1, at, failure), order, null, Instant.MIN);
        }

        Due due() {
            return new Due(entry.nextAttemptAt(), order, entry.id());
        }
    }

    private record Due(Instant at, long order, String id) {}

    /** A scheduled timer and the lease on it, if a node claimed it. */
    private record TimerEntry(Timer timer, @Nullable String owner, Instant leaseUntil) {}

    @Override
    public Optional<Case> find(CaseId id) {
        Entry entry = cases.get(requireNonNull(id, "id"));
        return entry == null ? Optional.empty() : Optional.of(entry.state());
    }

    @Override
    public Optional<Case> findByNumber(String number) {
        CaseId id = idByNumber.get(requireNonNull(number, "number"));
        return id == null ? Optional.empty() : find(id);
    }

    @Override
    public void commit(CaseCommit commit) {
        requireNonNull(commit, "commit");
        Lock lock = commitLock.readLock();
        lock.lock();
        try {
            if (commit.counters().isEmpty()) {
                commitOne(commit);
            } else {
                synchronized (counterLock) {
                    checkCounters(commit.counters());
                    commitOne(commit);
                    advanceCounters(commit.counters());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Refuses increments whose counter moved; the caller holds {@link #counterLock}. */
    private void checkCounters(List<CounterIncrement> increments) {
        for (CounterIncrement increment : increments) {
            if (counterValues.getOrDefault(increment.name(), 0L) != increment.expectedValue()) {
                throw new ConcurrentCounterUpdateException(increment.name(), increment.expectedValue());
            }
        }
    }

    /** Applies checked increments; the caller holds {@link #counterLock}. */
    private void advanceCounters(List<CounterIncrement> increments) {
        for (CounterIncrement increment : increments) {
            counterValues.put(increment.name(), increment.newValue());
        }
    }

    @Override
    public long counterValue(String name) {
        requireNonNull(name, "name");
        synchronized (counterLock) {
            return counterValues.getOrDefault(name, 0L);
        }
    }

    private void commitOne(CaseCommit commit) {
        Case state = commit.state();
        if (commit.creates()) {
            create(commit);
            return;
        }
        cases.compute(state.id(), (id, entry) -> {
            long actual = entry == null ? 0 : entry.state().version();
            if (entry == null || actual != commit.expectedVersion()) {
                throw new ConcurrentCaseUpdateException(id, commit.expectedVersion(), actual);
            }
            if (!entry.state().number().equals(state.number())) {
                throw new IllegalArgumentException("a commit cannot change the case number");
            }
            if (commit.events().get(0).header().sequence() != entry.events().size() + 1) {
                throw new IllegalArgumentException("the commit's first event sequence does not follow the timeline");
            }
            Entry updated = new Entry(state, ImmutableList.<CaseEvent>builderWithExpectedSize(entry.events().size() + commit.events().size())
                    .addAll(entry.events())
                    .addAll(commit.events())
                    .build());
            applyTimers(commit.timers());
            store(commit.notifications());
            return updated;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Under the store-wide write lock: checks every commit (versions, numbers, timelines), then
     * applies them; a refused commit leaves every case as it was.
     */
    @Override
    public void commitAll(List<CaseCommit> commits) {
        List<CaseCommit> all = CaseCommit.distinct(commits);
        Lock lock = commitLock.writeLock();
        lock.lock();
        try {
            Map<String, CaseId> newNumbers = new HashMap<>();
            synchronized (counterLock) {
                for (CaseCommit commit : all) {
                    checkCounters(commit.counters());
                    check(commit, newNumbers);
                }
                for (CaseCommit commit : all) {
                    commitOne(commit); // cannot fail now: no other writer runs
                    advanceCounters(commit.counters());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Refuses a commit as {@link #commitOne} would, without writing anything. */
    private void check(CaseCommit commit, Map<String, CaseId> newNumbers) {
        Case state = commit.state();
        Entry entry = cases.get(state.id());
        long actual = entry == null ? 0 : entry.state().version();
        if (commit.creates()) {
            if (commit.events().get(0).header().sequence() != 1) {
                throw new IllegalArgumentException("a new case's timeline starts at sequence 1");
            }
            if (entry != null) {
                throw new ConcurrentCaseUpdateException(state.id(), 0, actual);
            }
            if (idByNumber.containsKey(state.number()) || newNumbers.putIfAbsent(state.number(), state.id()) != null) {
                throw new DuplicateCaseNumberException(state.number());
            }
            return;
        }
        if (entry == null || actual != commit.expectedVersion()) {
            throw new ConcurrentCaseUpdateException(state.id(), commit.expectedVersion(), actual);
        }
        if (!entry.state().number().equals(state.number())) {
            throw new IllegalArgumentException("a commit cannot change the case number");
        }
        if (commit.events().get(0).header().sequence() != entry.events().size() + 1) {
            throw new IllegalArgumentException("the commit's first event sequence does not follow the timeline");
        }
    }

    private void create(CaseCommit commit) {
        Case state = commit.state();
        if (commit.events().get(0).header().sequence() != 1) {
            throw new IllegalArgumentException("a new case's timeline starts at sequence 1");
        }
        CaseId taken = idByNumber.putIfAbsent(state.number(), state.id());
        if (taken != null && !taken.equals(state.id())) {
            throw new DuplicateCaseNumberException(state.number());
        }
        boolean[] created = {false};
        Entry existing = cases.computeIfAbsent(state.id(), id -> {
            applyTimers(commit.timers());
            store(commit.notifications());
            created[0] = true;
            return new Entry(state, ImmutableList.copyOf(commit.events()));
        });
        if (!created[0]) {
            if (taken == null) {
                idByNumber.remove(state.number(), state.id()); // release the number this refused commit claimed
            }
            throw new ConcurrentCaseUpdateException(state.id(), 0, existing.state().version());
        }
    }

    private void applyTimers(List<TimerChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        synchronized (timerLock) {
            for (TimerChange change : changes) {
                if (change instanceof TimerChange.Schedule schedule) {
                    timers.put(schedule.key(), new TimerEntry(schedule.timer(), null, Instant.MIN));
                } else {
                    timers.remove(change.key());
                }
            }
        }
    }

    @Override
    public List<ClaimedTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
        requireNonNull(now, "now");
        requireNonNull(owner, "owner");
        requireNonNull(lease, "lease");
        Instant leaseUntil = now.plus(lease);
        synchronized (timerLock) {
            List<TimerEntry> due = timers.values().stream()
                    .filter(e -> !e.timer().dueAt().isAfter(now) && (e.owner() == null || !e.leaseUntil().isAfter(now)))
                    .sorted(Comparator.comparing((TimerEntry e) -> e.timer().dueAt()).thenComparing(e -> e.timer().token()))
                    .limit(limit)
                    .toList();
            List<ClaimedTimer> claimed = new ArrayList<>(due.size());
            for (TimerEntry entry : due) {
                timers.put(entry.timer().key(), new TimerEntry(entry.timer(), owner, leaseUntil));
                claimed.add(new ClaimedTimer(entry.timer(), owner, leaseUntil));
            }
            return claimed;
        }
    }

    /** {@return the timers in memory due at {@code now}: how many, and the earliest due time} */
    @Override
    public Optional<TimerBacklog> backlog(Instant now) {
        requireNonNull(now, "now");
        synchronized (timerLock) {
            List<Instant> due = timers.values().stream().map(e -> e.timer().dueAt()).filter(at -> !at.isAfter(now)).toList();
            return Optional.of(new TimerBacklog(due.size(), due.stream().min(Comparator.naturalOrder())));
        }
    }

    @Override
    public void complete(ClaimedTimer claimed) {
        requireNonNull(claimed, "claimed");
        synchronized (timerLock) {
            TimerEntry entry = timers.get(claimed.timer().key());
            if (entry != null && entry.timer().token().equals(claimed.timer().token()) && claimed.owner().equals(entry.owner())) {
                timers.remove(claimed.timer().key());
            }
        }
    }

    @Override
    public boolean release(ClaimedTimer claimed) {
        requireNonNull(claimed, "claimed");
        synchronized (timerLock) {
            TimerEntry entry = timers.get(claimed.timer().key());
            if (entry == null || !entry.timer().token().equals(claimed.timer().token()) || !claimed.owner().equals(entry.owner())
                    || !claimed.leaseUntil().equals(entry.leaseUntil())) {
                return false;
            }
            timers.put(entry.timer().key(), new TimerEntry(entry.timer(), null, Instant.MIN));
            return true;
        }
    }

    @Override
    public Optional<Timer> find(TimerKey key) {
        requireNonNull(key, "key");
        synchronized (timerLock) {
            return Optional.ofNullable(timers.get(key)).map(TimerEntry::timer);
        }
    }

    @Override
    public List<Timer> timers(CaseId caseId) {
        requireNonNull(caseId, "caseId");
        synchronized (timerLock) {
            return timers.values().stream()
                    .map(TimerEntry::timer)
                    .filter(t -> t.key().caseId().equals(caseId))
                    .sorted(Comparator.comparing(Timer::dueAt).thenComparing(t -> t.key().name()))
                    .toList();
        }
    }

    private void store(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        synchronized (outboxLock) {
            for (Notification notification : notifications) {
                if (deliveries.containsKey(notification.id())) {
                    continue; // the same event and recipient: kept once
                }
                Delivery delivery = new Delivery(new OutboxEntry(notification, DeliveryState.PENDING, 0, notification.createdAt(),
                        Optional.empty()), stored++, null, Instant.MIN);
                deliveries.put(notification.id(), delivery);
                deliveriesByCase.computeIfAbsent(notification.caseId(), id -> new ArrayList<>()).add(notification.id());
                due.add(delivery.due());
            }
        }
    }

    /** {@return the pending notifications in memory: how many, and the oldest one's creation} */
    @Override
    public Optional<OutboxBacklog> backlog() {
        synchronized (outboxLock) {
            long pending = 0;
            @Nullable Instant oldest = null;
            for (Delivery delivery : deliveries.values()) {
                if (delivery.entry().state() == DeliveryState.PENDING) {
                    pending++;
                    Instant created = delivery.entry().notification().createdAt();
                    oldest = oldest == null || created.isBefore(oldest) ? created : oldest;
                }
            }
            return Optional.of(new OutboxBacklog(pending, Optional.ofNullable(oldest)));
        }
    }

    @Override
    public List<ClaimedNotification> claimDueNotifications(Instant now, int limit, String owner, Duration lease) {
        requireNonNull(now, "now");
        requireNonNull(owner, "owner");
        requireNonNull(lease, "lease");
        Instant leaseUntil = now.plus(lease);
        List<ClaimedNotification> claimed = new ArrayList<>();
        synchronized (outboxLock) {
            for (Due next : due) {
                if (claimed.size() >= limit || next.at().isAfter(now)) {
                    break;
                }
                Delivery delivery = deliveries.get(next.id());
                if (delivery.leaseToken() != null && delivery.leaseUntil().isAfter(now)) {
                    continue;
                }
                String token = UUID.randomUUID().toString();
                deliveries.put(next.id(), new Delivery(delivery.entry(), delivery.order(), token, leaseUntil));
                claimed.add(new ClaimedNotification(delivery.entry().notification(), delivery.entry().attempts(), owner, leaseUntil, token));
            }
        }
        return claimed;
    }

    @Override
    public boolean markSent(ClaimedNotification claimed, Instant at) {
        requireNonNull(at, "at");
        return end(claimed, DeliveryState.SENT, at, Optional.empty());
    }

    @Override
    public boolean reschedule(ClaimedNotification claimed, Instant nextAttemptAt, String reason) {
        requireNonNull(nextAttemptAt, "nextAttemptAt");
        return end(claimed, DeliveryState.PENDING, nextAttemptAt, Optional.of(requireNonNull(reason, "reason")));
    }

    @Override
    public boolean markFailed(ClaimedNotification claimed, Instant at, String reason) {
        requireNonNull(at, "at");
        return end(claimed, DeliveryState.FAILED, at, Optional.of(requireNonNull(reason, "reason")));
    }

    @Override
    public boolean release(ClaimedNotification claimed) {
        requireNonNull(claimed, "claimed");
        synchronized (outboxLock) {
            Delivery delivery = claimedNow(claimed);
            if (delivery == null) {
                return false;
            }
            deliveries.put(claimed.id(), new Delivery(delivery.entry(), delivery.order(), null, Instant.MIN));
            return true;
        }
    }

    /** The pending delivery the claim holds the current lease of; null if it is ended or another claim holds it. Under the outbox lock. */
    private @Nullable Delivery claimedNow(ClaimedNotification claimed) {
        Delivery delivery = deliveries.get(claimed.id());
        return delivery == null || delivery.entry().state() != DeliveryState.PENDING || !claimed.leaseToken().equals(delivery.leaseToken())
                ? null : delivery;
    }

    /** Ends the claimed attempt if the claim is current: records the outcome and releases the lease. */
    private boolean end(ClaimedNotification claimed, DeliveryState state, Instant at, Optional<String> failure) {
        requireNonNull(claimed, "claimed");
        synchronized (outboxLock) {
            Delivery delivery = claimedNow(claimed);
            if (delivery == null) {
                return false;
            }
            Delivery ended = delivery.ended(state, at, failure);
            due.remove(delivery.due());
            if (state == DeliveryState.PENDING) {
                due.add(ended.due());
            }
            deliveries.put(claimed.id(), ended);
            return true;
        }
    }

    @Override
    public List<OutboxEntry> failedNotifications(int limit) {
        synchronized (outboxLock) {
            return deliveries.values().stream()
                    .filter(d -> d.entry().state() == DeliveryState.FAILED)
                    .sorted(Comparator.comparing((Delivery d) -> d.entry().nextAttemptAt()).thenComparingLong(Delivery::order))
                    .limit(limit)
                    .map(Delivery::entry)
                    .toList();
        }
    }

    @Override
    public boolean replayNotification(String notificationId, Instant now) {
        requireNonNull(notificationId, "notificationId");
        requireNonNull(now, "now");
        synchronized (outboxLock) {
            Delivery delivery = deliveries.get(notificationId);
            if (delivery == null || delivery.entry().state() != DeliveryState.FAILED) {
                return false;
            }
            OutboxEntry entry = delivery.entry();
            Delivery replayed = new Delivery(new OutboxEntry(entry.notification(), DeliveryState.PENDING, 0, now, entry.lastFailure()),
                    delivery.order(), null, Instant.MIN);
            deliveries.put(notificationId, replayed);
            due.add(replayed.due());
            return true;
        }
    }

    @Override
    public Optional<OutboxEntry> findNotification(String notificationId) {
        requireNonNull(notificationId, "notificationId");
        synchronized (outboxLock) {
            return Optional.ofNullable(deliveries.get(notificationId)).map(Delivery::entry);
        }
    }

    @Override
    public List<OutboxEntry> notifications(CaseId caseId) {
        requireNonNull(caseId, "caseId");
        synchronized (outboxLock) {
            return deliveriesByCase.getOrDefault(caseId, List.of()).stream().map(id -> deliveries.get(id).entry()).toList();
        }
    }

    @Override
    public List<CaseEvent> events(CaseId id) {
        Entry entry = cases.get(requireNonNull(id, "id"));
        return entry == null ? List.of() : entry.events();
    }

    @Override
    public long nextSequenceValue(String sequenceName) {
        requireNonNull(sequenceName, "sequenceName");
        return sequences.computeIfAbsent(sequenceName, name -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public CasePage search(CaseQuery query) {
        requireNonNull(query, "query");
        CaseFilter filter = query.filter();
        Iterable<Case> candidates = () -> cases.values().stream()
                .map(Entry::state)
                .filter(c -> filter.matches(c) && query.isAfterCursor(c))
                .iterator();
        return CasePage.of(query, Ordering.from(query.sort().comparator()).leastOf(candidates, query.pageSize() + 1));
    }

    @Override
    public SortedMap<String, Long> count(CaseFilter filter, CountDimension dimension) {
        requireNonNull(filter, "filter");
        requireNonNull(dimension, "dimension");
        SortedMap<String, Long> counts = new TreeMap<>();
        for (Entry entry : cases.values()) {
            if (filter.matches(entry.state())) {
                counts.merge(dimension.keyOf(entry.state()), 1L, Long::sum);
            }
        }
        return ImmutableSortedMap.copyOfSorted(counts);
    }

    /** {@return how many cases the store holds} */
    public int size() {
        return cases.size();
    }

    @Override
    public Optional<TimerStore> timers() {
        return Optional.of(this);
    }

    @Override
    public Optional<Outbox> outbox() {
        return Optional.of(this);
    }

    @Override
    public Optional<CaseQueries> queries() {
        return Optional.of(this);
    }

    @Override
    public Optional<CaseCounters> counters() {
        return Optional.of(this);
    }

    /** {@return the fingerprints of the definition versions Casekit was built with on this store, in memory} */
    @Override
    public Optional<DefinitionFingerprints> definitionFingerprints() {
        return Optional.of(fingerprints);
    }

    /** {@return the verification codes (their hashes) of this store, in memory} */
    @Override
    public Optional<VerificationCodeStore> verificationCodes() {
        return Optional.of(verificationCodes);
    }

    /** {@return the invitations (their code hashes) of this store, in memory} */
    @Override
    public Optional<InvitationStore> invitations() {
        return Optional.of(invitations);
    }

    /** {@return the requests for portal access of this store, in memory} */
    @Override
    public Optional<AccessRequestStore> accessRequests() {
        return Optional.of(accessRequests);
    }

    /** {@return the contact profiles and their history of this store, in memory} */
    @Override
    public Optional<ProfileStore> profiles() {
        return Optional.of(profiles);
    }
}
