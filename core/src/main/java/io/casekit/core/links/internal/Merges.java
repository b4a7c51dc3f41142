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

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CaseMergedException;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.IllegalTransitionException.Dimension;
import io.casekit.core.cases.Merge;
import io.casekit.core.cases.Unmerge;
import io.casekit.core.workflow.Merging;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseLinked;
import io.casekit.spi.event.CaseUnlinked;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Visibility;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.Snapshot;
import io.casekit.core.change.internal.Violations;
import io.casekit.spi.model.DefinitionRef;
import java.util.function.Function;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges and unmerges: one or more cases of a customer into an open target, and back within the
 * definition's unmerge window. Each method checks the command and returns the decisions of every
 * case involved, for the pipeline to finish and commit atomically.
 */
public final class Merges {

    private Merges() {}

    /** The changes of a merge: the target's first, then each source's. */
    public static List<Decision> merge(Actor actor, Merge cmd, Involved cases, Function<DefinitionRef, WorkflowDefinition> definitions,
            Instant now) {
        requireStaff(actor, "merge cases");
        Violations violations = new Violations("Merge");
        Set<CaseId> seen = new HashSet<>();
        for (int i = 0; i < cmd.sources().size(); i++) {
            CaseId id = cmd.sources().get(i);
            if (id.equals(cmd.targetId())) {
                violations.add("sources[" + i + "]", "NotTarget", "a case cannot be merged into itself");
            } else if (!seen.add(id)) {
                violations.add("sources[" + i + "]", "Distinct", "case " + id.value() + " is named twice");
            }
        }
        violations.throwIfAny();
        Case target = cases.visible(cmd.targetId());
        requireNotMerged(target);
        if (!target.state().isOpen()) {
            throw new IllegalTransitionException(Dimension.CHANGE, target.number(), target.statusReason(), Optional.empty(), Set.of(),
                    "the case is " + target.state() + "; cases are merged into open cases only");
        }
        List<Case> sources = new ArrayList<>();
        for (int i = 0; i < cmd.sources().size(); i++) {
            Case source = cases.visible(cmd.sources().get(i));
            requireNotMerged(source);
            if (!source.customerId().equals(target.customerId())) {
                violations.add("sources[" + i + "]", "SameCustomer", "case " + source.number() + " belongs to another customer than"
                        + " case " + target.number() + "; only cases of one customer are merged");
            }
            if (!source.linked(LinkKind.MERGED_FROM).isEmpty()) {
                violations.add("sources[" + i + "]", "NoMergedSources", "cases are merged into case " + source.number()
                        + "; merge those into case " + target.number() + " directly");
            }
            sources.add(source);
        }
        violations.throwIfAny();

        Decision into = decision(actor, definitions.apply(target.definition()), target, now, "Merge");
        cmd.comment().ifPresent(body -> into.change().record(h -> new CommentAdded(h, Change.commentId(h.sequence()), body,
                Visibility.PUBLIC)));
        List<Decision> changes = new ArrayList<>();
        changes.add(into);
        for (Case source : sources) {
            WorkflowDefinition d = definitions.apply(source.definition());
            Merging merging = d.merging().orElseThrow(() -> new IllegalTransitionException(Dimension.STATUS, source.number(),
                    source.statusReason(), Optional.empty(), d.targetsFrom(source.statusReason(), actor.kind()),
                    "the workflow definition " + d.ref() + " does not merge cases"));
            StatusReason merged = d.statusReason(merging.status()).orElseThrow();
            if (d.transition(source.statusReason(), merged.code(), actor.kind()).isEmpty()) {
                throw new IllegalTransitionException(Dimension.STATUS, source.number(), source.statusReason(), Optional.of(merged.code()),
                        d.targetsFrom(source.statusReason(), actor.kind()), "no transition from '" + source.statusReason() + "' to the"
                        + " merged status '" + merged.code() + "' for " + actor.kind());
            }
            Decision from = decision(actor, d, source, now, "Merge");
            from.change().record(h -> new StatusChanged(h, source.statusReason(), merged.code(), source.state(), merged.state(),
                    StatusChanged.Cause.REQUESTED));
            from.change().record(h -> new CaseLinked(h, new CaseLink(LinkKind.MERGED_INTO, target.id(), h.at())));
            into.change().record(h -> new CaseLinked(h, new CaseLink(LinkKind.MERGED_FROM, source.id(), h.at())));
            changes.add(from);
        }
        return changes;
    }

