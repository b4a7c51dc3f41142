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
package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.Case;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Replays a case's timeline into its state. A store's state is correct exactly when it equals the
 * replay of its events; the contract suite checks this after every test.
 */
@API(status = STABLE, since = "0.1.0")
public final class CaseHistory {

    private CaseHistory() {}

    /**
     * Folds the events, in sequence order, into the case state they describe.
     *
     * @param events the whole timeline of one case, first event first
     * @return the case after the last event, or empty if there are no events
     * @throws IllegalArgumentException if the timeline does not start with {@link CaseOpened}, mixes
     *     cases, skips or repeats a sequence number, or lets a version go backwards or jump
     */
    public static Optional<Case> replay(List<? extends CaseEvent> events) {
        @Nullable Case state = null;
        long previousVersion = 0;
        long expectedSequence = 1;
        for (CaseEvent event : events) {
            EventHeader header = event.header();
            if (header.sequence() != expectedSequence) {
                throw new IllegalArgumentException(
                        "event sequence " + header.sequence() + " where " + expectedSequence + " was expected");
            }
            if (header.version() != previousVersion && header.version() != previousVersion + 1) {
                throw new IllegalArgumentException(
                        "event version " + header.version() + " follows version " + previousVersion);
            }
            if (event instanceof CaseOpened opened) {
                if (state != null) {
                    throw new IllegalArgumentException("a case is opened only once, at sequence 1");
                }
                state = opened.opened();
            } else if (state == null) {
                throw new IllegalArgumentException("a timeline starts with CaseOpened");
            } else {
                if (!header.caseId().equals(state.id())) {
                    throw new IllegalArgumentException("event of case " + header.caseId() + " in the timeline of " + state.id());
                }
                state = ((CaseChange) event).applyTo(state);
            }
            previousVersion = header.version();
            expectedSequence++;
        }
        return Optional.ofNullable(state);
    }
}
