package io.casekit.core.cases.internal;

import io.casekit.spi.event.CaseChange;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseCommit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The events one command adds to a case, and the state they lead to. Not thread-safe. */
final class Change {

    private final Case before;
    private final ActorRef actor;
    private final Instant at;
    private final List<CaseEvent> events = new ArrayList<>(2);
    private Case state;

    Change(Case before, ActorRef actor, Instant now) {
        this.before = before;
        this.actor = actor;
        // A case's modification times never go backwards, even if the clock does.
        this.at = now.isBefore(before.modifiedAt()) ? before.modifiedAt() : now;
        this.state = before;
    }

    /** Records one event, made from the header the change gives it, and applies it to the state. */
    void record(Function<EventHeader, ? extends CaseChange> event) {
        EventHeader header = new EventHeader(before.id(), state.eventCount() + 1, before.version() + 1, at, actor);
        CaseChange change = event.apply(header);
        state = change.applyTo(state);
        events.add(change);
    }

    Case before() {
        return before;
    }

    /** The case after the events recorded so far. */
    Case state() {
        return state;
    }

    /** The sequence the next recorded event gets. */
    long nextSequence() {
        return state.eventCount() + 1;
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    CaseCommit commit() {
        return new CaseCommit(state, before.version(), events);
    }
}
