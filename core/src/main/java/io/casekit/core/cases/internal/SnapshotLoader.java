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

import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.Merge;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Unmerge;
import io.casekit.core.change.internal.Snapshot;
import io.casekit.core.lifecycle.internal.Opening;
import io.casekit.core.links.internal.Involved;
import io.casekit.core.sla.internal.SlaClock;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Owner;
import io.casekit.spi.store.CaseStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The load step of the pipeline: reads, before a command is decided, everything its decision may
 * need, and only that (a definition without approvals reads no timeline; a case without children
 * reads no other case). The only place besides the commit and the reads where the pipeline meets
 * the store and the identity provider. Thread-safe.
 */
final class SnapshotLoader {

    private final CaseStore store;
    private final IdentityProvider identity;
    private final Access access;
    private final Definitions definitions;
    private final Uploads uploads;

    SnapshotLoader(CaseStore store, IdentityProvider identity, Access access, Definitions definitions, Uploads uploads) {
        this.store = store;
        this.identity = identity;
        this.access = access;
        this.definitions = definitions;
        this.uploads = uploads;
    }

    /**
     * What a command on one case may need: its timeline (approvals), its descendants, the actors it
     * names, its customer, and the stored metadata of the uploads it attaches.
     *
     * @throws io.casekit.core.cases.CommandValidationException if the command attaches an upload that
     *     is not the actor's own or is attached already
     */
    Snapshot forCase(Actor actor, CaseCommand.OnCase command, Case base, WorkflowDefinition d) {
        Map<String, Actor> actors = Map.of();
        if (command instanceof Assign assign && assign.owner().orElse(null) instanceof Owner.Agent agent) {
            actors = identity.findActor(agent.id()).map(a -> Map.of(a.id(), a)).orElse(Map.of());
        }
        List<AttachmentMetadata> attachments = command instanceof AddComment comment
                ? uploads.load(actor, "AddComment", comment.attachments())
                : List.of();
        return new Snapshot(base, timeline(base, d), descendants(base), actors, customer(base, d), attachments);
    }

    /** What a due timer's firing may need: as a command, without actors. */
    Snapshot forTimer(Case base, WorkflowDefinition d) {
        return new Snapshot(base, timeline(base, d), descendants(base), Map.of(), customer(base, d), List.of());
    }

    /**
     * What an opening needs: the customer it is for, the contact it names, and the stored metadata of
     * the uploads it attaches.
     *
     * @throws io.casekit.core.cases.CommandValidationException if the command attaches an upload that
     *     is not the actor's own or is attached already
     */
    Opening.Facts forOpening(Actor actor, OpenCase cmd) {
        List<AttachmentMetadata> attachments = uploads.load(actor, "OpenCase", cmd.attachments());
        Optional<Customer> customer = Opening.customerId(actor, cmd).flatMap(identity::findCustomer);
        Optional<Actor> contact = cmd.contactId().filter(id -> !id.equals(actor.id())).flatMap(identity::findActor);
        return new Opening.Facts(customer, contact, definitions::forNewCase, attachments);
    }

    /** What a contact's follow-up opening needs: its own customer, and the uploads its comment attaches. */
    Opening.Facts forFollowUp(Actor contact, AddComment comment) {
        List<AttachmentMetadata> attachments = uploads.load(contact, "AddComment", comment.attachments());
        return new Opening.Facts(contact.customerId().flatMap(identity::findCustomer), Optional.empty(), definitions::forNewCase,
                attachments);
    }

    /** A merge: the target and the sources the actor may see. */
    Involved forMerge(Actor actor, Merge cmd) {
        Map<CaseId, Case> visible = new HashMap<>();
        access.find(actor, cmd.targetId()).ifPresent(c -> visible.put(c.id(), c));
        cmd.sources().forEach(id -> access.find(actor, id).ifPresent(c -> visible.put(c.id(), c)));
        return new Involved(visible, Map.of(), Map.of());
    }

    /** An unmerge: the source, the case it is merged into and the source's timeline. */
    Involved forUnmerge(Actor actor, Unmerge cmd) {
        Optional<Case> source = access.find(actor, cmd.sourceId());
        Map<CaseId, Case> others = new HashMap<>();
        source.flatMap(Case::mergedInto).flatMap(link -> store.find(link.other())).ifPresent(c -> others.put(c.id(), c));
        return new Involved(source.map(c -> Map.of(c.id(), c)).orElse(Map.of()), others,
                source.map(c -> Map.of(c.id(), store.events(c.id()))).orElse(Map.of()));
    }

    /** A link or unlink: both cases, and the parents above each. */
    Involved forLink(Actor actor, CaseId caseId, CaseId otherId) {
        Map<CaseId, Case> visible = new HashMap<>();
        Map<CaseId, Case> ancestors = new HashMap<>();
        for (CaseId id : List.of(caseId, otherId)) {
            access.find(actor, id).ifPresent(c -> {
                visible.put(c.id(), c);
                ancestors(c, ancestors);
            });
        }
        return new Involved(visible, ancestors, Map.of());
    }

    private void ancestors(Case c, Map<CaseId, Case> found) {
        Optional<Case> current = Optional.of(c);
        while (current.isPresent()) {
            Optional<CaseId> parent = current.get().linked(LinkKind.PARENT).stream().findFirst();
            if (parent.isEmpty() || found.containsKey(parent.get())) {
                return;
            }
            current = store.find(parent.get());
            current.ifPresent(p -> found.put(p.id(), p));
        }
    }

    /** The stored timeline up to the base, where the definition's approvals are folded from it. */
    private Optional<List<CaseEvent>> timeline(Case base, WorkflowDefinition d) {
        if (d.approvals().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store.events(base.id()).stream().filter(e -> e.header().sequence() <= base.eventCount()).toList());
    }

    /** The case's children, their children, and so on: what closing it may close too. */
    private Map<CaseId, Case> descendants(Case base) {
        if (base.links().isEmpty() || base.linked(LinkKind.CHILD).isEmpty()) {
            return Map.of();
        }
        Map<CaseId, Case> found = new HashMap<>();
        Deque<CaseId> todo = new ArrayDeque<>(base.linked(LinkKind.CHILD));
        while (!todo.isEmpty()) {
            CaseId id = todo.pop();
            if (!id.equals(base.id()) && !found.containsKey(id)) {
                store.find(id).ifPresent(child -> {
                    found.put(id, child);
                    todo.addAll(child.linked(LinkKind.CHILD));
                });
            }
        }
        return found;
    }

    /** The case's customer, where the SLA policies or the no-contract rule depend on its contract. */
    private Optional<Customer> customer(Case base, WorkflowDefinition d) {
        boolean needed = !d.slaPolicies().isEmpty() && SlaClock.inUse(d) || d.noContractPriority().isPresent();
        return needed ? identity.findCustomer(base.customerId()) : Optional.empty();
    }
}
