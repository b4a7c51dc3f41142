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
package io.casekit.spi.store;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.timer.TimerChange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

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
 * @param notifications the notifications the change causes, each about one of its events, at most
 *     one of each id (a store without {@link io.casekit.spi.outbox.Outbox} support refuses a commit
 *     with notifications)
 * @param counters the counters the change advances, at most one increment per counter (a store
 *     without {@link CaseCounters} support refuses a commit with counters); Casekit uses them to
 *     number a new case per customer
 */
@API(status = STABLE, since = "0.1.0")
public record CaseCommit(Case state, long expectedVersion, List<CaseEvent> events, List<TimerChange> timers,
        List<Notification> notifications, List<CounterIncrement> counters) {

    /**
     * A commit without timer changes or notifications.
     *
     * @param state the case after the change
     * @param expectedVersion the version the change was computed from; 0 to create the case
     * @param events the events of the change, at least one, in sequence order
     */
    public CaseCommit(Case state, long expectedVersion, List<CaseEvent> events) {
        this(state, expectedVersion, events, List.of(), List.of());
    }

    /**
     * A commit without notifications.
     *
     * @param state the case after the change
     * @param expectedVersion the version the change was computed from; 0 to create the case
     * @param events the events of the change, at least one, in sequence order
     * @param timers the timers the change schedules or cancels
     */
    public CaseCommit(Case state, long expectedVersion, List<CaseEvent> events, List<TimerChange> timers) {
        this(state, expectedVersion, events, timers, List.of());
    }

    /**
     * A commit that advances no counter.
     *
     * @param state the case after the change
     * @param expectedVersion the version the change was computed from; 0 to create the case
     * @param events the events of the change, at least one, in sequence order
     * @param timers the timers the change schedules or cancels
     * @param notifications the notifications the change causes
     */
    public CaseCommit(Case state, long expectedVersion, List<CaseEvent> events, List<TimerChange> timers,
            List<Notification> notifications) {
        this(state, expectedVersion, events, timers, notifications, List.of());
    }

    /**
     * Checks that the parts agree (see above) and copies the lists.
     *
     * @param state the case after the change
     * @param expectedVersion the version the change was computed from; 0 to create the case
     * @param events the events of the change, at least one, in sequence order
     * @param timers the timers the change schedules or cancels, at most one change per timer key, all
     *     of this case (a store without {@link io.casekit.spi.timer.TimerStore} support refuses a commit
     *     with timers)
     * @param notifications the notifications the change causes, each about one of its events, at most
     *     one of each id (a store without {@link io.casekit.spi.outbox.Outbox} support refuses a commit
     *     with notifications)
     * @param counters the counters the change advances, at most one increment per counter
     * @throws IllegalArgumentException if the parts do not agree: a negative expected version, a
     *     state version other than {@code expectedVersion + 1}, no events, an event of another case or
     *     version, a gap in the event sequences, an event count other than the last sequence, a timer
     *     changed twice or of another case, a notification of another case, about an event outside
     *     the commit, or carried twice, or a counter incremented twice
     */
    public CaseCommit {
        Checks.notNull(state, "state");
        Checks.notNegative(expectedVersion, "expectedVersion");
        events = List.copyOf(Checks.notNull(events, "events"));
        timers = List.copyOf(Checks.notNull(timers, "timers"));
        notifications = List.copyOf(Checks.notNull(notifications, "notifications"));
        counters = List.copyOf(Checks.notNull(counters, "counters"));
        if (counters.size() > 1 && counters.stream().map(CounterIncrement::name).distinct().count() != counters.size()) {
            throw new IllegalArgumentException("a commit increments each counter at most once");
        }
        if (timers.size() > 1 && timers.stream().map(TimerChange::key).distinct().count() != timers.size()) {
            throw new IllegalArgumentException("a commit changes each timer at most once");
        }
        for (TimerChange timer : timers) {
            if (!timer.key().caseId().equals(state.id())) {
                throw new IllegalArgumentException("a commit changes the timers of its own case only");
            }
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
        long first = events.get(0).header().sequence();
        Set<String> ids = notifications.size() > 1 ? new HashSet<>() : Set.of();
        for (Notification notification : notifications) {
            if (!notification.caseId().equals(state.id())) {
                throw new IllegalArgumentException("a commit carries the notifications of its own case only");
            }
            if (notification.eventSequence() < first || notification.eventSequence() >= sequence) {
                throw new IllegalArgumentException("notification " + notification.id() + " is about event "
                        + notification.eventSequence() + ", which is not in this commit");
            }
            if (notifications.size() > 1 && !ids.add(notification.id())) {
                throw new IllegalArgumentException("a commit carries each notification at most once: " + notification.id());
            }
        }
    }

    /**
     * Checks the commits of a multi-case commit: at least one, of distinct cases.
     *
     * @param commits the commits, one per case
     * @return an immutable copy, in the given order
     * @throws IllegalArgumentException if the list is empty, names a case twice or increments a counter
     *     in two commits
     */
    public static List<CaseCommit> distinct(List<CaseCommit> commits) {
        List<CaseCommit> copy = List.copyOf(Checks.notNull(commits, "commits"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a multi-case commit has at least one commit");
        }
        if (copy.stream().map(c -> c.state().id()).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("a multi-case commit changes each case once");
        }
        if (copy.stream().flatMap(c -> c.counters().stream()).map(CounterIncrement::name).distinct().count()
                != copy.stream().mapToLong(c -> c.counters().size()).sum()) {
            throw new IllegalArgumentException("a multi-case commit increments each counter at most once");
        }
        return copy;
    }

    /** {@return whether this commit creates the case: its expected version is 0} */
    public boolean creates() {
        return expectedVersion == 0;
    }
}