    /** The changes of an unmerge: the source's, then the target's. */
    public static List<Decision> unmerge(Actor actor, Unmerge cmd, Involved cases,
            Function<DefinitionRef, WorkflowDefinition> definitions, Instant now) {
        requireStaff(actor, "unmerge cases");
        Case source = cases.visible(cmd.sourceId());
        WorkflowDefinition d = definitions.apply(source.definition());
        CaseLink link = source.mergedInto().orElseThrow(() -> new IllegalTransitionException(Dimension.CHANGE, source.number(),
                source.statusReason(), Optional.empty(), Set.of(), "the case is not merged"));
        Duration window = d.merging().map(Merging::unmergeWindow).orElse(Duration.ZERO);
        Instant until = link.since().plus(window);
        StatusChanged move = mergeMove(source, link, cases.timeline(source.id()));
        if (!now.isBefore(until)) {
            throw new IllegalTransitionException(Dimension.STATUS, source.number(), source.statusReason(), Optional.of(move.from()),
                    Set.of(), "the case was merged at " + link.since() + " and a merge can be undone for " + window
                    + " only, until " + until);
        }
        Case target = cases.find(link.other()).orElseThrow(() -> new IllegalStateException(
                "case " + source.number() + " is merged into case " + link.other() + ", which does not exist"));
        Decision from = decision(actor, d, source, now, "Unmerge");
        from.change().record(h -> new CaseUnlinked(h, LinkKind.MERGED_INTO, target.id()));
        from.change().record(h -> new StatusChanged(h, move.to(), move.from(), move.toState(), move.fromState(),
                StatusChanged.Cause.REQUESTED));
        Decision into = decision(actor, definitions.apply(target.definition()), target, now, "Unmerge");
        into.change().record(h -> new CaseUnlinked(h, LinkKind.MERGED_FROM, source.id()));
        return List.of(from, into);
    }

    /** The status change the merge recorded on the source: the one committed with its merge link. */
    private static StatusChanged mergeMove(Case source, CaseLink link, List<CaseEvent> events) {
        long mergeVersion = -1;
        for (CaseEvent event : events) {
            if (event instanceof CaseLinked linked && linked.link().is(LinkKind.MERGED_INTO, link.other())) {
                mergeVersion = event.header().version();
            }
        }
        for (CaseEvent event : events) {
            if (event.header().version() == mergeVersion && event instanceof StatusChanged moved) {
                return moved;
            }
        }
        throw new IllegalStateException("the timeline of case " + source.number() + " does not record its merge");
    }

    /** Refuses a merged case: it is read-only. */
    public static void requireNotMerged(Case c) {
        Optional<CaseLink> merged = c.mergedInto();
        if (merged.isPresent()) {
            throw new CaseMergedException(c.number(), merged.get().other());
        }
    }

    /** A decision on one of the cases, made of it alone. */
    static Decision decision(Actor actor, WorkflowDefinition d, Case c, Instant now, String command) {
        return new Decision(actor, d, new Change(c, actor.ref(), now), command, Snapshot.of(c));
    }

    static void requireStaff(Actor actor, String what) {
        if (actor.kind() == ActorKind.CONTACT) {
            throw new AccessDeniedException(actor.id(), "contacts may not " + what);
        }
    }

    static void requireParentOrChild(String command, LinkKind kind) {
        if (kind != LinkKind.PARENT && kind != LinkKind.CHILD) {
            throw Violations.single(command, "kind", "ParentOrChild", "links of kind " + kind + " are made by merges and follow-ups;"
                    + " this command takes PARENT or CHILD");
        }
    }
}
