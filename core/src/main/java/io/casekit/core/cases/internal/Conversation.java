package io.casekit.core.cases.internal;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.util.Optional;

/** Comments and assignment: who talks on a case and who owns it, with the status rules they trigger. */
final class Conversation {

    private final IdentityProvider identity;
    private final Moves moves;

    Conversation(IdentityProvider identity, Moves moves) {
        this.identity = identity;
        this.moves = moves;
    }

    void comment(Context ctx, AddComment cmd) {
        if (ctx.byContact() && cmd.visibility() == Visibility.INTERNAL) {
            throw new AccessDeniedException(ctx.actor().id(), "contacts may not write internal comments");
        }
        ctx.requireOpen();
        FormattedText body = FormattedText.of(cmd.body(), cmd.format(), ctx.command(), "body");
        ctx.change().record(h -> new CommentAdded(h, Moves.commentId(h.sequence()), body.plain(), cmd.visibility(), cmd.attachments(),
                body.html()));
        if (ctx.byContact() && cmd.visibility() == Visibility.PUBLIC) {
            moves.rule(ctx, ctx.status().onContactComment());
        }
    }

    void assign(Context ctx, Assign cmd) {
        ctx.requireStaff("assign cases");
        ctx.requireOpen();
        Case c = ctx.current();
        if (c.owner().equals(cmd.owner())) {
            return;
        }
        if (cmd.owner().orElse(null) instanceof Owner.Agent agent
                && identity.findActor(agent.id()).filter(a -> a.kind() == ActorKind.AGENT).isEmpty()) {
            throw Violations.single(ctx.command(), "owner", "KnownAgent", "'" + agent.id() + "' is not a known agent");
        }
        Optional<Owner> from = c.owner();
        ctx.change().record(h -> new Assigned(h, from, cmd.owner()));
        if (cmd.owner().isPresent()) {
            moves.rule(ctx, ctx.status().onAssign());
        }
    }
}
