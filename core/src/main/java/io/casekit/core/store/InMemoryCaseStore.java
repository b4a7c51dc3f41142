package io.casekit.core.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Ordering;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.DuplicateCaseNumberException;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import io.casekit.spi.timer.TimerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CaseStore}, {@link TimerStore} and {@link CaseQueries} that keeps everything in memory:
 * fast, thread-safe, and gone when the JVM stops. Each case's state and timeline are replaced
 * together in one atomic map update, so a reader never sees a state without its events; its timer
 * changes are applied under the same update. Queries scan every case (no indexes): fine for tests,
 * examples and thousands of cases. Passes the SPI's store, timer and query contract suites.
 */
public final class InMemoryCaseStore implements CaseStore, TimerStore, CaseQueries {

    private final ConcurrentMap<CaseId, Entry> cases = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CaseId> idByNumber = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    private final Object timerLock = new Object();
    private final Map<TimerKey, TimerEntry> timers = new HashMap<>();

    private record Entry(Case state, ImmutableList<CaseEvent> events) {}

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
            return updated;
        });
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

    /** How many cases the store holds. */
    public int size() {
        return cases.size();
    }
}
