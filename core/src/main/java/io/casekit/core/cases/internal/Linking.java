package io.casekit.core.cases.internal;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CaseMergedException;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.IllegalTransitionException.Dimension;
import io.casekit.core.cases.Link;
import io.casekit.core.cases.Merge;
import io.casekit.core.cases.Unlink;
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
import io.casekit.spi.store.CaseStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges, unmerges, links and unlinks cases: the commands that change several cases at once. Each
 * method checks the command and returns the changes of every case involved, for the engine to
 * commit atomically; it writes nothing itself.
 */
final class Linking {

    /** Reads a case as an actor may see it (else {@link io.casekit.core.cases.CaseNotFoundException}). */
    interface Cases {
        Case visible(Actor actor, CaseId id);
    }

    private final CaseStore store;
    private final Definitions definitions;

    Linking(CaseStore store, Definitions definitions) {
        this.store = store;
        this.definitions = definitions;
    }

    /** The changes of a merge: the target's first, then each source's. */
    List<Context> merge(Actor actor, Merge cmd, Cases cases, Instant now) {
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
        Case target = cases.visible(actor, cmd.targetId());
        requireNotMerged(target);
        if (!target.state().isOpen()) {
            throw new IllegalTransitionException(Dimension.CHANGE, target.number(), target.statusReason(), Optional.empty(), Set.of(),
                    "the case is " + target.state() + "; cases are merged into open cases only");
        }
        List<Case> sources = new ArrayList<>();
        for (int i = 0; i < cmd.sources().size(); i++) {
            Case source = cases.visible(actor, cmd.sources().get(i));
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

        Context into = new Context(actor, definitions.of(target.definition()), new Change(target, actor.ref(), now), "Merge");
        cmd.comment().ifPresent(body -> into.change().record(h -> new CommentAdded(h, Moves.commentId(h.sequence()), body,
                Visibility.PUBLIC)));
        List<Context> changes = new ArrayList<>();
        changes.add(into);
        for (Case source : sources) {
            WorkflowDefinition d = definitions.of(source.definition());
            Merging merging = d.merging().orElseThrow(() -> new IllegalTransitionException(Dimension.STATUS, source.number(),
                    source.statusReason(), Optional.empty(), d.targetsFrom(source.statusReason(), actor.kind()),
                    "the workflow definition " + d.ref() + " does not merge cases"));
            StatusReason merged = d.statusReason(merging.status()).orElseThrow();
            if (d.transition(source.statusReason(), merged.code(), actor.kind()).isEmpty()) {
                throw new IllegalTransitionException(Dimension.STATUS, source.number(), source.statusReason(), Optional.of(merged.code()),
                        d.targetsFrom(source.statusReason(), actor.kind()), "no transition from '" + source.statusReason() + "' to the"
                        + " merged status '" + merged.code() + "' for " + actor.kind());
            }
            Context from = new Context(actor, d, new Change(source, actor.ref(), now), "Merge");
            from.change().record(h -> new StatusChanged(h, source.statusReason(), merged.code(), source.state(), merged.state(),
                    StatusChanged.Cause.REQUESTED));
            from.change().record(h -> new CaseLinked(h, new CaseLink(LinkKind.MERGED_INTO, target.id(), h.at())));
            into.change().record(h -> new CaseLinked(h, new CaseLink(LinkKind.MERGED_FROM, source.id(), h.at())));
            changes.add(from);
        }
        return changes;
    }

    /** The changes of an unmerge: the source's, then the target's. */
    List<Context> unmerge(Actor actor, Unmerge cmd, Cases cases, Instant now) {
        requireStaff(actor, "unmerge cases");
        Case source = cases.visible(actor, cmd.sourceId());
        WorkflowDefinition d = definitions.of(source.definition());
        CaseLink link = source.mergedInto().orElseThrow(() -> new IllegalTransitionException(Dimension.CHANGE, source.number(),
                source.statusReason(), Optional.empty(), Set.of(), "the case is not merged"));
        Duration window = d.merging().map(Merging::unmergeWindow).orElse(Duration.ZERO);
        Instant until = link.since().plus(window);
        StatusChanged move = mergeMove(source, link);
        if (!now.isBefore(until)) {
            throw new IllegalTransitionException(Dimension.STATUS, source.number(), source.statusReason(), Optional.of(move.from()),
                    Set.of(), "the case was merged at " + link.since() + " and a merge can be undone for " + window
                    + " only, until " + until);
        }
        Case target = store.find(link.other()).orElseThrow(() -> new IllegalStateException(
                "case " + source.number() + " is merged into case " + link.other() + ", which does not exist"));
        Context from = new Context(actor, d, new Change(source, actor.ref(), now), "Unmerge");
        from.change().record(h -> new CaseUnlinked(h, LinkKind.MERGED_INTO, target.id()));
        from.change().record(h -> new StatusChanged(h, move.to(), move.from(), move.toState(), move.fromState(),
                StatusChanged.Cause.REQUESTED));
        Context into = new Context(actor, definitions.of(target.definition()), new Change(target, actor.ref(), now), "Unmerge");
        into.change().record(h -> new CaseUnlinked(h, LinkKind.MERGED_FROM, source.id()));
        return List.of(from, into);
    }

    /** The status change the merge recorded on the source: the one committed with its merge link. */
    private StatusChanged mergeMove(Case source, CaseLink link) {
        List<CaseEvent> events = store.events(source.id());
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

    /** The changes of a link: the case's, then the other's. */
    List<Context> link(Actor actor, Link cmd, Cases cases, Instant now) {
        requireStaff(actor, "link cases");
        requireParentOrChild("Link", cmd.kind());
        if (cmd.caseId().equals(cmd.otherId())) {
            throw Violations.single("Link", "otherId", "NotSelf", "a case cannot be linked to itself");
        }
        Case c = cases.visible(actor, cmd.caseId());
        Case other = cases.visible(actor, cmd.otherId());
        requireNotMerged(c);
        requireNotMerged(other);
        Context here = new Context(actor, definitions.of(c.definition()), new Change(c, actor.ref(), now), "Link");
        Context there = new Context(actor, definitions.of(other.definition()), new Change(other, actor.ref(), now), "Link");
        if (c.links().stream().anyMatch(l -> l.is(cmd.kind(), other.id()))) {
            return List.of(here, there); // linked already: nothing to do
        }
        Violations violations = new Violations("Link");
        if (!c.customerId().equals(other.customerId())) {
            violations.add("otherId", "SameCustomer", "case " + other.number() + " belongs to another customer than case " + c.number());
        }
        if (c.links().stream().anyMatch(l -> l.other().equals(other.id()))) {
            violations.add("otherId", "AlreadyLinked", "case " + c.number() + " is linked to case " + other.number() + " already");
        }
        Case child = cmd.kind() == LinkKind.PARENT ? c : other;
        Case parent = cmd.kind() == LinkKind.PARENT ? other : c;
        if (!child.linked(LinkKind.PARENT).isEmpty()) {
            violations.add("otherId", "OneParent", "case " + child.number() + " has a parent already");
        }
        if (ancestors(parent).contains(child.id())) {
            violations.add("otherId", "NoCycle", "case " + child.number() + " is an ancestor of case " + parent.number());
        }
        violations.throwIfAny();
        here.change().record(h -> new CaseLinked(h, new CaseLink(cmd.kind(), other.id(), h.at())));
        there.change().record(h -> new CaseLinked(h, new CaseLink(cmd.kind().inverse(), c.id(), h.at())));
        return List.of(here, there);
    }

    /** The changes of an unlink: the case's, then the other's. */
    List<Context> unlink(Actor actor, Unlink cmd, Cases cases, Instant now) {
        requireStaff(actor, "unlink cases");
        requireParentOrChild("Unlink", cmd.kind());
        Case c = cases.visible(actor, cmd.caseId());
        Case other = cases.visible(actor, cmd.otherId());
        requireNotMerged(c);
        requireNotMerged(other);
        if (c.links().stream().noneMatch(l -> l.is(cmd.kind(), other.id()))) {
            throw Violations.single("Unlink", "otherId", "Linked", "case " + c.number() + " has no " + cmd.kind() + " link to case "
                    + other.number());
        }
        Context here = new Context(actor, definitions.of(c.definition()), new Change(c, actor.ref(), now), "Unlink");
        Context there = new Context(actor, definitions.of(other.definition()), new Change(other, actor.ref(), now), "Unlink");
        here.change().record(h -> new CaseUnlinked(h, cmd.kind(), other.id()));
        there.change().record(h -> new CaseUnlinked(h, cmd.kind().inverse(), c.id()));
        return List.of(here, there);
    }

    /** The parents of the case, their parents, and so on. */
    private Set<CaseId> ancestors(Case c) {
        Set<CaseId> found = new HashSet<>();
        Optional<Case> current = Optional.of(c);
        while (current.isPresent()) {
            Optional<CaseId> parent = current.get().linked(LinkKind.PARENT).stream().findFirst();
            if (parent.isEmpty() || !found.add(parent.get())) {
                break;
            }
            current = store.find(parent.get());
        }
        return found;
    }

    /** Refuses a merged case: it is read-only. */
    static void requireNotMerged(Case c) {
        Optional<CaseLink> merged = c.mergedInto();
        if (merged.isPresent()) {
            throw new CaseMergedException(c.number(), merged.get().other());
        }
    }

    private static void requireStaff(Actor actor, String what) {
        if (actor.kind() == ActorKind.CONTACT) {
            throw new AccessDeniedException(actor.id(), "contacts may not " + what);
        }
    }

    private static void requireParentOrChild(String command, LinkKind kind) {
        if (kind != LinkKind.PARENT && kind != LinkKind.CHILD) {
            throw Violations.single(command, "kind", "ParentOrChild", "links of kind " + kind + " are made by merges and follow-ups;"
                    + " this command takes PARENT or CHILD");
        }
    }
}
