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
package io.casekit.core.escalation.internal;

import io.casekit.core.cases.Escalate;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.Violations;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.Escalated;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.model.Visibility;
import java.util.List;

/**
 * Escalation along the definition's ladder: an agent's step up one level, with the reason as an
 * internal comment; and the level an SLA breach takes a case to.
 */
public final class Escalation {

    private Escalation() {}

    /** Decides an {@link Escalate}. */
    public static void escalate(Decision ctx, Escalate cmd) {
        ctx.requireStaff("escalate cases");
        ctx.requireOpen();
        int from = ctx.current().escalationLevel();
        int highest = ctx.definition().highestEscalationLevel();
        if (from >= highest) {
            throw Violations.single(ctx.command(), "caseId", "EscalationLevel", highest == 0
                    ? "the definition " + ctx.definition().id() + " has no escalation levels"
                    : "the case is at the highest escalation level, " + highest);
        }
        cmd.reason().ifPresent(reason ->
                ctx.change().record(h -> new CommentAdded(h, Change.commentId(h.sequence()), reason, Visibility.INTERNAL)));
        ctx.change().record(h -> new Escalated(h, from, from + 1, Escalated.Cause.REQUESTED));
    }

    /**
     * Finishes a change: each SLA breach it records takes the case up to the escalation level the
     * definition names for the breached kind, if the case is lower.
     */
    public static void onBreaches(WorkflowDefinition d, Change change) {
        if (d.escalationLevels().isEmpty()) {
            return;
        }
        for (CaseEvent event : List.copyOf(change.events())) {
            if (event instanceof SlaChanged sla && sla.change() == SlaChanged.Change.BREACHED) {
                int from = change.state().escalationLevel();
                d.escalationOnBreach(sla.sla().kind()).filter(to -> to > from)
                        .ifPresent(to -> change.record(h -> new Escalated(h, from, to, Escalated.Cause.SLA_BREACH)));
            }
        }
    }
}
