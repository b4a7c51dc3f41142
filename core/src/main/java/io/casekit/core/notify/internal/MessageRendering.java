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
package io.casekit.core.notify.internal;

import io.casekit.core.change.internal.Change;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.MessageTemplate;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.TemplateField;
import io.casekit.core.workflow.TemplateText;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import io.casekit.spi.outbox.Notification;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Renders one template for one recipient of one change: fills the placeholders from the case, the
 * change and the recipient, escapes the values for HTML and keeps the subject on one line, and adds
 * the tracking token to the subject. Stateless; thread-safe.
 */
final class MessageRendering {

    private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

    private MessageRendering() {}

    /** The notification about {@code trigger} for {@code recipient}, who accepts mail at its address. */
    static Notification render(WorkflowDefinition d, Change change, Actor changedBy, CaseEvent trigger, MessageTemplate template,
            Actor recipient, Recipients directory) {
        Case c = change.state();
        Locale language = recipient.language();
        TemplateText text = template.text(language);
        Values values = new Values(d, change, changedBy, recipient, directory);
        String subject = text.subject().render(values::of, MessageRendering::oneLine).strip();
        String token = d.trackingToken().format(c.number());
        String id = Notification.idFor(c.id(), trigger.header().sequence(), recipient.id(), Channel.EMAIL);
        Message message = new Message(
                id,
                new Recipient(recipient.id(), recipient.displayName(), Channel.EMAIL, recipient.email().orElseThrow(), language),
                subject.isEmpty() ? token : subject + " " + token,
                text.text().render(values::of, AS_IS),
                text.html().map(html -> html.render(values::of, MessageRendering::html)),
                c.id().value());
        return new Notification(c.id(), trigger.header().sequence(), message, change.at());
    }

    /** A value for a subject: line breaks and other control characters become spaces. */
    static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            out.append(Character.isISOControl(ch) ? ' ' : ch);
        }
        return out.toString();
    }

    /** A value for an HTML body: the five markup characters escaped, line breaks as {@code <br>}. */
    static String html(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {
                    out.append("<br>");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("<br>");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** The placeholder values of one message; each is computed when a template asks for it. */
    private record Values(WorkflowDefinition d, Change change, Actor changedBy, Actor recipient, Recipients directory) {

        String of(TemplateField field) {
            Case c = change.state();
            Locale language = recipient.language();
            return switch (field) {
                case CASE_NUMBER -> c.number();
                case CASE_TITLE -> c.title();
                case CASE_DESCRIPTION -> c.description();
                case CASE_STATUS -> status(c.statusReason(), language);
                case CASE_PREVIOUS_STATUS -> status(change.before().statusReason(), language);
                case CASE_PRIORITY -> d.priority(c.priority()).map(Priority::labels).map(l -> l.text(language)).orElse(c.priority());
                case CASE_TYPE -> d.caseType(c.caseType()).map(CaseType::labels).map(l -> l.text(language)).orElse(c.caseType());
                case CASE_STAGE -> c.stage().map(code -> stage(c, code, language)).orElse("");
                case CASE_OWNER -> c.owner().map(this::owner).orElse("");
                case RECIPIENT_NAME -> recipient.displayName();
                case ACTOR_NAME -> changedBy.displayName();
                case COMMENT -> comment().orElse("");
                case FEEDBACK_DAYS -> d.feedbackWindow().map(w -> Long.toString(w.after().toDays())).orElse("");
                case APPROVAL -> approval().map(e -> approvalLabel(e, language)).orElse("");
                case APPROVAL_SUBJECT -> approval().flatMap(Values::subject).orElse("");
                case APPROVAL_NOTE -> approval().flatMap(Values::note).orElse("");
            };
        }

        private String status(String code, Locale language) {
            return d.statusReason(code).map(StatusReason::labels).map(l -> l.text(language)).orElse(code);
        }

        private String stage(Case c, String code, Locale language) {
            return d.caseType(c.caseType()).flatMap(CaseType::stagePipeline).flatMap(d::stagePipeline)
                    .flatMap(p -> p.stage(code)).map(s -> s.labels().text(language)).orElse(code);
        }

        private String owner(Owner owner) {
            if (owner instanceof Owner.Agent agent) {
                return directory.actor(agent.id()).map(Actor::displayName).orElse(agent.id());
            }
            return owner.id();
        }

        /** The first approval event of the change, if any. */
        private Optional<CaseEvent> approval() {
            return change.events().stream()
                    .filter(e -> e instanceof ApprovalRequested || e instanceof ApprovalGranted || e instanceof ApprovalRefused)
                    .findFirst();
        }

        private String approvalLabel(CaseEvent event, Locale language) {
            String kind = event instanceof ApprovalRequested r ? r.kind()
                    : event instanceof ApprovalGranted g ? g.kind() : ((ApprovalRefused) event).kind();
            return d.approval(kind).map(k -> k.labels().text(language)).orElse(kind);
        }

        private static Optional<String> subject(CaseEvent event) {
            if (event instanceof ApprovalRequested r) {
                return r.subject();
            }
            return event instanceof ApprovalGranted g ? g.subject() : ((ApprovalRefused) event).subject();
        }

        private static Optional<String> note(CaseEvent event) {
            if (event instanceof ApprovalRequested r) {
                return r.comment();
            }
            return event instanceof ApprovalRefused refused ? Optional.of(refused.reason()) : Optional.empty();
        }

        /** The first comment of the change the recipient may read: a contact reads public ones only. */
        private Optional<String> comment() {
            boolean contact = recipient.kind() == ActorKind.CONTACT;
            for (CaseEvent event : change.events()) {
                if (event instanceof CommentAdded comment && (!contact || comment.visibility() == Visibility.PUBLIC)) {
                    return Optional.of(comment.body());
                }
            }
            return Optional.empty();
        }
    }
}
