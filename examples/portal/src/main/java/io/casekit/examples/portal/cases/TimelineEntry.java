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
package io.casekit.examples.portal.cases;

import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.examples.portal.web.PortalTexts;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseLinked;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CaseTypeChanged;
import io.casekit.spi.event.CaseUnlinked;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.CustomFieldChanged;
import io.casekit.spi.event.DescriptionChanged;
import io.casekit.spi.event.Escalated;
import io.casekit.spi.event.PriorityChanged;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.StageChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.event.TitleChanged;
import io.casekit.spi.model.Visibility;
import java.util.List;
import java.util.Optional;

/**
 * One line of a case's timeline as the case page shows it.
 *
 * @param at when, formatted for the user
 * @param actor who
 * @param what the message key of what happened
 * @param detail what changed, in the user's language (empty for a comment)
 * @param body a comment's text, or empty
 * @param html the comment's formatted text as Casekit sanitised it, when it was written formatted
 * @param internal whether the line is an internal note (never in a contact's timeline)
 * @param attachments the files that came with it
 */
public record TimelineEntry(String at, String actor, String what, String detail, String body, Optional<String> html, boolean internal,
        List<AttachmentMetadata> attachments) {

    /**
     * @param event an event of the timeline Casekit gave the user (internal notes only for agents)
     * @param definition the case's definition
     * @param texts labels and times
     * @return the line
     */
    public static TimelineEntry of(CaseEvent event, WorkflowDefinition definition, PortalTexts texts) {
        String at = texts.time(event.header().at());
        String actor = texts.actor(event.header().actor());
        if (event instanceof CommentAdded comment) {
            return new TimelineEntry(at, actor, "timeline.comment", "", comment.body(), comment.html(), comment.visibility() == Visibility.INTERNAL,
                    comment.attachments());
        }
        if (event instanceof CaseOpened opened) {
            return new TimelineEntry(at, actor, "timeline.opened", opened.opened().title(), opened.opened().description(),
                    opened.opened().descriptionHtml(), false,
                    opened.attachments());
        }
        return new TimelineEntry(at, actor, "timeline." + key(event), detail(event, definition, texts), "", Optional.empty(), false,
                List.of());
    }

    private static String key(CaseEvent event) {
        String name = event.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String detail(CaseEvent event, WorkflowDefinition definition, PortalTexts texts) {
        if (event instanceof StatusChanged e) {
            return texts.status(definition, e.from()) + " → " + texts.status(definition, e.to());
        }
        if (event instanceof PriorityChanged e) {
            return texts.priority(definition, e.from()) + " → " + texts.priority(definition, e.to());
        }
        if (event instanceof CaseTypeChanged e) {
            return texts.caseType(definition, e.from()) + " → " + texts.caseType(definition, e.to());
        }
        if (event instanceof StageChanged e) {
            return e.from().map(s -> texts.stage(definition, s) + " → ").orElse("") + texts.stage(definition, e.to());
        }
        if (event instanceof Assigned e) {
            return texts.owner(e.to());
        }
        if (event instanceof TitleChanged e) {
            return e.to();
        }
        if (event instanceof DescriptionChanged) {
            return "";
        }
        if (event instanceof CustomFieldChanged e) {
            return texts.field(definition, e.field()) + ": " + e.to().map(v -> v.text()).orElse("—");
        }
        if (event instanceof Escalated e) {
            return e.from() + " → " + e.to();
        }
        if (event instanceof ApprovalRequested e) {
            return texts.approval(definition, e.kind()) + e.subject().map(s -> ": " + s).orElse("");
        }
        if (event instanceof ApprovalGranted e) {
            return texts.approval(definition, e.kind());
        }
        if (event instanceof ApprovalRefused e) {
            return texts.approval(definition, e.kind()) + ": " + e.reason();
        }
        if (event instanceof CaseLinked e) {
            return e.link().kind() + " " + e.link().other();
        }
        if (event instanceof CaseUnlinked e) {
            return e.kind() + " " + e.other();
        }
        if (event instanceof SlaChanged e) {
            return e.sla().kind() + ": " + e.sla().state() + e.sla().deadline().map(d -> " (" + texts.time(d) + ")").orElse("");
        }
        return "";
    }
}
