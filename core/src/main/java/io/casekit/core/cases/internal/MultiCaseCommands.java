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

import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.Link;
import io.casekit.core.cases.Merge;
import io.casekit.core.cases.Unlink;
import io.casekit.core.cases.Unmerge;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.links.internal.CaseLinks;
import io.casekit.core.links.internal.Involved;
import io.casekit.core.links.internal.Merges;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.DefinitionRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How each command on several cases is run: what to load, who decides, and which case it returns.
 * A table from command type to its entry, filled once. Immutable and thread-safe.
 */
final class MultiCaseCommands {

    /** Loads the cases a command involves. */
    @FunctionalInterface
    interface Loader<C extends CaseCommand.OnCases> {
        Involved load(SnapshotLoader loader, Actor actor, C command);
    }

    /** Decides a command on several cases: the decisions of every case involved. */
    @FunctionalInterface
    interface Decider<C extends CaseCommand.OnCases> {
        List<Decision> decide(Actor actor, C command, Involved cases, Function<DefinitionRef, WorkflowDefinition> definitions,
                Instant now);
    }

    /**
     * One command's entry.
     *
     * @param load what it loads
     * @param decide who decides it
     * @param result the case it returns
     */
    record Entry<C extends CaseCommand.OnCases>(Loader<C> load, Decider<C> decide, Function<C, CaseId> result) {}

    private static final MultiCaseCommands STANDARD = new MultiCaseCommands()
            .on(Merge.class, new Entry<>((l, a, c) -> l.forMerge(a, c), Merges::merge, Merge::targetId))
            .on(Unmerge.class, new Entry<>((l, a, c) -> l.forUnmerge(a, c), Merges::unmerge, Unmerge::sourceId))
            .on(Link.class, new Entry<>((l, a, c) -> l.forLink(a, c.caseId(), c.otherId()), CaseLinks::link, Link::caseId))
            .on(Unlink.class, new Entry<>((l, a, c) -> l.forLink(a, c.caseId(), c.otherId()), CaseLinks::unlink, Unlink::caseId));

    private final Map<Class<?>, Entry<?>> table = new HashMap<>();

    private MultiCaseCommands() {}

    /** The entries of every command on several cases. */
    static MultiCaseCommands standard() {
        return STANDARD;
    }

    private <C extends CaseCommand.OnCases> MultiCaseCommands on(Class<C> type, Entry<C> entry) {
        if (table.put(type, entry) != null) {
            throw new IllegalStateException("two entries for " + type.getSimpleName());
        }
        return this;
    }

    /** The entry of a command's type. */
    @SuppressWarnings("unchecked")
    <C extends CaseCommand.OnCases> Entry<C> entry(C command) {
        Entry<C> entry = (Entry<C>) table.get(command.getClass());
        if (entry == null) {
            throw new IllegalStateException("no entry for " + command.getClass().getName());
        }
        return entry;
    }

    /** The command types the table runs. */
    Set<Class<?>> commands() {
        return Set.copyOf(table.keySet());
    }
}
