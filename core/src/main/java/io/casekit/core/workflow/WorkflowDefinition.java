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

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import io.casekit.core.sla.BusinessCalendar;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One version of a vendor's workflow: case types, priorities, status reasons and the transitions
 * between them, stage pipelines, custom fields, views, the case-number format, SLA policies, and
 * the notification rules with their message templates. Immutable,
 * thread-safe, and valid: an instance exists only if the definition check found no problem.
 *
 * <p>Build one with {@link #builder(String, int)}, read one with {@link WorkflowDefinitions}, or
 * start from a preset in {@link Presets}.
 */
@API(status = STABLE, since = "0.1.0")
public final class WorkflowDefinition {

    private final DefinitionRef ref;
    private final String name;
    private final CaseNumberFormat caseNumberFormat;
    private final List<Priority> priorities;
    private final List<CaseType> caseTypes;
    private final Optional<String> noContractPriority;
    private final List<StatusReason> statusReasons;
    private final String initialStatus;
    private final List<Transition> transitions;
    private final Map<Action, String> actions;
    private final List<StagePipeline> stagePipelines;
    private final List<CustomField> customFields;
    private final List<View> views;
    private final Map<String, BusinessCalendar> calendars;
    private final List<SlaPolicy> slaPolicies;
    private final Optional<FeedbackWindow> feedbackWindow;
    private final Optional<Merging> merging;
    private final ParentClose parentClose;
    private final boolean contactsMayInvite;
    private final Optional<String> followUpStatus;
    private final TrackingToken trackingToken;
    private final List<NotificationRule> notificationRules;
    private final List<MessageTemplate> templates;
    private final List<EscalationLevel> escalationLevels;
    private final List<RoutingRule> routingRules;
    private final List<ApprovalKind> approvals;
    private final Optional<FilingApproval> filingApproval;

    private final Map<String, Priority> priorityByCode;
    private final Map<String, ApprovalKind> approvalByCode;
    private final Map<String, CaseType> caseTypeByCode;
    private final Map<String, StatusReason> statusByCode;
    private final Map<String, StagePipeline> pipelineById;
    private final Map<String, CustomField> fieldByName;
    private final Map<String, View> viewByCode;
    private final Map<NotificationTrigger, List<NotificationRule>> rulesByTrigger;
    private final Map<String, MessageTemplate> templateByCode;
    private final Map<Integer, EscalationLevel> escalationByLevel;
    /** For each status and actor kind, the transitions out of it by target, first declared first. */
    private final Map<String, Map<ActorKind, Map<String, Transition>>> transitionsFrom;

    private WorkflowDefinition(Builder b, CaseNumberFormat caseNumberFormat, TrackingToken trackingToken) {
        this.ref = new DefinitionRef(b.id, b.version);
        this.name = b.name == null ? b.id : b.name;
        this.caseNumberFormat = caseNumberFormat;
        this.priorities = List.copyOf(b.priorities);
        this.caseTypes = List.copyOf(b.caseTypes);
        this.noContractPriority = Optional.ofNullable(b.noContractPriority);
        this.statusReasons = List.copyOf(b.statusReasons);
        this.initialStatus = requireNonNull(b.initialStatus);
        this.transitions = List.copyOf(b.transitions);
        this.actions = Map.copyOf(b.actions);
        this.stagePipelines = List.copyOf(b.stagePipelines);
        this.customFields = List.copyOf(b.customFields);
        this.views = List.copyOf(b.views);
        this.calendars = index(b.calendars, BusinessCalendar::id);
        this.slaPolicies = List.copyOf(b.slaPolicies);
        this.feedbackWindow = Optional.ofNullable(b.feedbackWindow);
        this.merging = Optional.ofNullable(b.merging);
        this.parentClose = b.parentClose;
        this.contactsMayInvite = b.contactsMayInvite;
        this.followUpStatus = Optional.ofNullable(b.followUpStatus);
        this.trackingToken = trackingToken;
        this.notificationRules = List.copyOf(b.notificationRules);
        this.templates = List.copyOf(b.templates);
        this.escalationLevels = List.copyOf(b.escalationLevels);
        this.routingRules = List.copyOf(b.routingRules);
        this.approvals = List.copyOf(b.approvals);
        this.filingApproval = Optional.ofNullable(b.filingApproval);
        this.approvalByCode = index(approvals, ApprovalKind::code);
        Map<NotificationTrigger, List<NotificationRule>> byTrigger = new EnumMap<>(NotificationTrigger.class);
        notificationRules.forEach(r -> byTrigger.computeIfAbsent(r.on(), t -> new ArrayList<>()).add(r));
        byTrigger.replaceAll((t, rules) -> List.copyOf(rules));
        this.rulesByTrigger = Collections.unmodifiableMap(byTrigger);
        this.templateByCode = index(templates, MessageTemplate::code);
        Map<Integer, EscalationLevel> levels = new HashMap<>();
        escalationLevels.forEach(l -> levels.put(l.level(), l));
        this.escalationByLevel = Map.copyOf(levels);
        this.priorityByCode = index(priorities, Priority::code);
        this.caseTypeByCode = index(caseTypes, CaseType::code);
        this.statusByCode = index(statusReasons, StatusReason::code);
        this.pipelineById = index(stagePipelines, StagePipeline::id);
        this.fieldByName = index(customFields, CustomField::name);
        this.viewByCode = index(views, View::code);
        this.transitionsFrom = indexTransitions(statusReasons, transitions);
    }

    private static Map<String, Map<ActorKind, Map<String, Transition>>> indexTransitions(
            List<StatusReason> statuses, List<Transition> transitions) {
        Map<String, Map<ActorKind, Map<String, Transition>>> index = new HashMap<>();
        for (StatusReason status : statuses) {
            Map<ActorKind, Map<String, Transition>> byKind = new EnumMap<>(ActorKind.class);
            for (ActorKind kind : ActorKind.values()) {
                Map<String, Transition> byTarget = new LinkedHashMap<>();
                for (Transition t : transitions) {
                    if (!t.to().equals(status.code()) && t.allows(status.code(), kind)) {
                        byTarget.putIfAbsent(t.to(), t);
                    }
                }
                byKind.put(kind, Collections.unmodifiableMap(byTarget));
            }
            index.put(status.code(), Collections.unmodifiableMap(byKind));
        }
        return Map.copyOf(index);
    }

    private Map<String, Transition> transitionsFrom(String from, ActorKind actor) {
        Map<ActorKind, Map<String, Transition>> byKind = transitionsFrom.get(from);
        return byKind == null ? Map.of() : byKind.get(actor);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        ImmutableMap.Builder<String, T> map = ImmutableMap.builder();
        items.forEach(item -> map.put(key.apply(item), item));
        return map.buildOrThrow();
    }

    /**
     * Starts a definition with the given id and version.
     *
     * @param id the definition's id, which cases record with the version
     * @param version the version, 1 or more (checked by {@link Builder#build()})
     * @return an empty builder
     */
    public static Builder builder(String id, int version) {
        return new Builder(id, version);
    }

    /**
     * A builder holding every part of this definition, under the same id and version: {@code
     * toBuilder().build()} gives an equal definition. Single-valued settings taken over from this
     * definition may be set once more (the new value wins); list elements are replaced or removed
     * by key with {@link Builder#put} and {@link Builder#remove}.
     *
     * @return a builder pre-filled with this definition
     */
    public Builder toBuilder() {
        return toBuilder(id(), version());
    }

    /**
     * A builder holding every part of this definition under a new id and version: the start of a
     * definition derived from this one (a customer's variant of a preset, say). See {@link #toBuilder()}.
     *
     * @param id the new definition's id
     * @param version the new definition's version, 1 or more
     * @return a builder pre-filled with this definition
     */
    public Builder toBuilder(String id, int version) {
        Builder b = new Builder(id, version);
        b.name = name.equals(id()) && !id.equals(id()) ? null : name;
        b.caseNumberPattern = caseNumberFormat.pattern();
        b.caseNumberStart = caseNumberFormat.start();
        b.priorities.addAll(priorities);
        b.caseTypes.addAll(caseTypes);
        b.noContractPriority = noContractPriority.orElse(null);
        b.statusReasons.addAll(statusReasons);
        b.initialStatus = initialStatus;
        b.transitions.addAll(transitions);
        b.actions.putAll(actions);
        b.stagePipelines.addAll(stagePipelines);
        b.customFields.addAll(customFields);
        b.views.addAll(views);
        b.calendars.addAll(calendars.values());
        b.slaPolicies.addAll(slaPolicies);
        b.feedbackWindow = feedbackWindow.orElse(null);
        b.merging = merging.orElse(null);
        b.parentClose = parentClose;
        b.contactsMayInvite = contactsMayInvite;
        b.followUpStatus = followUpStatus.orElse(null);
        b.trackingToken = trackingToken.pattern();
        b.notificationRules.addAll(notificationRules);
        b.templates.addAll(templates);
        b.escalationLevels.addAll(escalationLevels);
        b.routingRules.addAll(routingRules);
        b.approvals.addAll(approvals);
        b.filingApproval = filingApproval.orElse(null);
        return b;
    }

    /** {@return the id and version cases record} */
    public DefinitionRef ref() {
        return ref;
    }

    /** {@return the definition's id} */
    public String id() {
        return ref.id();
    }

    /** {@return the definition's version, 1 or more} */
    public int version() {
        return ref.version();
    }

    /** {@return the name people see; the id when none was given} */
    public String name() {
        return name;
    }

    /** {@return how case numbers are formed} */
    public CaseNumberFormat caseNumberFormat() {
        return caseNumberFormat;
    }

    /** {@return the priorities, most urgent (rank 1) first as declared} */
    public List<Priority> priorities() {
        return priorities;
    }

    /** {@return the case types, in declaration order; the first is the default of mail-opened cases} */
    public List<CaseType> caseTypes() {
        return caseTypes;
    }

    /**
     * {@return the priority every case of a customer without a support contract gets, or empty if such
     * customers choose like everyone}
     */
    public Optional<String> noContractPriority() {
        return noContractPriority;
    }

    /** {@return the status reasons, in declaration order} */
    public List<StatusReason> statusReasons() {
        return statusReasons;
    }

    /** {@return the code of the status reason every new case starts in} */
    public String initialStatus() {
        return initialStatus;
    }

    /**
     * {@return the transitions between status reasons, in declaration order (the first that matches
     * wins)}
     */
    public List<Transition> transitions() {
        return transitions;
    }

    /** {@return the stage pipelines, in declaration order} */
    public List<StagePipeline> stagePipelines() {
        return stagePipelines;
    }

    /** {@return the custom fields, in declaration order} */
    public List<CustomField> customFields() {
        return customFields;
    }

    /** {@return the views a portal offers, in declaration order} */
    public List<View> views() {
        return views;
    }

    /** {@return the business calendars SLA policies count on, by id} */
    public Map<String, BusinessCalendar> calendars() {
        return calendars;
    }

    /** {@return the SLA policies, in declaration order} */
    public List<SlaPolicy> slaPolicies() {
        return slaPolicies;
    }

    /**
     * {@return the feedback window of statuses awaiting the customer's confirmation, or empty if the
     * definition has none}
     */
    public Optional<FeedbackWindow> feedbackWindow() {
        return feedbackWindow;
    }

    /** {@return the routing rules, in declaration order (the first that matches a new case wins)} */
    public List<RoutingRule> routingRules() {
        return routingRules;
    }

    /**
     * The owner the first matching routing rule gives a case as opened.
     *
     * @param opened the case as opened, before routing
     * @return the owner, or empty if no rule matches
     */
    public Optional<Owner> route(Case opened) {
        for (RoutingRule rule : routingRules) {
            if (rule.matches(opened)) {
                return Optional.of(rule.assignTo());
            }
        }
        return Optional.empty();
    }

    /** {@return how cases are merged, or empty if the definition does not let cases be merged} */
    public Optional<Merging> merging() {
        return merging;
    }

    /** {@return what closing a parent with open children does} */
    public ParentClose parentClose() {
        return parentClose;
    }

    /**
     * {@return whether a customer's authorised contacts may invite people to it and decide its
     * access requests, besides the desk}
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public boolean contactsMayInvite() {
        return contactsMayInvite;
    }

    /**
     * The status a follow-up case opens in (guide 000, status 220): when a contact comments on a
     * closed case, a new case linked to it is opened instead. Empty: comments on closed cases are
     * refused.
     *
     * @return the status code, or empty
     */
    public Optional<String> followUpStatus() {
        return followUpStatus;
    }

    /** {@return how the case number appears in mail subjects} */
    public TrackingToken trackingToken() {
        return trackingToken;
    }

    /** {@return the notification rules, in declaration order (the first that matches a recipient wins)} */
    public List<NotificationRule> notificationRules() {
        return notificationRules;
    }

    /**
     * The notification rules on one kind of event.
     *
     * @param trigger the kind of event
     * @return the rules, in declaration order; empty if none
     */
    public List<NotificationRule> notificationRules(NotificationTrigger trigger) {
        return rulesByTrigger.getOrDefault(trigger, List.of());
    }

    /**
     * {@return whether any notification rule exists: a definition without rules costs nothing per
     * change}
     */
    public boolean notifies() {
        return !notificationRules.isEmpty();
    }

    /** {@return the message templates, in declaration order} */
    public List<MessageTemplate> templates() {
        return templates;
    }

    /**
     * The message template with this code.
     *
     * @param code the template's code, as notification rules name it
     * @return the template, or empty if there is none with this code
     */
    public Optional<MessageTemplate> template(String code) {
        return Optional.ofNullable(templateByCode.get(code));
    }

    /** {@return the escalation levels, in declaration order} */
    public List<EscalationLevel> escalationLevels() {
        return escalationLevels;
    }

    /** {@return the highest escalation level, 0 if the definition has none} */
    public int highestEscalationLevel() {
        return escalationLevels.stream().mapToInt(EscalationLevel::level).max().orElse(0);
    }

    /**
     * The highest level that a breach of an SLA instance of this kind escalates to.
     *
     * @param kind what was promised (first response, resolution)
     * @return the level, or empty if no level escalates on such a breach
     */
    public Optional<Integer> escalationOnBreach(SlaKind kind) {
        return escalationLevels.stream().filter(l -> l.onBreach().contains(kind)).map(EscalationLevel::level)
                .max(Integer::compare);
    }

    /**
     * The escalation level with this number.
     *
     * @param level the level, 1 or more
     * @return the level, or empty if the definition has none with this number
     */
    public Optional<EscalationLevel> escalationLevel(int level) {
        return Optional.ofNullable(escalationByLevel.get(level));
    }

    /**
     * The SLA policy that covers a case of this contract tier and type: the first one naming the case
     * type, else the first one for all types.
     *
     * @param contract the customer's contract tier, or empty for a customer without support contract
     * @param caseType the case type code
     * @return the policy, or empty if none covers the case (it then gets no SLA)
     */
    public Optional<SlaPolicy> slaPolicy(Optional<String> contract, String caseType) {
        return slaPolicies.stream().filter(p -> !p.caseTypes().isEmpty() && p.covers(contract, caseType)).findFirst()
                .or(() -> slaPolicies.stream().filter(p -> p.caseTypes().isEmpty() && p.covers(contract, caseType)).findFirst());
    }

    /**
     * The priority with this code.
     *
     * @param code the priority code
     * @return the priority, or empty if the definition has none with this code
     */
    public Optional<Priority> priority(String code) {
        return Optional.ofNullable(priorityByCode.get(code));
    }

    /**
     * The case type with this code.
     *
     * @param code the case type code
     * @return the case type, or empty if the definition has none with this code
     */
    public Optional<CaseType> caseType(String code) {
        return Optional.ofNullable(caseTypeByCode.get(code));
    }

    /**
     * The status reason with this code.
     *
     * @param code the status reason code
     * @return the status reason, or empty if the definition has none with this code
     */
    public Optional<StatusReason> statusReason(String code) {
        return Optional.ofNullable(statusByCode.get(code));
    }

    /**
     * The stage pipeline with this id.
     *
     * @param id the pipeline's id, as case types name it
     * @return the pipeline, or empty if the definition has none with this id
     */
    public Optional<StagePipeline> stagePipeline(String id) {
        return Optional.ofNullable(pipelineById.get(id));
    }

    /**
     * The custom field with this name.
     *
     * @param name the field's name
     * @return the field, or empty if the definition has none with this name
     */
    public Optional<CustomField> customField(String name) {
        return Optional.ofNullable(fieldByName.get(name));
    }

    /**
     * The view with this code.
     *
     * @param code the view's code
     * @return the view, or empty if the definition has none with this code
     */
    public Optional<View> view(String code) {
        return Optional.ofNullable(viewByCode.get(code));
    }

    /**
     * {@return the approval kinds cases may ask their customer's authorised contacts for, in
     * declaration order}
     */
    public List<ApprovalKind> approvals() {
        return approvals;
    }

    /**
     * The approval kind with this code.
     *
     * @param code the approval kind's code
     * @return the approval kind, or empty if the definition has none with this code
     */
    public Optional<ApprovalKind> approval(String code) {
        return Optional.ofNullable(approvalByCode.get(code));
    }

    /**
     * {@return the rule for cases filed by contacts who are not authorised contacts, or empty if their
     * cases need no approval}
     */
    public Optional<FilingApproval> filingApproval() {
        return filingApproval;
    }

    /**
     * The status an action moves a case to.
     *
     * @param action resolve, close, cancel or reopen
     * @return the status reason code, or empty if the definition does not offer the action
     */
    public Optional<String> actionTarget(Action action) {
        return Optional.ofNullable(actions.get(action));
    }

    /**
     * The transition an actor of the kind may take from one status to another.
     *
     * @param from the current status reason code
     * @param to the target status reason code
     * @param actor the actor's kind
     * @return the first matching transition, or empty if the move is not allowed
     */
    public Optional<Transition> transition(String from, String to, ActorKind actor) {
        return Optional.ofNullable(transitionsFrom(from, actor).get(to));
    }

    /**
     * Every status an actor of the kind may move a case to from {@code from}.
     *
     * @param from the current status reason code
     * @param actor the actor's kind
     * @return the target status reason codes, in declaration order; empty if none (or {@code from}
     *     is unknown)
     */
    public Set<String> targetsFrom(String from, ActorKind actor) {
        return transitionsFrom(from, actor).keySet();
    }

    @Override
    public String toString() {
        return "WorkflowDefinition[" + ref + "]";
    }

    /**
     * Collects the parts of a definition. Elements keep their order; {@link #build()} checks the
     * whole definition and reports every problem at once. Single-valued settings may be set once.
     * Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private final int version;
        private @Nullable String name;
        private @Nullable String caseNumberPattern;
        private long caseNumberStart = 1;
        private final List<Priority> priorities = new ArrayList<>();
        private final List<CaseType> caseTypes = new ArrayList<>();
        private @Nullable String noContractPriority;
        private final List<StatusReason> statusReasons = new ArrayList<>();
        private @Nullable String initialStatus;
        private final List<Transition> transitions = new ArrayList<>();
        private final Map<Action, String> actions = new EnumMap<>(Action.class);
        private final List<StagePipeline> stagePipelines = new ArrayList<>();
        private final List<CustomField> customFields = new ArrayList<>();
        private final List<View> views = new ArrayList<>();
        private final List<BusinessCalendar> calendars = new ArrayList<>();
        private final List<SlaPolicy> slaPolicies = new ArrayList<>();
        private @Nullable FeedbackWindow feedbackWindow;
        private @Nullable Merging merging;
        private ParentClose parentClose = ParentClose.BLOCK;
        private boolean contactsMayInvite;
        private @Nullable String followUpStatus;
        private @Nullable String trackingToken;
        private final List<NotificationRule> notificationRules = new ArrayList<>();
        private final List<MessageTemplate> templates = new ArrayList<>();
        private final List<EscalationLevel> escalationLevels = new ArrayList<>();
        private final List<RoutingRule> routingRules = new ArrayList<>();
        private final List<ApprovalKind> approvals = new ArrayList<>();
        private @Nullable FilingApproval filingApproval;
        /** The single-valued settings set on this builder (a value taken over by toBuilder may be set once more). */
        private final Set<String> set = new HashSet<>();
        /** Per first-match section, how many elements {@link #put} added in front so far (they keep their order). */
        private final Map<String, Integer> addedFirst = new HashMap<>();

        private Builder(String id, int version) {
            this.id = requireNonNull(id, "id");
            this.version = version;
        }

        /**
         * Sets the name people see (default: the id).
         *
         * @param value the name
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder name(String value) {
            checkState(set.add("name"), "name was already set to %s", name);
            name = requireNonNull(value, "name");
            return this;
        }

        /**
         * The case-number format (see {@link CaseNumberFormat}) and the first sequence value it uses.
         *
         * @param pattern the pattern, e.g. {@code CAS-{seq:5}-{rand:6}}
         * @param start the first sequence value, 1 or more
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder caseNumber(String pattern, long start) {
            checkState(set.add("caseNumber"), "caseNumber was already set to %s", caseNumberPattern);
            caseNumberPattern = requireNonNull(pattern, "caseNumber.format");
            caseNumberStart = start;
            return this;
        }

        /**
         * Adds a priority; their order is their declaration order.
         *
         * @param value the priority
         * @return this builder
         */
        public Builder priority(Priority value) {
            priorities.add(requireNonNull(value, "priority"));
            return this;
        }

        /**
         * Adds a case type.
         *
         * @param value the case type
         * @return this builder
         */
        public Builder caseType(CaseType value) {
            caseTypes.add(requireNonNull(value, "caseType"));
            return this;
        }

        /**
         * The fixed priority of customers without a support contract.
         *
         * @param priorityCode the priority code
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder noContractPriority(String priorityCode) {
            checkState(set.add("noContractPriority"), "noContractPriority was already set to %s", noContractPriority);
            noContractPriority = requireNonNull(priorityCode, "noContractPriority");
            return this;
        }

        /**
         * Adds a status reason.
         *
         * @param value the status reason
         * @return this builder
         */
        public Builder status(StatusReason value) {
            statusReasons.add(requireNonNull(value, "statusReason"));
            return this;
        }

        /**
         * Sets the status reason every new case starts in (required).
         *
         * @param code the status reason code
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder initialStatus(String code) {
            checkState(set.add("initialStatus"), "initialStatus was already set to %s", initialStatus);
            initialStatus = requireNonNull(code, "initialStatus");
            return this;
        }

        /**
         * Adds a transition; transitions are tried in the order they are added.
         *
         * @param value the transition
         * @return this builder
         */
        public Builder transition(Transition value) {
            transitions.add(requireNonNull(value, "transition"));
            return this;
        }

        /**
         * The status an action (resolve, close, cancel, reopen) moves a case to.
         *
         * @param action the action
         * @param statusCode the status reason code it moves to
         * @return this builder
         * @throws IllegalStateException if the action was already set on this builder
         */
        public Builder action(Action action, String statusCode) {
            checkState(set.add("actions." + action.key()), "actions.%s was already set", action.key());
            actions.put(action, requireNonNull(statusCode, "actions." + action.key()));
            return this;
        }

        /**
         * Adds a stage pipeline.
         *
         * @param value the pipeline
         * @return this builder
         */
        public Builder stagePipeline(StagePipeline value) {
            stagePipelines.add(requireNonNull(value, "stagePipeline"));
            return this;
        }

        /**
         * Adds a custom field.
         *
         * @param value the field
         * @return this builder
         */
        public Builder customField(CustomField value) {
            customFields.add(requireNonNull(value, "customField"));
            return this;
        }

        /**
         * Adds a view.
         *
         * @param value the view
         * @return this builder
         */
        public Builder view(View value) {
            views.add(requireNonNull(value, "view"));
            return this;
        }

        /**
         * Adds a business calendar that SLA policies may name.
         *
         * @param value the calendar
         * @return this builder
         */
        public Builder calendar(BusinessCalendar value) {
            calendars.add(requireNonNull(value, "calendar"));
            return this;
        }

        /**
         * Adds an SLA policy.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder slaPolicy(SlaPolicy value) {
            slaPolicies.add(requireNonNull(value, "slaPolicy"));
            return this;
        }

        /**
         * Sets the feedback window of statuses awaiting the customer's confirmation.
         *
         * @param value the window
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder feedbackWindow(FeedbackWindow value) {
            checkState(set.add("feedbackWindow"), "feedbackWindow was already set");
            feedbackWindow = requireNonNull(value, "feedbackWindow");
            return this;
        }

        /**
         * Lets cases be merged, and says how.
         *
         * @param value the merge settings
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder merging(Merging value) {
            checkState(set.add("merging"), "merging was already set");
            merging = requireNonNull(value, "merging");
            return this;
        }

        /**
         * What closing a parent with open children does; default {@link ParentClose#BLOCK}.
         *
         * @param value what to do
         * @return this builder
         */
        public Builder parentClose(ParentClose value) {
            parentClose = requireNonNull(value, "parentClose");
            return this;
        }

        /**
         * Whether a customer's authorised contacts may invite people to it and decide its access
         * requests; default false: only agents do.
         *
         * @param value whether they may
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.2.0")
        public Builder contactsMayInvite(boolean value) {
            contactsMayInvite = value;
            return this;
        }

        /**
         * The status follow-up cases open in; see {@link WorkflowDefinition#followUpStatus()}.
         *
         * @param value the status reason code
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder followUpStatus(String value) {
            checkState(set.add("followUpStatus"), "followUpStatus was already set");
            followUpStatus = requireNonNull(value, "followUpStatus");
            return this;
        }

        /**
         * How the case number appears in mail subjects (see {@link TrackingToken}); default {@value TrackingToken#DEFAULT}.
         *
         * @param pattern the token pattern
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder trackingToken(String pattern) {
            checkState(set.add("trackingToken"), "trackingToken was already set to %s", trackingToken);
            trackingToken = requireNonNull(pattern, "trackingToken");
            return this;
        }

        /**
         * Adds a notification rule; rules are tried in the order they are added.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder notificationRule(NotificationRule value) {
            notificationRules.add(requireNonNull(value, "notificationRule"));
            return this;
        }

        /**
         * Adds a message template.
         *
         * @param value the template
         * @return this builder
         */
        public Builder template(MessageTemplate value) {
            templates.add(requireNonNull(value, "template"));
            return this;
        }

        /**
         * Adds an escalation level.
         *
         * @param value the level
         * @return this builder
         */
        public Builder escalationLevel(EscalationLevel value) {
            escalationLevels.add(requireNonNull(value, "escalationLevel"));
            return this;
        }

        /**
         * Adds a routing rule; rules are tried in the order they are added.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder routingRule(RoutingRule value) {
            routingRules.add(requireNonNull(value, "routingRule"));
            return this;
        }

        /**
         * Adds an approval kind.
         *
         * @param value the approval kind
         * @return this builder
         */
        public Builder approval(ApprovalKind value) {
            approvals.add(requireNonNull(value, "approval"));
            return this;
        }

        /**
         * The approval that cases filed by contacts who are not authorised contacts wait for.
         *
         * @param value the filing approval
         * @return this builder
         * @throws IllegalStateException if it was already set on this builder
         */
        public Builder filingApproval(FilingApproval value) {
            checkState(set.add("filingApproval"), "filingApproval was already set");
            filingApproval = requireNonNull(value, "filingApproval");
            return this;
        }

        /**
         * Puts an element into its section: it replaces, in place, every element with the same
         * {@linkplain DefinitionSection#key key}; without one it is added, last, or first in the
         * sections where the first match wins (see {@link DefinitionSection}).
         *
         * @param <T> the type of the section's elements
         * @param section the section
         * @param element the element
         * @return this builder
         */
        public <T> Builder put(DefinitionSection<T> section, T element) {
            requireNonNull(section, "section");
            requireNonNull(element, section.path());
            List<T> list = section.list(this);
            String key = section.key(element);
            int first = -1;
            for (int i = list.size() - 1; i >= 0; i--) {
                if (section.key(list.get(i)).equals(key)) {
                    list.remove(i);
                    first = i;
                }
            }
            if (first >= 0) {
                list.add(first, element);
            } else if (section.newFirst()) {
                list.add(Math.min(addedFirst.merge(section.path(), 1, Integer::sum) - 1, list.size()), element);
            } else {
                list.add(element);
            }
            return this;
        }

        /**
         * Removes every element of the section with this {@linkplain DefinitionSection#key key}.
         *
         * @param section the section
         * @param key the key of the elements to remove
         * @return this builder
         * @throws IllegalArgumentException if the section has no element with the key
         */
        public Builder remove(DefinitionSection<?> section, String key) {
            requireNonNull(key, "key");
            boolean removed = requireNonNull(section, "section").list(this).removeIf(e -> keyOf(section, e).equals(key));
            if (!removed) {
                throw new IllegalArgumentException(section.path() + " has no element '" + key + "'; keys: " + keys(section));
            }
            return this;
        }

        /**
         * The keys of the section's elements, in order.
         *
         * @param <T> the type of the section's elements
         * @param section the section
         * @return the keys, possibly with repeats (a definition may hold duplicates until it is built)
         */
        public <T> List<String> keys(DefinitionSection<T> section) {
            return section.list(this).stream().map(section::key).toList();
        }

        @SuppressWarnings("unchecked")
        private static <T> String keyOf(DefinitionSection<T> section, Object element) {
            return section.key((T) element);
        }

        /**
         * Checks the whole definition and builds it.
         *
         * @throws InvalidDefinitionException listing every problem, each with its path
         * @return the definition
         */
        public WorkflowDefinition build() {
            return build(List.of(), "'" + id + "' version " + version);
        }

        /** Builds, reporting {@code earlier} problems (found while reading a file) with the check's own. */
        WorkflowDefinition build(List<DefinitionProblem> earlier, String source) {
            List<DefinitionProblem> found = new ArrayList<>();
            @Nullable CaseNumberFormat format = null;
            if (caseNumberStart < 1) {
                found.add(new DefinitionProblem("caseNumber.start", "must be 1 or more, was " + caseNumberStart));
            } else {
                try {
                    format = CaseNumberFormat.of(caseNumberPattern == null ? "{seq}" : caseNumberPattern, caseNumberStart);
                } catch (IllegalArgumentException e) {
                    String message = String.valueOf(e.getMessage());
                    found.add(new DefinitionProblem(message.startsWith("caseNumber.start") ? "caseNumber.start" : "caseNumber.format",
                            message));
                }
            }
            @Nullable TrackingToken token = null;
            try {
                token = TrackingToken.of(trackingToken == null ? TrackingToken.DEFAULT : trackingToken);
            } catch (IllegalArgumentException e) {
                found.add(new DefinitionProblem("notifications.trackingToken", e.getMessage()));
            }
            found.addAll(new DefinitionCheck(this).problems());
            List<DefinitionProblem> problems = new ArrayList<>(earlier);
            // A problem found while reading (a missing key, say) is not reported again by the check.
            found.stream().filter(p -> earlier.stream().noneMatch(e -> covers(e.path(), p.path()))).forEach(problems::add);
            if (!problems.isEmpty() || format == null || token == null) {
                throw new InvalidDefinitionException(source, problems);
            }
            return new WorkflowDefinition(this, format, token);
        }

        private static boolean covers(String reported, String path) {
            return path.equals(reported) || path.startsWith(reported + ".") || path.startsWith(reported + "[");
        }

        // Read by DefinitionCheck.
        String id() {
            return id;
        }

        int version() {
            return version;
        }

        List<Priority> priorities() {
            return priorities;
        }

        List<CaseType> caseTypes() {
            return caseTypes;
        }

        @Nullable String noContractPriority() {
            return noContractPriority;
        }

        List<StatusReason> statusReasons() {
            return statusReasons;
        }

        @Nullable String initialStatus() {
            return initialStatus;
        }

        List<Transition> transitions() {
            return transitions;
        }

        Map<Action, String> actions() {
            return actions;
        }

        List<StagePipeline> stagePipelines() {
            return stagePipelines;
        }

        List<CustomField> customFields() {
            return customFields;
        }

        List<View> views() {
            return views;
        }

        List<BusinessCalendar> calendars() {
            return calendars;
        }

        List<SlaPolicy> slaPolicies() {
            return slaPolicies;
        }

        @Nullable FeedbackWindow feedbackWindow() {
            return feedbackWindow;
        }

        @Nullable Merging merging() {
            return merging;
        }

        @Nullable String followUpStatus() {
            return followUpStatus;
        }

        List<NotificationRule> notificationRules() {
            return notificationRules;
        }

        List<MessageTemplate> templates() {
            return templates;
        }

        List<EscalationLevel> escalationLevels() {
            return escalationLevels;
        }

        List<RoutingRule> routingRules() {
            return routingRules;
        }

        List<ApprovalKind> approvals() {
            return approvals;
        }

        @Nullable FilingApproval filingApproval() {
            return filingApproval;
        }
    }
}
