package io.casekit.core.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.DuplicateCaseNumberException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link CaseStore} that keeps everything in memory: fast, thread-safe, and gone when the JVM
 * stops. Each case's state and timeline are replaced together in one atomic map update, so a
 * reader never sees a state without its events. Passes the SPI's contract suite.
 */
public final class InMemoryCaseStore implements CaseStore {

    private final ConcurrentMap<CaseId, Entry> cases = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CaseId> idByNumber = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    private record Entry(Case state, ImmutableList<CaseEvent> events) {}

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
            return new Entry(state, ImmutableList.<CaseEvent>builderWithExpectedSize(entry.events().size() + commit.events().size())
                    .addAll(entry.events())
                    .addAll(commit.events())
                    .build());
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
        Entry previous = cases.putIfAbsent(state.id(), new Entry(state, ImmutableList.copyOf(commit.events())));
        if (previous != null) {
            if (taken == null) {
                idByNumber.remove(state.number(), state.id()); // release the number this refused commit claimed
            }
            throw new ConcurrentCaseUpdateException(state.id(), 0, previous.state().version());
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

    /** How many cases the store holds. */
    public int size() {
        return cases.size();
    }
}
