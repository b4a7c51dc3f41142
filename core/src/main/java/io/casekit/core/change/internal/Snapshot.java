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

import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a decision on one case may need, loaded before it is made: the case itself, its
 * timeline where the definition's approvals are folded from it, the other cases the command
 * involves (open children, the other side of a link, the parents above it), the actors it names and
 * the case's customer. Deciders read only this; what they need but find missing is a loading bug,
 * reported as such. Immutable.
 *
 * @param base the case as the command found it
 * @param timeline the case's stored events up to {@code base}, if loaded
 * @param related the other cases the decision may look at, by id
 * @param actors the actors the command names (an assignee, a requester), by id; absent ones are unknown
 * @param customer the case's customer, if loaded and known
 * @param attachments the uploads the command attaches, as the attachment store keeps them, in the
 *     command's order; checked when loaded (the actor's own, attached nowhere yet)
 */
public record Snapshot(Case base, Optional<List<CaseEvent>> timeline, Map<CaseId, Case> related, Map<String, Actor> actors,
        Optional<Customer> customer, List<AttachmentMetadata> attachments) {

    /** Copies the collections. */
    public Snapshot {
        timeline = timeline.map(List::copyOf);
        related = Map.copyOf(related);
        actors = Map.copyOf(actors);
        attachments = List.copyOf(attachments);
    }

    /** A snapshot of the case alone. */
    public static Snapshot of(Case base) {
        return new Snapshot(base, Optional.empty(), Map.of(), Map.of(), Optional.empty(), List.of());
    }

    /**
     * The stored metadata of the uploads the command names, loaded for it.
     *
     * @throws IllegalStateException if what was loaded is not what the command names (a loading bug)
     */
    public List<AttachmentMetadata> attachments(List<AttachmentId> ids) {
        return Snapshot.loaded(attachments, ids);
    }

    /**
     * {@code loaded} if it holds exactly the uploads {@code ids} names, in their order.
     *
     * @throws IllegalStateException if not (a loading bug)
     */
    public static List<AttachmentMetadata> loaded(List<AttachmentMetadata> loaded, List<AttachmentId> ids) {
        if (!loaded.stream().map(AttachmentMetadata::id).toList().equals(ids)) {
            throw new IllegalStateException("the uploads loaded " + loaded.stream().map(AttachmentMetadata::id).toList()
                    + " are not those the command names " + ids);
        }
        return loaded;
    }

    /** The case's stored timeline up to {@code base}. */
    public List<CaseEvent> requireTimeline() {
        return timeline.orElseThrow(() -> new IllegalStateException("the snapshot of case " + base.number() + " holds no timeline"));
    }

    /** An actor the command names, if the identity provider knows it. */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }
}
