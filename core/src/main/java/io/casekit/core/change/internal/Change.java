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
package io.casekit.core.change.internal;

import io.casekit.spi.event.CaseChange;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CounterIncrement;
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
public final class Change {

    private Case before;
    private final ActorRef actor;
    private final Instant at;
    private final long expectedVersion;
    private final long version;
    private final List<CaseEvent> events = new ArrayList<>(2);
    private @Nullable Map<TimerKey, TimerChange> timers; // most changes touch no timer
    private @Nullable List<Notification> notifications; // and many notify nobody
    private @Nullable CounterIncrement counter; // only an opening numbered per customer
    private Case state;

    /** A change of an existing case. */
    public Change(Case before, ActorRef actor, Instant now) {
        this.before = before;
        this.actor = actor;
        // A case's modification times never go backwards, even if the clock does.
        this.at = now.isBefore(before.modifiedAt()) ? before.modifiedAt() : now;
        this.expectedVersion = before.version();
        this.version = before.version() + 1;
        this.state = before;
    }

    /** The change that opens a case: its first event, and what else the opening records in the same commit. */
    public Change(CaseOpened opened) {
        this.before = opened.opened();
        this.actor = opened.header().actor();
        this.at = opened.header().at();
        this.expectedVersion = 0;
        this.version = 1;
        this.state = opened.opened();
        this.events.add(opened);
    }

    /**
     * Gives the case that this change opens its number: the opening is decided before a number is
     * taken, so that a refused opening takes none.
     *
     * @throws IllegalStateException if the change does not open a case
     */
    public void numbered(String number) {
        if (expectedVersion != 0 || !(events.get(0) instanceof CaseOpened opened)) {
            throw new IllegalStateException("only the change that opens a case is numbered");
        }
        before = opened.opened().toBuilder().number(number).build();
        events.set(0, new CaseOpened(opened.header(), before, opened.attachments()));
        state = state.toBuilder().number(number).build();
    }

    /** Records one event, made from the header the change gives it, and applies it to the state. */
    public void record(Function<EventHeader, ? extends CaseChange> event) {
        EventHeader header = new EventHeader(before.id(), state.eventCount() + 1, version, at, actor);
        CaseChange change = event.apply(header);
        state = change.applyTo(state);
        events.add(change);
    }

    /** Schedules a timer with this change, replacing an earlier change of the same timer. */
    public void schedule(TimerKey key, Instant dueAt) {
        timers().put(key, new TimerChange.Schedule(new Timer(key, dueAt, UUID.randomUUID().toString())));
    }

    /**
     * Takes the next value of a counter with this change: the number of the case it opens comes
     * from a per-customer counter, which advances in the same commit.
     */
    public void counted(CounterIncrement increment) {
        counter = increment;
    }

    /** Cancels a timer with this change. */
    public void cancel(TimerKey key) {
        timers().put(key, new TimerChange.Cancel(key));
    }

    /** Adds a notification to the commit of this change. */
    public void notify(Notification notification) {
        List<Notification> list = notifications;
        if (list == null) {
            list = new ArrayList<>(2);
            notifications = list;
        }
        list.add(notification);
    }

    /** The id of the comment a change records at this event sequence: comments are named by the event that adds them. */
    public static String commentId(long sequence) {
        return "C" + sequence;
    }

    /** The actor who makes the change. */
    public ActorRef actor() {
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

    /** The case as it was before this change. */
    public Case before() {
        return before;
    }

    /** The time of the change. */
    public Instant at() {
        return at;
    }

    /** The events recorded so far. */
    public List<CaseEvent> events() {
        return events;
    }

    /** The case after the events recorded so far. */
    public Case state() {
        return state;
    }

    /** Whether the change records no event. */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** The commit that makes this change durable. */
    public CaseCommit commit() {
        return new CaseCommit(state, expectedVersion, events, timers == null ? List.of() : List.copyOf(timers.values()),
                notifications == null ? List.of() : notifications, counter == null ? List.of() : List.of(counter));
    }
}
