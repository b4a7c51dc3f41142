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
import io.casekit.core.cases.OpenCase;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.examples.portal.web.FormFields;
import io.casekit.examples.portal.web.Markdown;
import io.casekit.examples.portal.web.Refusals;
import io.casekit.examples.portal.web.Uploads;
import io.casekit.spi.CasekitException;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.Case;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The new-case form, drawn from the customer's workflow definition: its case types with their
 * priorities and defaults, the custom fields (required ones marked), the no-contract rule, and the
 * attachment policy's number of files. Files go through Casekit's attachment rules before the case
 * is opened; if Casekit refuses the case, they are discarded and the form comes back filled in.
 */
@Controller
public class NewCaseController {

    private static final Logger LOG = LoggerFactory.getLogger(NewCaseController.class);

    private final Casekit casekit;
    private final IdentityProvider identity;
    private final Uploads uploads;

    /**
     * @param casekit the cases and definitions
     * @param identity the user's customer and its contract
     * @param uploads stores the files
     */
    public NewCaseController(Casekit casekit, IdentityProvider identity, Uploads uploads) {
        this.casekit = casekit;
        this.identity = identity;
        this.uploads = uploads;
    }

    /**
     * @param user the signed-in contact
     * @param model the page's model
     * @return the empty form
     */
    @GetMapping("/new")
    public String form(@AuthenticationPrincipal PortalUser user, Model model) {
        return form(user, model, Map.of());
    }

    /**
     * Opens the case.
     *
     * @param user the signed-in contact
     * @param values the form's values: title, description (Markdown when {@code formatted}), caseType,
     *     priority and {@code field.<name>}
     * @param files up to the policy's number of files
     * @param model the page's model, for the form again
     * @return the new case's page, or the form with Casekit's refusal
     */
    @PostMapping("/new")
    public String open(@AuthenticationPrincipal PortalUser user, @RequestParam Map<String, String> values,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        List<AttachmentId> stored = List.of();
        try {
            stored = uploads.store(user, files == null ? List.of() : files);
            String description = values.getOrDefault("description", "");
            OpenCase.Builder command = OpenCase.builder()
                    .title(values.getOrDefault("title", ""))
                    .caseType(values.getOrDefault("caseType", ""));
            if ("true".equals(values.get("formatted")) && !description.isBlank()) {
                command.descriptionHtml(Markdown.toHtml(description));
            } else {
                command.description(description);
            }
            String priority = values.getOrDefault("priority", "");
            if (!priority.isBlank()) {
                command.priority(priority);
            }
            FormFields.of(values).forEach(command::customField);
            stored.forEach(command::attachment);
            Case opened = casekit.cases().execute(user.actorId(), command.build());
            return "redirect:/case/" + opened.number();
        } catch (CasekitException | IllegalArgumentException e) {
            LOG.debug("{} could not open a case: {}", user.actorId(), e.getMessage());
            uploads.discard(user, stored);
            model.addAttribute("error", Refusals.describe(e));
            return form(user, model, values);
        }
    }

    private String form(PortalUser user, Model model, Map<String, String> values) {
        String customerId = user.customerId().orElseThrow();
        WorkflowDefinition definition = casekit.definitionForNewCase(customerId);
        List<CustomField> fields = definition.customFields();
        model.addAttribute("definition", definition);
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("noContract", identity.findCustomer(customerId).map(c -> !c.hasSupportContract()).orElse(false)
                ? definition.noContractPriority()
                : Optional.empty());
        model.addAttribute("maxFiles", casekit.attachments().policy().maxFiles());
        model.addAttribute("maxMegabytes", casekit.attachments().policy().maxBytesPerFile() / (1024 * 1024));
        return "cases/new";
    }
}
