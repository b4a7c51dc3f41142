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
package io.casekit.examples.portal.demo;

import io.casekit.core.Casekit;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.AllowedActions;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.Cancel;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.RequestApproval;
import io.casekit.core.cases.Resolve;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.ApprovalSubject;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.examples.portal.PortalSettings;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Fills an empty store with the demo's cases: for every contact, cases of each of its definition's
 * case types, then taken by the desk to a different point of their life: new, picked up, waiting
 * for the customer, resolved, closed, cancelled, with an estimate to approve where the definition
 * has one. Every step goes through Casekit's public API, as the portal's pages do.
 */
@Component
public class DemoCases implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    /** The titles of the demo's cases, taken in turn. */
    public static final List<String> TITLES = List.of(
            "Printer on the second floor prints blank pages",
            "New employee needs a laptop and an account",
            "Invoice layout must show the VAT number",
            "VPN drops every ten minutes",
            "Report of open orders is empty since the update",
            "Add a field for the delivery window",
            "Mailbox of the sales team is full",
            "Question about the licence renewal");

    private final Casekit casekit;
    private final PortalSettings settings;

    /**
     * @param casekit where the cases go
     * @param settings whether to fill the store
     */
    public DemoCases(Casekit casekit, PortalSettings settings) {
        this.casekit = casekit;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        CaseService cases = casekit.cases();
        if (!settings.demoData() || !cases.search("alice", CaseQuery.firstPage(CaseFilter.ALL).withPageSize(1)).cases().isEmpty()) {
            return;
        }
        int opened = 0;
        for (Actor contact : DemoPeople.people()) {
            if (contact.kind() != ActorKind.CONTACT) {
                continue;
            }
            String customer = contact.customerId().orElseThrow();
            WorkflowDefinition definition = casekit.definitionForNewCase(customer);
            for (int i = 0; i < 8; i++) {
                CaseType type = definition.caseTypes().get(i % definition.caseTypes().size());
                String priority = type.priorities().get(i % type.priorities().size());
                Case c = cases.execute(contact.id(), openCase(definition, type, priority, TITLES.get((i + opened) % TITLES.size())));
                progress(c, i, contact.id(), DemoPeople.agentOf(customer), definition);
            }
            opened += 8;
        }
        LOG.info("demo data: {} cases opened", opened);
    }

    /**
     * A demo case as a contact files it.
     *
     * @param definition the customer's definition
     * @param type the case type
     * @param priority the priority, one the type allows
     * @param title the title
     * @return the command, with a value for each custom field the type requires
     */
    public static OpenCase openCase(WorkflowDefinition definition, CaseType type, String priority, String title) {
        OpenCase.Builder builder = OpenCase.builder()
                .title(title)
                .priority(priority)
                .description(title + ".\n\nSeen since this morning by several colleagues.")
                .caseType(type.code());
        requiredFields(definition, type).forEach(builder::customField);
        return builder.build();
    }

    /**
     * @param definition a definition
     * @param type one of its case types
     * @return a value for each custom field the type requires: the first allowed value, or a text
     */
    public static Map<String, String> requiredFields(WorkflowDefinition definition, CaseType type) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (CustomField field : definition.customFields()) {
            if (field.required() && field.appliesTo(type.code())) {
                fields.put(field.name(), field.allowedValues().isEmpty() ? "demo" : field.allowedValues().get(0));
            }
        }
        return fields;
    }

    private static Optional<String> subject(ApprovalSubject subject) {
        return switch (subject) {
            case NONE -> Optional.empty();
            case HOURS -> Optional.of("16");
            case TEXT -> Optional.of("Replacement of the switch");
        };
    }

    private void progress(Case c, int step, String contact, String agent, WorkflowDefinition definition) {
        CaseService cases = casekit.cases();
        CaseId id = c.id();
        if (step == 0 || !cases.allowedActions(agent, id).assign()) {
            return;
        }
        cases.execute(agent, new Assign(id, new Owner.Agent(agent)));
        if (step == 1) {
            return;
        }
        cases.execute(agent, new AddComment(id, "Checked the logs: the cause is a configuration change.", Visibility.INTERNAL));
        cases.execute(agent, new AddComment(id, "We are looking into it. Could you tell us since when this happens?", Visibility.PUBLIC));
        if (step == 2) {
            return;
        }
        if (step == 3) {
            cases.execute(contact, new AddComment(id, "Since Monday, on every computer of the office.", Visibility.PUBLIC));
            return;
        }
        if (step == 4 && !definition.approvals().isEmpty()) {
            AllowedActions allowed = cases.allowedActions(agent, id);
            definition.approvals().stream().filter(kind -> allowed.approvalsToRequest().contains(kind.code())).findFirst()
                    .ifPresent(kind -> cases.execute(agent, new RequestApproval(id, kind.code(), subject(kind.subject()),
                            Optional.of("Estimate for the change."))));
            return;
        }
        if (step == 5) {
            cases.execute(contact, new Cancel(id, "Solved it ourselves, thank you."));
            return;
        }
        if (cases.allowedActions(agent, id).actions().containsKey(Action.RESOLVE)) {
            cases.execute(agent, new Resolve(id, "The configuration is restored; please check."));
            if (step == 7 && cases.allowedActions(contact, id).actions().containsKey(Action.CLOSE)) {
                cases.execute(contact, new Close(id, "Works again, thanks."));
            }
        }
    }
}
