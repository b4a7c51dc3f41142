package io.casekit.core.cases.internal;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.store.CaseStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Opens cases: who files for which customer, under which definition, with which defaults. */
final class Opening {

    private static final String COMMAND = "OpenCase";

    private final CaseStore store;
    private final IdentityProvider identity;
    private final Definitions definitions;
    private final RandomGenerator random;
    private final Slas slas;
    private final Notifications notifications;
    private final Approvals approvals;

    Opening(CaseStore store, IdentityProvider identity, Definitions definitions, RandomGenerator random, Slas slas,
            Notifications notifications, Approvals approvals) {
        this.store = store;
        this.identity = identity;
        this.definitions = definitions;
        this.random = random;
        this.slas = slas;
        this.notifications = notifications;
        this.approvals = approvals;
    }

    Case open(Actor actor, OpenCase cmd, Instant now) {
        Change change = prepare(actor, cmd, now, false);
        store.commit(change.commit());
        return change.state();
    }

    /**
     * The change that opens the case, with its SLA clocks and notifications, not yet committed.
     *
     * @param followUp whether the case follows up on a closed one: it opens in the definition's
     *     follow-up status (if it has one) instead of the initial status
     */
    Change prepare(Actor actor, OpenCase cmd, Instant now, boolean followUp) {
        Violations violations = new Violations(COMMAND);
        Optional<Customer> customer = customer(actor, cmd, violations);
        Optional<String> contactId = contact(actor, cmd, customer, violations);
        violations.throwIfAny();
        WorkflowDefinition d = definitions.forNewCase(customer.get().id());
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
        String number = d.caseNumberFormat().format(store.nextSequenceValue("case-number/" + d.id()), random);
        CaseId id = new CaseId(UUID.randomUUID().toString());
        Case opened = Case.builder()
                .id(id)
                .number(number)
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
        Change change = new Change(new CaseOpened(new EventHeader(id, 1, 1, now, actor.ref()), opened, cmd.attachments()));
        // routing hands the case to a team; it is not picked up, so the status's onAssign rule stays put
        d.route(opened).ifPresent(owner -> change.record(h -> new Assigned(h, Optional.empty(), Optional.of(owner))));
        approvals.opened(d, change, actor);
        slas.start(d, change);
        notifications.addTo(d, change, actor);
        return change;
    }

    private Optional<Customer> customer(Actor actor, OpenCase cmd, Violations violations) {
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
        Optional<Customer> customer = identity.findCustomer(customerId);
        if (customer.isEmpty()) {
            violations.add("customerId", "KnownCustomer", "unknown customer '" + customerId + "'");
        }
        return customer;
    }

    private Optional<String> contact(Actor actor, OpenCase cmd, Optional<Customer> customer, Violations violations) {
        Optional<String> contactId = cmd.contactId().or(() -> actor.kind() == ActorKind.CONTACT ? Optional.of(actor.id()) : Optional.empty());
        if (contactId.isEmpty() || contactId.get().equals(actor.id()) || customer.isEmpty()) {
            return contactId;
        }
        boolean ofCustomer = identity.findActor(contactId.get())
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
