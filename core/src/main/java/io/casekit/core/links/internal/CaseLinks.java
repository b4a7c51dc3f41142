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

import io.casekit.core.cases.Link;
import io.casekit.core.cases.Unlink;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.Violations;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseLinked;
import io.casekit.spi.event.CaseUnlinked;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.LinkKind;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Parent and child links between cases of one customer: a case has one parent at most, and no case
 * is its own ancestor. Each method returns the decisions of both cases, for the pipeline to finish
 * and commit atomically.
 */
public final class CaseLinks {

    private CaseLinks() {}

    /** The changes of a link: the case's, then the other's. */
    public static List<Decision> link(Actor actor, Link cmd, Involved cases, Function<DefinitionRef, WorkflowDefinition> definitions,
            Instant now) {
        Merges.requireStaff(actor, "link cases");
        Merges.requireParentOrChild("Link", cmd.kind());
        if (cmd.caseId().equals(cmd.otherId())) {
            throw Violations.single("Link", "otherId", "NotSelf", "a case cannot be linked to itself");
        }
        Case c = cases.visible(cmd.caseId());
        Case other = cases.visible(cmd.otherId());
        Merges.requireNotMerged(c);
        Merges.requireNotMerged(other);
        Decision here = Merges.decision(actor, definitions.apply(c.definition()), c, now, "Link");
        Decision there = Merges.decision(actor, definitions.apply(other.definition()), other, now, "Link");
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
        if (ancestors(parent, cases).contains(child.id())) {
            violations.add("otherId", "NoCycle", "case " + child.number() + " is an ancestor of case " + parent.number());
        }
        violations.throwIfAny();
        here.change().record(h -> new CaseLinked(h, new CaseLink(cmd.kind(), other.id(), h.at())));
        there.change().record(h -> new CaseLinked(h, new CaseLink(cmd.kind().inverse(), c.id(), h.at())));
        return List.of(here, there);
    }

    /** The changes of an unlink: the case's, then the other's. */
    public static List<Decision> unlink(Actor actor, Unlink cmd, Involved cases,
            Function<DefinitionRef, WorkflowDefinition> definitions, Instant now) {
        Merges.requireStaff(actor, "unlink cases");
        Merges.requireParentOrChild("Unlink", cmd.kind());
        Case c = cases.visible(cmd.caseId());
        Case other = cases.visible(cmd.otherId());
        Merges.requireNotMerged(c);
        Merges.requireNotMerged(other);
        if (c.links().stream().noneMatch(l -> l.is(cmd.kind(), other.id()))) {
            throw Violations.single("Unlink", "otherId", "Linked", "case " + c.number() + " has no " + cmd.kind() + " link to case "
                    + other.number());
        }
        Decision here = Merges.decision(actor, definitions.apply(c.definition()), c, now, "Unlink");
        Decision there = Merges.decision(actor, definitions.apply(other.definition()), other, now, "Unlink");
        here.change().record(h -> new CaseUnlinked(h, cmd.kind(), other.id()));
        there.change().record(h -> new CaseUnlinked(h, cmd.kind().inverse(), c.id()));
        return List.of(here, there);
    }


    /** The parents of the case, their parents, and so on. */
    private static Set<CaseId> ancestors(Case c, Involved cases) {
        Set<CaseId> found = new HashSet<>();
        Optional<Case> current = Optional.of(c);
        while (current.isPresent()) {
            Optional<CaseId> parent = current.get().linked(LinkKind.PARENT).stream().findFirst();
            if (parent.isEmpty() || !found.add(parent.get())) {
                break;
            }
            current = cases.find(parent.get());
        }
        return found;
    }
}
