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
package io.casekit.core.cases.internal;

import io.casekit.core.approvals.Approval;
import io.casekit.core.approvals.internal.ApprovalLedger;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.CaseStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The read path: a case, its timeline and its approvals as an actor may see them. Reads never
 * change a case. Thread-safe.
 */
final class CaseReads {

    private final CaseStore store;
    private final Access access;

    CaseReads(CaseStore store, Access access) {
        this.store = store;
        this.access = access;
    }

    Case get(Actor actor, CaseId id) {
        return access.visible(actor, id);
    }

    Case getByNumber(Actor actor, String number) {
        if (!StorableText.isStorable(number)) {
            throw new CaseNotFoundException(number); // no number holds such text, and a store must not be asked
        }
        return store.findByNumber(number)
                .filter(c -> Access.canSee(actor, c))
                .orElseThrow(() -> new CaseNotFoundException(number));
    }

    /** The timeline: a contact's without internal comments. */
    List<CaseEvent> timeline(Actor actor, CaseId id) {
        Case c = access.visible(actor, id);
        List<CaseEvent> events = withMergedComments(c, store.events(id));
        if (actor.kind() != ActorKind.CONTACT) {
            return events;
        }
        return events.stream()
                .filter(e -> !(e instanceof CommentAdded comment && comment.visibility() == Visibility.INTERNAL))
                .toList();
    }

    List<Approval> approvals(Actor actor, CaseId id) {
        access.visible(actor, id);
        return ApprovalLedger.of(store.events(id), Optional.empty()).approvals();
    }

    /**
     * The case's timeline with the openings (description and files) and comments of the cases merged
     * into it, in time order (on equal times, the case's own events first, then the sources' in the
     * order they were merged). A source's event keeps its header: its case id says where it was
     * written.
     */
    private List<CaseEvent> withMergedComments(Case c, List<CaseEvent> events) {
        List<CaseId> sources = c.linked(LinkKind.MERGED_FROM);
        if (sources.isEmpty()) {
            return events;
        }
        List<CaseEvent> all = new ArrayList<>(events);
        for (CaseId source : sources) {
            store.events(source).stream().filter(e -> e instanceof CommentAdded || e instanceof CaseOpened).forEach(all::add);
        }
        all.sort(Comparator.comparing(e -> e.header().at())); // stable
        return List.copyOf(all);
    }
}
