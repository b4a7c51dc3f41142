package io.casekit.core.cases.internal;

import io.casekit.core.cases.Escalate;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.Escalated;
import io.casekit.spi.model.Visibility;

/** An agent's escalation: one level up the definition's ladder, with the reason as an internal comment. */
final class Escalation {

    private Escalation() {}

    static void escalate(Context ctx, Escalate cmd) {
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
                ctx.change().record(h -> new CommentAdded(h, Moves.commentId(h.sequence()), reason, Visibility.INTERNAL)));
        ctx.change().record(h -> new Escalated(h, from, from + 1, Escalated.Cause.REQUESTED));
    }
}
