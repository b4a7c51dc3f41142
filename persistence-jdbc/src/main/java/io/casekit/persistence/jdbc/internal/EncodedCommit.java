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
package io.casekit.persistence.jdbc.internal;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.timer.Timer;
import java.util.List;
import java.util.stream.Stream;

/**
 * A commit checked against what the store can keep, with its events encoded and its timer changes
 * sorted, before any connection is taken (so that no connection waits on JSON). Immutable.
 *
 * @param commit the commit
 * @param kinds each event's kind, in order
 * @param payloads each event's JSON payload, in order
 * @param schedules the timers the commit schedules, in key order (the order their rows are locked in)
 * @param cancels the names of the timers it cancels, in order
 * @param wide the wide columns of the case row the commit writes ({@link WideColumns})
 */
record EncodedCommit(
        CaseCommit commit, List<String> kinds, List<String> payloads, List<Timer> schedules, List<String> cancels, int wide) {

    /**
     * Checks that the commit fits the store (a new case's timeline starts at 1; instants to the
     * microsecond), encodes its events, and finds the wide columns it changes from the stored row,
     * if {@code stored} knows it.
     *
     * @throws IllegalArgumentException if it does not fit
     */
    static EncodedCommit of(CaseCommit commit, RowCache stored) {
        List<CaseEvent> events = commit.events();
        long firstSequence = events.get(0).header().sequence();
        if (commit.creates() && firstSequence != 1) {
            throw new IllegalArgumentException("a new case's timeline starts at sequence 1, not " + firstSequence);
        }
        List<Timer> schedules = TimerTable.schedules(commit.timers());
        Columns.checkPrecision(commit.state(), Stream.of(events.stream().map(e -> e.header().at()),
                schedules.stream().map(Timer::dueAt),
                commit.notifications().stream().map(n -> n.createdAt())).flatMap(times -> times));
        return new EncodedCommit(commit, events.stream().map(EventCodec::kind).toList(), events.stream().map(EventCodec::payload).toList(),
                schedules, TimerTable.cancels(commit.timers()),
                commit.creates() ? WideColumns.ALL : WideColumns.changed(stored.at(commit.state().id(), commit.expectedVersion()),
                        commit.state()));
    }

    /** How many events the case must have stored for the commit to continue it. */
    long expectedEventCount() {
        return commit.events().get(0).header().sequence() - 1;
    }

    /** What the commit is, for messages. */
    String describe() {
        return "case " + commit.state().id() + " version " + commit.state().version();
    }
}
