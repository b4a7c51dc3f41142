package io.casekit.core.cases.internal;

import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseLinked;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Feedback on a closed case (guide 000, status 220): a contact's public comment on a RESOLVED case,
 * under a definition with a follow-up status, opens a new case in that status instead, linked to the
 * closed one ({@code FOLLOW_UP_OF} / {@code FOLLOWED_UP_BY}). The new case takes the closed case's
 * title, case type, priority and custom fields; the comment becomes its description, with its files.
 */
final class FollowUps {

    private final Opening opening;

    FollowUps(Opening opening) {
        this.opening = opening;
    }

    /** Whether the comment opens a follow-up case rather than being refused on a closed case. */
    static boolean applies(Actor actor, Case c, WorkflowDefinition d, AddComment cmd) {
        return actor.kind() == ActorKind.CONTACT && cmd.visibility() == Visibility.PUBLIC && c.state() == CaseState.RESOLVED
                && c.mergedInto().isEmpty() && d.followUpStatus().isPresent();
    }

    /** The follow-up: the new case's opening (not yet committed) and the closed case's link to it. */
    Plan open(Actor actor, AddComment cmd, Case closed, WorkflowDefinition d, Instant now) {
        OpenCase.Builder command = OpenCase.builder()
                .title(closed.title())
                .description(cmd.body())
                .caseType(closed.caseType())
                .priority(closed.priority());
        closed.customFields().forEach((name, value) -> command.customField(name, value.text()));
        cmd.attachments().forEach(command::attachment);
        Change opened = opening.prepare(actor, command.build(), now, true);
        Context old = new Context(actor, d, new Change(closed, actor.ref(), now), "AddComment");
        opened.record(h -> new CaseLinked(h, new CaseLink(LinkKind.FOLLOW_UP_OF, closed.id(), h.at())));
        old.change().record(h -> new CaseLinked(h, new CaseLink(LinkKind.FOLLOWED_UP_BY, opened.state().id(), h.at())));
        return new Plan(List.of(old), Optional.of(opened), opened.state().id());
    }
}
