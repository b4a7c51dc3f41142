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

import io.casekit.core.cases.ChangeCaseType;
import io.casekit.core.cases.ChangeDescription;
import io.casekit.core.cases.ChangePriority;
import io.casekit.core.cases.ChangeTitle;
import io.casekit.core.cases.SetCustomField;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.FieldValues;
import io.casekit.core.change.internal.FormattedText;
import io.casekit.core.change.internal.Violations;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseTypeChanged;
import io.casekit.spi.event.CustomFieldChanged;
import io.casekit.spi.event.DescriptionChanged;
import io.casekit.spi.event.PriorityChanged;
import io.casekit.spi.event.TitleChanged;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.FieldValue;
import java.util.Optional;

/** Changes to a case's own fields: title, description, priority, case type, custom fields. */
public final class Edits {

    private Edits() {}

    /** Decides a {@link ChangeTitle}. */
    public static void title(Decision ctx, ChangeTitle cmd) {
        ctx.requireOpen();
        String from = ctx.current().title();
        if (!from.equals(cmd.title())) {
            ctx.change().record(h -> new TitleChanged(h, from, cmd.title()));
        }
    }

    /** Decides a {@link ChangeDescription}. */
    public static void description(Decision ctx, ChangeDescription cmd) {
        ctx.requireOpen();
        Case c = ctx.current();
        FormattedText to = FormattedText.of(cmd.description(), cmd.format(), ctx.command(), "description");
        if (!c.description().equals(to.plain()) || !c.descriptionHtml().equals(to.html())) {
            ctx.change().record(h -> new DescriptionChanged(h, c.description(), to.plain(), to.html()));
        }
    }

    /** Decides a {@link ChangePriority}. */
    public static void priority(Decision ctx, ChangePriority cmd) {
        ctx.requireOpen();
        Case c = ctx.current();
        if (c.priority().equals(cmd.priority())) {
            return;
        }
        Violations violations = ctx.violations();
        checkPriority(ctx.definition(), c.caseType(), cmd.priority(), "priority", violations);
        ctx.definition().noContractPriority().ifPresent(fixed -> {
            if (!ctx.snapshot().customer().map(Customer::hasSupportContract).orElse(false)) {
                violations.add("priority", "NoSupportContract", "customer " + c.customerId()
                        + " has no support contract: its cases keep priority " + fixed);
            }
        });
        violations.throwIfAny();
        ctx.change().record(h -> new PriorityChanged(h, c.priority(), cmd.priority()));
    }

    /** Decides a {@link ChangeCaseType}. */
    public static void caseType(Decision ctx, ChangeCaseType cmd) {
        ctx.requireOpen();
        Case c = ctx.current();
        if (c.caseType().equals(cmd.caseType())) {
            return;
        }
        WorkflowDefinition d = ctx.definition();
        Violations violations = ctx.violations();
        Optional<CaseType> type = d.caseType(cmd.caseType());
        if (type.isEmpty()) {
            violations.add("caseType", "KnownCaseType", "unknown case type '" + cmd.caseType() + "'; known: "
                    + d.caseTypes().stream().map(CaseType::code).toList());
        } else {
            if (!type.get().allows(c.priority())) {
                violations.add("caseType", "AllowedPriority", "type '" + cmd.caseType() + "' does not allow the case's priority "
                        + c.priority() + "; change the priority first");
            }
            if (c.stage().isPresent() && !type.get().stagePipeline().equals(d.caseType(c.caseType()).flatMap(CaseType::stagePipeline))) {
                violations.add("caseType", "SameStagePipeline", "the case is in stage '" + c.stage().get()
                        + "', which type '" + cmd.caseType() + "' does not have");
            }
            for (String field : c.customFields().keySet()) {
                if (d.customField(field).map(f -> !f.appliesTo(cmd.caseType())).orElse(false)) {
                    violations.add("customFields[" + field + "]", "FieldOfType", "type '" + cmd.caseType()
                            + "' has no field '" + field + "'; clear it first");
                }
            }
            for (CustomField field : d.customFields()) {
                if (field.required() && field.appliesTo(cmd.caseType()) && !c.customFields().containsKey(field.name())) {
                    violations.add("customFields[" + field.name() + "]", "Required", "type '" + cmd.caseType()
                            + "' requires field '" + field.name() + "'; set it first");
                }
            }
        }
        violations.throwIfAny();
        ctx.change().record(h -> new CaseTypeChanged(h, c.caseType(), cmd.caseType()));
    }

    /** Decides a {@link SetCustomField}. */
    public static void customField(Decision ctx, SetCustomField cmd) {
        ctx.requireOpen();
        Case c = ctx.current();
        String path = "customFields[" + cmd.field() + "]";
        Violations violations = ctx.violations();
        Optional<CustomField> field = ctx.definition().customField(cmd.field()).filter(f -> f.appliesTo(c.caseType()));
        if (field.isEmpty()) {
            throw Violations.single(ctx.command(), "field", "KnownField", "cases of type '" + c.caseType()
                    + "' have no field '" + cmd.field() + "'");
        }
        Optional<FieldValue> to = cmd.value().flatMap(text -> FieldValues.parse(field.get(), text, path, violations));
        if (cmd.value().isEmpty() && field.get().required()) {
            violations.add(path, "Required", "field '" + cmd.field() + "' is required and cannot be cleared");
        }
        violations.throwIfAny();
        Optional<FieldValue> from = Optional.ofNullable(c.customFields().get(cmd.field()));
        if (!from.equals(to)) {
            ctx.change().record(h -> new CustomFieldChanged(h, cmd.field(), from, to));
        }
    }

    static void checkPriority(WorkflowDefinition d, String caseType, String priority, String path, Violations violations) {
        if (d.priority(priority).isEmpty()) {
            violations.add(path, "KnownPriority", "unknown priority '" + priority + "'; known: "
                    + d.priorities().stream().map(p -> p.code()).toList());
        } else if (d.caseType(caseType).map(t -> !t.allows(priority)).orElse(false)) {
            violations.add(path, "AllowedPriority", "type '" + caseType + "' allows priorities "
                    + d.caseType(caseType).get().priorities() + ", not " + priority);
        }
    }
}
