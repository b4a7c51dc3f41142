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

import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.Snapshot;
import io.casekit.core.lifecycle.internal.Opening;
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

/**
 * Feedback on a closed case (guide 000, status 220): a contact's public comment on a RESOLVED case,
 * under a definition with a follow-up status, opens a new case in that status instead, linked to the
 * closed one ({@code FOLLOW_UP_OF} / {@code FOLLOWED_UP_BY}). The new case takes the closed case's
 * title, case type, priority and custom fields; the comment becomes its description, with its files.
 */
public final class FollowUps {

    private FollowUps() {}

    /**
     * A follow-up: the closed case's link to it, and the new case's opening (not yet numbered nor finished).
     *
     * @param closed the decision on the closed case
     * @param opened the change that opens the follow-up
     */
    public record FollowUp(Decision closed, Change opened) {}

    /** Whether the comment opens a follow-up case rather than being refused on a closed case. */
    public static boolean applies(Actor actor, Case c, WorkflowDefinition d, AddComment cmd) {
        return actor.kind() == ActorKind.CONTACT && cmd.visibility() == Visibility.PUBLIC && c.state() == CaseState.RESOLVED
                && c.mergedInto().isEmpty() && d.followUpStatus().isPresent();
    }

    /** Decides the follow-up of {@code closed}, opened for the commenting contact's customer. */
    public static FollowUp open(Actor actor, AddComment cmd, Case closed, WorkflowDefinition d, Opening.Facts facts, Instant now) {
        OpenCase.Builder command = OpenCase.builder()
                .title(closed.title())
                .description(cmd.body())
                .caseType(closed.caseType())
                .priority(closed.priority());
        closed.customFields().forEach((name, value) -> command.customField(name, value.text()));
        cmd.attachments().forEach(command::attachment);
        Change opened = Opening.decide(actor, command.build(), facts, now, true);
        Decision old = new Decision(actor, d, new Change(closed, actor.ref(), now), "AddComment", Snapshot.of(closed));
        opened.record(h -> new CaseLinked(h, new CaseLink(LinkKind.FOLLOW_UP_OF, closed.id(), h.at())));
        old.change().record(h -> new CaseLinked(h, new CaseLink(LinkKind.FOLLOWED_UP_BY, opened.state().id(), h.at())));
        return new FollowUp(old, opened);
    }
}
