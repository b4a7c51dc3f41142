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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.Case;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.Owner;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Who a new case goes to: the team (or agent) that owns the case from its opening when the case
 * meets every criterion of the rule (guide 000: the expertise domain chosen on the form picks the
 * support team). An empty criterion matches anything, so a rule without criteria catches every case
 * that no earlier rule took. The first matching rule of a definition wins.
 *
 * @param caseTypes the case type codes (any of them)
 * @param priorities the priority codes (any of them)
 * @param customers the customer ids (any of them)
 * @param field a custom field whose value must be one of the given ones, if any
 * @param assignTo the owner of a matching case
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RoutingRule(Set<String> caseTypes, Set<String> priorities, Set<String> customers, Optional<FieldMatch> field,
        Owner assignTo) {

    /**
     * A custom field criterion: the case's value of {@code name} is one of {@code values} (for a
     * choice field, the choice code; otherwise its text).
     *
     * @param name the custom field's name
     * @param values the values that match
     */
    public record FieldMatch(String name, Set<String> values) {
        /**
         * Copies the values; the name is checked against the definition when it is built.
         *
         * @param name the custom field's name
         * @param values the values that match
         */
        public FieldMatch {
            requireNonNull(name, "routing.field");
            values = Set.copyOf(values);
        }
    }

    /**
     * Copies the sets; the codes are checked against the definition when it is built.
     *
     * @param caseTypes the case type codes (any of them)
     * @param priorities the priority codes (any of them)
     * @param customers the customer ids (any of them)
     * @param field a custom field whose value must be one of the given ones, if any
     * @param assignTo the owner of a matching case
     */
    public RoutingRule {
        caseTypes = Set.copyOf(caseTypes);
        priorities = Set.copyOf(priorities);
        customers = Set.copyOf(customers);
        requireNonNull(field, "routing.field");
        requireNonNull(assignTo, "routing.assignTo");
    }

    /**
     * A rule that routes every case to the owner; narrow it with the {@code when} methods.
     *
     * @param owner the agent or team matching cases go to
     * @return the rule
     */
    public static RoutingRule to(Owner owner) {
        return new RoutingRule(Set.of(), Set.of(), Set.of(), Optional.empty(), owner);
    }

    /**
     * This rule, matching only cases whose custom field has one of the values.
     *
     * @param name the custom field's name
     * @param values the matching values (choice codes, or texts)
     * @return a new rule; this one is unchanged
     */
    public RoutingRule whenField(String name, String... values) {
        return new RoutingRule(caseTypes, priorities, customers, Optional.of(new FieldMatch(name, Set.of(values))), assignTo);
    }

    /**
     * This rule, matching only cases of these types.
     *
     * @param codes the case type codes
     * @return a new rule; this one is unchanged
     */
    public RoutingRule whenCaseTypes(String... codes) {
        return new RoutingRule(Set.of(codes), priorities, customers, field, assignTo);
    }

    /**
     * This rule, matching only cases of these priorities.
     *
     * @param codes the priority codes
     * @return a new rule; this one is unchanged
     */
    public RoutingRule whenPriorities(String... codes) {
        return new RoutingRule(caseTypes, Set.of(codes), customers, field, assignTo);
    }

    /**
     * This rule, matching only cases of these customers.
     *
     * @param ids the customer ids
     * @return a new rule; this one is unchanged
     */
    public RoutingRule whenCustomers(String... ids) {
        return new RoutingRule(caseTypes, priorities, Set.of(ids), field, assignTo);
    }

    /**
     * Whether a case, as opened, meets every criterion.
     *
     * @param c the case as opened
     * @return {@code true} if every criterion matches
     */
    public boolean matches(Case c) {
        return (caseTypes.isEmpty() || caseTypes.contains(c.caseType()))
                && (priorities.isEmpty() || priorities.contains(c.priority()))
                && (customers.isEmpty() || customers.contains(c.customerId()))
                && field.map(f -> Optional.ofNullable(c.customFields().get(f.name())).map(RoutingRule::text)
                        .filter(f.values()::contains).isPresent()).orElse(true);
    }

    /** The value as routing compares it: a choice's code, a text, {@code true}/{@code false}, a plain number. */
    private static String text(FieldValue value) {
        if (value instanceof FieldValue.Choice choice) {
            return choice.value();
        }
        if (value instanceof FieldValue.Text text) {
            return text.value();
        }
        if (value instanceof FieldValue.Bool bool) {
            return String.valueOf(bool.value());
        }
        return ((FieldValue.Number) value).value().toPlainString();
    }
}
