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

import io.casekit.core.Casekit;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.AllowedActions;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.Cancel;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.ChangeCaseType;
import io.casekit.core.cases.ChangePriority;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.RefuseApproval;
import io.casekit.core.cases.Reopen;
import io.casekit.core.cases.Resolve;
import io.casekit.core.cases.TextFormat;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.examples.portal.web.Markdown;
import io.casekit.examples.portal.web.PortalErrors;
import io.casekit.examples.portal.web.PortalTexts;
import io.casekit.examples.portal.web.Uploads;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page, for contacts and agents alike: the case, its timeline as Casekit gives it to the
 * user (a contact never gets an internal note), its SLA due times, approvals, and the actions the
 * definition allows the user now: reply with files, resolve, close, cancel, reopen, change the
 * priority or the case type, approve or refuse. Files download only through a case the user may see, and only those of its timeline.
 */
@Controller
public class CasePageController {

    private final Casekit casekit;
    private final PortalTexts texts;
    private final CaseActions actions;
    private final Uploads uploads;

    /**
     * @param casekit the cases
     * @param texts labels and times
     * @param actions runs the page's actions
     * @param uploads stores the files of a reply
     */
    public CasePageController(Casekit casekit, PortalTexts texts, CaseActions actions, Uploads uploads) {
        this.casekit = casekit;
        this.texts = texts;
        this.actions = actions;
        this.uploads = uploads;
    }

    /**
     * @param user the signed-in person
     * @param number the case's number
     * @param model the page's model
     * @return the case page
     */
    @GetMapping("/case/{number}")
    public String show(@AuthenticationPrincipal PortalUser user, @PathVariable String number, Model model) {
        CaseService cases = casekit.cases();
        Case c = cases.getByNumber(user.actorId(), number);
        WorkflowDefinition definition = casekit.definition(c.definition());
        AllowedActions allowed = cases.allowedActions(user.actorId(), c.id());
        model.addAttribute("c", c);
        model.addAttribute("definition", definition);
        model.addAttribute("allowed", allowed);
        List<TimelineEntry> timeline = new ArrayList<>();
        cases.timeline(user.actorId(), c.id()).forEach(event -> timeline.add(0, TimelineEntry.of(event, definition, texts)));
        model.addAttribute("timeline", timeline);
        model.addAttribute("approvals", cases.approvals(user.actorId(), c.id()));
        model.addAttribute("stageFields", stageFields(definition, allowed));
        return "cases/case";
    }

    /**
     * A reply (or, for an agent, an internal note) with up to the policy's number of files.
     *
     * @param user the signed-in person
     * @param number the case's number
     * @param body the text
     * @param internal whether an agent's note is internal
     * @param formatted whether the text is Markdown
     * @param files the files
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/case/{number}/comment")
    public String comment(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String body,
            @RequestParam(defaultValue = "false") boolean internal, @RequestParam(defaultValue = "false") boolean formatted,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> {
            List<AttachmentId> stored = uploads.store(user, files == null ? List.of() : files);
            Visibility visibility = internal ? Visibility.INTERNAL : Visibility.PUBLIC;
            try {
                casekit.cases().execute(user.actorId(), formatted
                        ? new AddComment(c.id(), Markdown.toHtml(body), visibility, stored, TextFormat.HTML)
                        : new AddComment(c.id(), body, visibility, stored));
            } catch (RuntimeException e) {
                uploads.discard(user, stored);
                throw e;
            }
        });
    }

    /**
     * Resolve, close, cancel or reopen, as the definition's actions say.
     *
     * @param user the signed-in person
     * @param number the case's number
     * @param action {@code resolve}, {@code close}, {@code cancel} or {@code reopen}
     * @param comment the reason, required where the definition asks for one
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/case/{number}/action")
    public String act(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String action,
            @RequestParam Optional<String> comment, RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> {
            Optional<String> reason = comment.filter(s -> !s.isBlank());
            CaseCommand command = switch (action.toLowerCase(Locale.ROOT)) {
                case "resolve" -> new Resolve(c.id(), reason);
                case "close" -> new Close(c.id(), reason);
                case "cancel" -> new Cancel(c.id(), reason);
                case "reopen" -> new Reopen(c.id(), reason);
                default -> throw new IllegalArgumentException("unknown action " + action);
            };
            casekit.cases().execute(user.actorId(), command);
        });
    }

    /**
     * Changes the priority, as guide 001 lets a contact do.
     *
     * @param user the signed-in person
     * @param number the case's number
     * @param priority the new priority
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/case/{number}/priority")
    public String priority(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String priority,
            RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> casekit.cases().execute(user.actorId(), new ChangePriority(c.id(), priority)));
    }

    /**
     * Changes the case type ("category" in guide 001).
     *
     * @param user the signed-in person
     * @param number the case's number
     * @param caseType the new case type
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/case/{number}/case-type")
    public String caseType(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String caseType,
            RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> casekit.cases().execute(user.actorId(), new ChangeCaseType(c.id(), caseType)));
    }

    /**
     * Grants or refuses an approval the case waits for (authorised contacts, as the definition says).
     *
     * @param user the signed-in person
     * @param number the case's number
     * @param kind the approval's kind
     * @param decision {@code approve} or {@code refuse}
     * @param reason why, for a refusal
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/case/{number}/approval")
    public String decide(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String kind,
            @RequestParam String decision, @RequestParam Optional<String> reason, RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> casekit.cases().execute(user.actorId(), "approve".equals(decision)
                ? new Approve(c.id(), kind)
                : new RefuseApproval(c.id(), kind, reason.orElse(""))));
    }

    /**
     * A file of the case's timeline, always as a download (never shown inline).
     *
     * @param user the signed-in person
     * @param number the case's number
     * @param id the file
     * @return the file
     * @throws IOException if the store cannot read it
     */
    @GetMapping("/case/{number}/files/{id}")
    public ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
            @PathVariable String id) throws IOException {
        Case c = casekit.cases().getByNumber(user.actorId(), number);
        AttachmentMetadata file = casekit.cases().timeline(user.actorId(), c.id()).stream()
                .flatMap(CasePageController::files)
                .filter(f -> f.id().value().equals(id))
                .findFirst()
                .orElseThrow(() -> new PortalErrors.NotFound("file"));
        InputStream content = casekit.attachmentStore().flatMap(store -> store.open(file.id()))
                .orElseThrow(() -> new PortalErrors.NotFound("file"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content));
    }

    /** The fields the stages the user may enter require, which the stage form asks for. */
    private static List<CustomField> stageFields(WorkflowDefinition definition, AllowedActions allowed) {
        return definition.stagePipelines().stream()
                .flatMap(pipeline -> pipeline.stages().stream())
                .filter(stage -> allowed.stages().contains(stage.code()))
                .flatMap(stage -> stage.requiredFields().stream())
                .distinct()
                .flatMap(name -> definition.customField(name).stream())
                .toList();
    }

    private static Stream<AttachmentMetadata> files(CaseEvent event) {
        if (event instanceof CaseOpened opened) {
            return opened.attachments().stream();
        }
        return event instanceof CommentAdded comment ? comment.attachments().stream() : Stream.empty();
    }
}
