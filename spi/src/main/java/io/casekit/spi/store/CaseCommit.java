package io.casekit.spi.store;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.timer.TimerChange;
import java.util.List;

/**
 * One atomic change to a case: its new state and the events that record the change.
 *
 * <p>The constructor checks that the parts agree: the new state's version is one more than the
 * expected version, every event belongs to the case and carries the new version, in consecutive
 * sequence order, and the state's event count is the last event's sequence.
 *
 * @param state the case after the change
 * @param expectedVersion the version the change was computed from; 0 to create the case
 * @param events the events of the change, at least one, in sequence order
 * @param timers the timers the change schedules or cancels, at most one change per timer key, all
 *     of this case (a store without {@link io.casekit.spi.timer.TimerStore} support refuses a
 *     commit with timers)
 */
public record CaseCommit(Case state, long expectedVersion, List<CaseEvent> events, List<TimerChange> timers) {

    /** A commit without timer changes. */
    public CaseCommit(Case state, long expectedVersion, List<CaseEvent> events) {
        this(state, expectedVersion, events, List.of());
    }

    public CaseCommit {
        Checks.notNull(state, "state");
        Checks.notNegative(expectedVersion, "expectedVersion");
        events = List.copyOf(Checks.notNull(events, "events"));
        timers = List.copyOf(Checks.notNull(timers, "timers"));
        if (timers.stream().map(TimerChange::key).distinct().count() != timers.size()) {
            throw new IllegalArgumentException("a commit changes each timer at most once");
        }
        if (timers.stream().anyMatch(t -> !t.key().caseId().equals(state.id()))) {
            throw new IllegalArgumentException("a commit changes the timers of its own case only");
        }
        if (state.version() != expectedVersion + 1) {
            throw new IllegalArgumentException(
                    "state version " + state.version() + " must be expectedVersion + 1 = " + (expectedVersion + 1));
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a commit has at least one event");
        }
        long sequence = events.get(0).header().sequence();
        for (CaseEvent event : events) {
            if (!event.header().caseId().equals(state.id())) {
                throw new IllegalArgumentException("event of case " + event.header().caseId() + " in a commit of " + state.id());
            }
            if (event.header().version() != state.version()) {
                throw new IllegalArgumentException("event version " + event.header().version() + " differs from state version " + state.version());
            }
            if (event.header().sequence() != sequence++) {
                throw new IllegalArgumentException("event sequences of a commit must be consecutive");
            }
        }
        if (state.eventCount() != sequence - 1) {
            throw new IllegalArgumentException(
                    "state eventCount " + state.eventCount() + " must be the last event's sequence " + (sequence - 1));
        }
    }

    /** Whether this commit creates the case. */
    public boolean creates() {
        return expectedVersion == 0;
    }
}
