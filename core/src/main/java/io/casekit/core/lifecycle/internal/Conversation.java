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
package io.casekit.core.lifecycle.internal;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.AddComment;
import io.casekit.core.approvals.internal.Holds;
import io.casekit.core.cases.Assign;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.FormattedText;
import io.casekit.core.change.internal.Violations;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.util.List;
import java.util.Optional;

/** Comments and assignment: who talks on a case and who owns it, with the status rules they trigger. */
public final class Conversation {

    private Conversation() {}

    /** Decides an {@link AddComment}. */
    public static void comment(Decision ctx, AddComment cmd) {
        if (ctx.byContact() && cmd.visibility() == Visibility.INTERNAL) {
            throw new AccessDeniedException(ctx.actor().id(), "contacts may not write internal comments");
        }
        ctx.requireOpen();
        FormattedText body = FormattedText.of(cmd.body(), cmd.format(), ctx.command(), "body");
        List<AttachmentMetadata> attachments = ctx.snapshot().attachments(cmd.attachments());
        ctx.change().record(h -> new CommentAdded(h, Change.commentId(h.sequence()), body.plain(), cmd.visibility(), attachments,
                body.html()));
        if (ctx.byContact() && cmd.visibility() == Visibility.PUBLIC) {
            Holds.rule(ctx, ctx.status().onContactComment());
        }
    }

    /** Decides an {@link Assign}. */
    public static void assign(Decision ctx, Assign cmd) {
        ctx.requireStaff("assign cases");
        ctx.requireOpen();
        Case c = ctx.current();
        if (c.owner().equals(cmd.owner())) {
            return;
        }
        if (cmd.owner().orElse(null) instanceof Owner.Agent agent
                && ctx.snapshot().actor(agent.id()).filter(a -> a.kind() == ActorKind.AGENT).isEmpty()) {
            throw Violations.single(ctx.command(), "owner", "KnownAgent", "'" + agent.id() + "' is not a known agent");
        }
        Optional<Owner> from = c.owner();
        ctx.change().record(h -> new Assigned(h, from, cmd.owner()));
        if (cmd.owner().isPresent()) {
            Holds.rule(ctx, ctx.status().onAssign());
        }
    }
}
