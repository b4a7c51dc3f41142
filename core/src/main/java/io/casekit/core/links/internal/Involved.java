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
package io.casekit.core.links.internal;

import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cases a command on several cases involves, loaded before it is decided: those it names that
 * the actor may see, the others its rules look at (the parents above a case, the target of a
 * merge), and the timelines it reads. Immutable.
 *
 * @param visible the named cases the actor may see, by id (a named case missing here is unknown to the actor)
 * @param others further cases the decision looks at, whoever the actor is
 * @param timelines the timelines the decision reads, by case id
 */
public record Involved(Map<CaseId, Case> visible, Map<CaseId, Case> others, Map<CaseId, List<CaseEvent>> timelines) {

    /** Copies the maps. */
    public Involved {
        visible = Map.copyOf(visible);
        others = Map.copyOf(others);
        timelines = Map.copyOf(timelines);
    }

    /**
     * A named case the actor may see.
     *
     * @throws CaseNotFoundException if there is none with this id the actor may see
     */
    public Case visible(CaseId id) {
        Case c = visible.get(id);
        if (c == null) {
            throw new CaseNotFoundException(id.value());
        }
        return c;
    }

    /** Any loaded case, visible or not. */
    public Optional<Case> find(CaseId id) {
        return Optional.ofNullable(visible.get(id)).or(() -> Optional.ofNullable(others.get(id)));
    }

    /** A loaded timeline. */
    public List<CaseEvent> timeline(CaseId id) {
        List<CaseEvent> events = timelines.get(id);
        if (events == null) {
            throw new IllegalStateException("the timeline of case " + id.value() + " was not loaded");
        }
        return events;
    }
}
