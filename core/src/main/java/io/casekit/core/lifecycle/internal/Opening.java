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

import io.casekit.core.approvals.internal.Approvals;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.FieldValues;
import io.casekit.core.change.internal.FormattedText;
import io.casekit.core.change.internal.Snapshot;
import io.casekit.core.change.internal.Violations;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.FieldValue;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opens cases: who files for which customer, under which definition, with which defaults, routed
 * to which team, and which approvals the filing asks for. The case gets its number when the
 * opening is finished, not here: a refused opening takes no number.
 */
public final class Opening {

    /** The number an opening case carries until it is numbered. */
    public static final String UNNUMBERED = "(unnumbered)";

    private static final String COMMAND = "OpenCase";

    private Opening() {}

    /**
     * What an opening needs to know beyond the command.
     *
     * @param customer the customer the case is filed for, if known
     * @param contact the contact the command names, if it names another than the actor and it is known
     * @param definitionFor the definition a new case of a customer follows, by customer id
     * @param attachments the uploads the command attaches, as the attachment store keeps them, in the
     *     command's order; checked when loaded
     */
    public record Facts(Optional<Customer> customer, Optional<Actor> contact, Function<String, WorkflowDefinition> definitionFor,
            List<AttachmentMetadata> attachments) {

        /** Copies the list. */
        public Facts {
            attachments = List.copyOf(attachments);
        }
    }

    /** The customer a command opens a case for: the contact's own, or the one an agent names. */
    public static Optional<String> customerId(Actor actor, OpenCase cmd) {
        return actor.kind() == ActorKind.CONTACT ? actor.customerId() : cmd.customerId();
    }

    /**
     * The change that opens the case, not yet numbered nor finished.
     *
     * @param followUp whether the case follows up on a closed one: it opens in the definition's
     *     follow-up status (if it has one) instead of the initial status
     */
    public static Change decide(Actor actor, OpenCase cmd, Facts facts, Instant now, boolean followUp) {
        Violations violations = new Violations(COMMAND);
        Optional<Customer> customer = customer(actor, cmd, facts, violations);
        Optional<String> contactId = contact(actor, cmd, customer, facts, violations);
        violations.throwIfAny();
        WorkflowDefinition d = facts.definitionFor().apply(customer.orElseThrow().id());
        Optional<CaseType> type = d.caseType(cmd.caseType());
        if (type.isEmpty()) {
            violations.add("caseType", "KnownCaseType", "unknown case type '" + cmd.caseType() + "'; known: "
                    + d.caseTypes().stream().map(CaseType::code).toList());
            violations.throwIfAny();
        }
        String priority = cmd.priority().orElse(type.get().defaultPriority());
        Optional<String> fixed = d.noContractPriority().filter(p -> !customer.get().hasSupportContract());
        if (fixed.isPresent()) {
            priority = fixed.get(); // guide 001: no contract, always the lowest priority
        } else {
            Edits.checkPriority(d, type.get().code(), priority, "priority", violations);
        }
        Map<String, FieldValue> fields = customFields(d, cmd, violations);
        violations.throwIfAny();
        FormattedText description = FormattedText.of(cmd.description(), cmd.descriptionFormat(), COMMAND, "description");

        StatusReason initial = (followUp ? d.followUpStatus() : Optional.<String>empty())
                .flatMap(d::statusReason)
                .orElseGet(() -> d.statusReason(d.initialStatus()).orElseThrow());
        CaseId id = new CaseId(UUID.randomUUID().toString());
        Case opened = Case.builder()
                .id(id)
                .number(UNNUMBERED)
                .definition(d.ref())
                .title(cmd.title())
                .description(description.plain())
                .descriptionHtml(description.html())
                .customerId(customer.get().id())
                .contactId(contactId)
                .endUserName(cmd.endUserName())
                .caseType(type.get().code())
                .priority(priority)
                .status(initial.code(), initial.state())
                .customFields(fields)
                .createdAt(now)
                .committed(1, now, 1)
                .build();
        Change change = new Change(new CaseOpened(new EventHeader(id, 1, 1, now, actor.ref()), opened,
                Snapshot.loaded(facts.attachments(), cmd.attachments())));
        // routing hands the case to a team; it is not picked up, so the status's onAssign rule stays put
        d.route(opened).ifPresent(owner -> change.record(h -> new Assigned(h, Optional.empty(), Optional.of(owner))));
        Optional<Actor> requester = contactId.filter(actor.id()::equals).map(same -> actor).or(facts::contact);
        Approvals.opened(d, change, actor, requester);
        return change;
    }

    private static Optional<Customer> customer(Actor actor, OpenCase cmd, Facts facts, Violations violations) {
        String customerId;
        if (actor.kind() == ActorKind.CONTACT) {
            customerId = actor.customerId().orElseThrow();
            if (cmd.customerId().filter(id -> !id.equals(customerId)).isPresent()) {
                throw new AccessDeniedException(actor.id(), "a contact opens cases for its own customer only");
            }
        } else if (cmd.customerId().isPresent()) {
            customerId = cmd.customerId().get();
        } else {
            violations.add("customerId", "Required", "is required when " + actor.kind() + " opens a case");
            return Optional.empty();
        }
        Optional<Customer> customer = facts.customer().filter(c -> c.id().equals(customerId));
        if (customer.isEmpty()) {
            violations.add("customerId", "KnownCustomer", "unknown customer '" + customerId + "'");
        }
        return customer;
    }

    private static Optional<String> contact(Actor actor, OpenCase cmd, Optional<Customer> customer, Facts facts,
            Violations violations) {
        Optional<String> contactId = cmd.contactId().or(() -> actor.kind() == ActorKind.CONTACT ? Optional.of(actor.id()) : Optional.empty());
        if (contactId.isEmpty() || contactId.get().equals(actor.id()) || customer.isEmpty()) {
            return contactId;
        }
        boolean ofCustomer = facts.contact()
                .filter(a -> a.id().equals(contactId.get()))
                .filter(a -> a.kind() == ActorKind.CONTACT && a.customerId().equals(Optional.of(customer.get().id())))
                .isPresent();
        if (!ofCustomer) {
            violations.add("contactId", "ContactOfCustomer", "'" + contactId.get() + "' is not a contact of customer '"
                    + customer.get().id() + "'");
        }
        return contactId;
    }

    private static Map<String, FieldValue> customFields(WorkflowDefinition d, OpenCase cmd, Violations violations) {
        Map<String, FieldValue> values = new HashMap<>();
        cmd.customFields().forEach((name, text) -> {
            String path = "customFields[" + name + "]";
            Optional<CustomField> field = d.customField(name).filter(f -> f.appliesTo(cmd.caseType()));
            if (field.isEmpty()) {
                violations.add(path, "KnownField", "cases of type '" + cmd.caseType() + "' have no field '" + name + "'");
            } else {
                FieldValues.parse(field.get(), text, path, violations).ifPresent(v -> values.put(name, v));
            }
        });
        for (CustomField field : d.customFields()) {
            if (field.required() && field.appliesTo(cmd.caseType()) && !cmd.customFields().containsKey(field.name())) {
                violations.add("customFields[" + field.name() + "]", "Required", "is required for cases of type '" + cmd.caseType() + "'");
            }
        }
        return values;
    }
}
