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

import io.casekit.core.sla.BusinessCalendar;
import io.casekit.spi.model.ActorKind;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One list of a {@link WorkflowDefinition} whose elements a derived definition can replace or remove
 * by key: the status reason with code {@code 310}, the SLA policy with id {@code sla}, the transition
 * {@code 420 by CONTACT}. Used by {@link WorkflowDefinition.Builder#put} and {@link
 * WorkflowDefinition.Builder#remove}, and by the {@code extends:} form of YAML/JSON definitions.
 * Immutable, thread-safe.
 *
 * <p>Lists that describe things (priorities, statuses, calendars, ...) keep the base's order; a new
 * element goes last. Lists where the first match wins (transitions, notification rules, routing
 * rules) put a new element of a derived definition before the base's, so that it is tried first.
 *
 * @param <T> the element type
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DefinitionSection<T> {

    /** Priorities, by code. */
    public static final DefinitionSection<Priority> PRIORITIES = new DefinitionSection<>("priorities", Priority::code, false,
            b -> b.priorities(), (p, labels) -> new Priority(p.code(), p.rank(), labels));
    /** Case types, by code. */
    public static final DefinitionSection<CaseType> CASE_TYPES = new DefinitionSection<>("caseTypes", CaseType::code, false,
            b -> b.caseTypes(), (t, labels) -> new CaseType(t.code(), labels, t.defaultPriority(), t.priorities(), t.stagePipeline()));
    /** Status reasons, by code. */
    public static final DefinitionSection<StatusReason> STATUS_REASONS = new DefinitionSection<>("statusReasons", StatusReason::code,
            false, b -> b.statusReasons(),
            (s, labels) -> new StatusReason(s.code(), labels, s.state(), s.flags(), s.onAssign(), s.onContactComment()));
    /**
     * Transitions, by source statuses, target and actor kinds: {@code "<from>,<from> -> <to> by
     * <ACTOR>,<ACTOR>"} with the source statuses sorted and the actor kinds in the order AGENT,
     * CONTACT, SYSTEM, e.g. {@code 410 -> 450 by SYSTEM}. Putting a transition with the same key
     * changes its guards; one with other sources, target or actors is a new transition.
     */
    public static final DefinitionSection<Transition> TRANSITIONS = new DefinitionSection<>("transitions",
            DefinitionSection::transitionKey, true, b -> b.transitions(), null);
    /** Stage pipelines, by id. */
    public static final DefinitionSection<StagePipeline> STAGE_PIPELINES = new DefinitionSection<>("stagePipelines", StagePipeline::id,
            false, b -> b.stagePipelines(), null);
    /** Custom fields, by name. */
    public static final DefinitionSection<CustomField> CUSTOM_FIELDS = new DefinitionSection<>("customFields", CustomField::name, false,
            b -> b.customFields(),
            (f, labels) -> new CustomField(f.name(), labels, f.type(), f.allowedValues(), f.required(), f.caseTypes()));
    /** Views, by code. */
    public static final DefinitionSection<View> VIEWS = new DefinitionSection<>("views", View::code, false, b -> b.views(),
            (v, labels) -> new View(v.code(), labels, v.states(), v.statusReasons(), v.flags()));
    /** Business calendars, by id. */
    public static final DefinitionSection<BusinessCalendar> CALENDARS = new DefinitionSection<>("calendars", BusinessCalendar::id, false,
            b -> b.calendars(), null);
    /** SLA policies, by id. */
    public static final DefinitionSection<SlaPolicy> SLA_POLICIES = new DefinitionSection<>("slaPolicies", SlaPolicy::id, false,
            b -> b.slaPolicies(), null);
    /** Approval kinds, by code. */
    public static final DefinitionSection<ApprovalKind> APPROVALS = new DefinitionSection<>("approvals", ApprovalKind::code, false,
            b -> b.approvals(),
            (a, labels) -> new ApprovalKind(a.code(), labels, a.subject(), a.requestedOnOpening(), a.holdsWork()));
    /** Routing rules, by what they match: {@code caseTypes=[..] priorities=[..] customers=[..] field=name:[..]}, sorted. */
    public static final DefinitionSection<RoutingRule> ROUTING_RULES = new DefinitionSection<>("routing", DefinitionSection::routingKey,
            true, b -> b.routingRules(), null);
    /** Escalation levels, by level number. */
    public static final DefinitionSection<EscalationLevel> ESCALATION_LEVELS = new DefinitionSection<>("notifications.escalation",
            l -> Integer.toString(l.level()), false, b -> b.escalationLevels(), null);
    /**
     * Notification rules, by trigger, target statuses and recipients: {@code "<ON> [<status>,..] to
     * <audience>,.."}, statuses sorted, recipients as declared, e.g. {@code STATUS_CHANGED [410] to
     * requester}.
     */
    public static final DefinitionSection<NotificationRule> NOTIFICATION_RULES = new DefinitionSection<>("notifications.rules",
            DefinitionSection::ruleKey, true, b -> b.notificationRules(), null);
    /** Message templates, by code. */
    public static final DefinitionSection<MessageTemplate> TEMPLATES = new DefinitionSection<>("notifications.templates",
            MessageTemplate::code, false, b -> b.templates(), null);

    /** Every section, in the order of the definition format. */
    public static final List<DefinitionSection<?>> ALL = List.of(PRIORITIES, CASE_TYPES, STATUS_REASONS, TRANSITIONS, APPROVALS,
            STAGE_PIPELINES, CUSTOM_FIELDS, VIEWS, CALENDARS, SLA_POLICIES, ROUTING_RULES, ESCALATION_LEVELS, NOTIFICATION_RULES,
            TEMPLATES);

    private final String path;
    private final Function<T, String> key;
    private final boolean newFirst;
    private final Function<WorkflowDefinition.Builder, List<T>> list;
    private final Optional<BiFunction<T, Labels, T>> relabel;

    private DefinitionSection(String path, Function<T, String> key, boolean newFirst, Function<WorkflowDefinition.Builder, List<T>> list,
            @Nullable BiFunction<T, Labels, T> relabel) {
        this.path = path;
        this.key = key;
        this.newFirst = newFirst;
        this.list = list;
        this.relabel = Optional.ofNullable(relabel);
    }

    /**
     * {@return the section's path in the YAML/JSON form, e.g. {@code statusReasons} or {@code
     * notifications.rules}}
     */
    public String path() {
        return path;
    }

    /**
     * The key that identifies {@code element} within its section.
     *
     * @param element an element of this section
     * @return its key, e.g. a status reason's code
     */
    public String key(T element) {
        return key.apply(requireNonNull(element, path + " element"));
    }

    /**
     * {@return whether a new element of a derived definition goes before the base's (first-match
     * lists)}
     */
    public boolean newFirst() {
        return newFirst;
    }

    /**
     * {@return whether the section's elements carry labels that a derived definition can change on
     * their own}
     */
    public boolean labelled() {
        return relabel.isPresent();
    }

    /**
     * The section with this {@link #path()}.
     *
     * @param path the section's path, e.g. {@code statusReasons}
     * @return the section, or empty if there is none with this path
     */
    public static Optional<DefinitionSection<?>> byPath(String path) {
        return ALL.stream().filter(s -> s.path.equals(path)).findFirst();
    }

    List<T> list(WorkflowDefinition.Builder builder) {
        return list.apply(builder);
    }

    /** The element with its labels replaced; only for {@link #labelled()} sections. */
    T relabel(T element, Labels labels) {
        return relabel.orElseThrow(() -> new IllegalStateException(path + " has no labels")).apply(element, labels);
    }

    private static String transitionKey(Transition t) {
        return String.join(",", sorted(t.from())) + " -> " + t.to() + " by " + java.util.Arrays.stream(ActorKind.values()).filter(t.actors()::contains).map(ActorKind::name)
                .collect(Collectors.joining(","));
    }

    private static String routingKey(RoutingRule r) {
        return "caseTypes=" + sorted(r.caseTypes()) + " priorities=" + sorted(r.priorities()) + " customers=" + sorted(r.customers())
                + r.field().map(f -> " field=" + f.name() + ":" + sorted(f.values())).orElse("");
    }

    private static String ruleKey(NotificationRule r) {
        return r.on() + " " + sorted(r.statusReasons()) + " to "
                + r.to().stream().map(Audience::toString).collect(Collectors.joining(","));
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        return values.stream().sorted().toList();
    }

    @Override
    public String toString() {
        return path;
    }
}
