package io.casekit.core.cases.internal;

import io.casekit.spi.event.CaseChange;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The events one command adds to a case, and the state they lead to. Not thread-safe. */
final class Change {

    private final Case before;
    private final ActorRef actor;
    private final Instant at;
    private final long expectedVersion;
    private final long version;
    private final List<CaseEvent> events = new ArrayList<>(2);
    private @Nullable Map<TimerKey, TimerChange> timers; // most changes touch no timer
    private @Nullable List<Notification> notifications; // and many notify nobody
    private Case state;

    /** A change of an existing case. */
    Change(Case before, ActorRef actor, Instant now) {
        this.before = before;
        this.actor = actor;
        // A case's modification times never go backwards, even if the clock does.
        this.at = now.isBefore(before.modifiedAt()) ? before.modifiedAt() : now;
        this.expectedVersion = before.version();
        this.version = before.version() + 1;
        this.state = before;
    }

    /** The change that opens a case: its first event, and what else the opening records in the same commit. */
    Change(CaseOpened opened) {
        this.before = opened.opened();
        this.actor = opened.header().actor();
        this.at = opened.header().at();
        this.expectedVersion = 0;
        this.version = 1;
        this.state = opened.opened();
        this.events.add(opened);
    }

    /** Records one event, made from the header the change gives it, and applies it to the state. */
    void record(Function<EventHeader, ? extends CaseChange> event) {
        EventHeader header = new EventHeader(before.id(), state.eventCount() + 1, version, at, actor);
        CaseChange change = event.apply(header);
        state = change.applyTo(state);
        events.add(change);
    }

    /** Schedules a timer with this change, replacing an earlier change of the same timer. */
    void schedule(TimerKey key, Instant dueAt) {
        timers().put(key, new TimerChange.Schedule(new Timer(key, dueAt, UUID.randomUUID().toString())));
    }

    /** Cancels a timer with this change. */
    void cancel(TimerKey key) {
        timers().put(key, new TimerChange.Cancel(key));
    }

    /** Adds a notification to the commit of this change. */
    void notify(Notification notification) {
        List<Notification> list = notifications;
        if (list == null) {
            list = new ArrayList<>(2);
            notifications = list;
        }
        list.add(notification);
    }

    /** The actor who makes the change. */
    ActorRef actor() {
        return actor;
    }

    private Map<TimerKey, TimerChange> timers() {
        Map<TimerKey, TimerChange> map = timers;
        if (map == null) {
            map = new LinkedHashMap<>();
            timers = map;
        }
        return map;
    }

    Case before() {
        return before;
    }

    /** The time of the change. */
    Instant at() {
        return at;
    }

    /** The events recorded so far. */
    List<CaseEvent> events() {
        return events;
    }

    /** The case after the events recorded so far. */
    Case state() {
        return state;
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    CaseCommit commit() {
        return new CaseCommit(state, expectedVersion, events, timers == null ? List.of() : List.copyOf(timers.values()),
                notifications == null ? List.of() : notifications);
    }
}
