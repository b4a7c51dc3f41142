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

import io.casekit.core.sla.BusinessCalendar;
import io.casekit.spi.model.CaseState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks a whole definition under construction and lists every problem with its path. */
final class DefinitionCheck {

    /** The lists a definition may leave empty. */
    private static final Set<String> OPTIONAL_LISTS = Set.of("stagePipelines", "customFields", "views", "calendars", "slaPolicies",
            "notifications.templates", "approvals");

    private final WorkflowDefinition.Builder d;
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final Set<String> priorityCodes;
    private final Set<String> caseTypeCodes;
    private final Map<String, StatusReason> statuses;
    private final Set<String> pipelineIds;
    private final Set<String> approvalCodes;

    DefinitionCheck(WorkflowDefinition.Builder definition) {
        this.d = definition;
        this.priorityCodes = codes(d.priorities(), Priority::code);
        this.caseTypeCodes = codes(d.caseTypes(), CaseType::code);
        this.statuses = new LinkedHashMap<>();
        d.statusReasons().forEach(s -> statuses.putIfAbsent(s.code(), s));
        this.pipelineIds = codes(d.stagePipelines(), StagePipeline::id);
        this.approvalCodes = codes(d.approvals(), ApprovalKind::code);
    }

    private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
        Set<String> result = new HashSet<>();
        items.forEach(item -> result.add(code.apply(item)));
        return result;
    }

    List<DefinitionProblem> problems() {
        if (d.id().isBlank()) {
            report("id", "must not be blank");
        }
        if (d.version() < 1) {
            report("version", "must be 1 or more, was " + d.version());
        }
        checkPriorities();
        checkCaseTypes();
        checkStatuses();
        checkTransitions();
        checkActions();
        checkApprovals();
        checkReachability();
        checkPipelines();
        checkCustomFields();
        checkViews();
        checkSla();
        checkLinks();
        checkNotifications();
        checkRouting();
        return problems;
    }

    private void report(String path, String message) {
        problems.add(new DefinitionProblem(path, message));
    }

    private <T> void checkCodes(String list, List<T> items, Function<T, String> code, String codeName) {
        if (items.isEmpty() && !OPTIONAL_LISTS.contains(list)) {
            report(list, "must have at least one element");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = code.apply(items.get(i));
            if (value.isBlank()) {
                report(list + "[" + i + "]." + codeName, "must not be blank");
            } else if (!seen.add(value)) {
                report(list + "[" + i + "]." + codeName, "duplicate " + codeName + " '" + value + "'");
            }
        }
    }

    private void checkLabels(String path, Labels labels) {
        if (labels.isEmpty()) {
            report(path + ".labels", "needs at least one label");
        }
        labels.byLanguage().forEach((language, text) -> {
            if (text == null || text.isBlank()) {
                report(path + ".labels." + language, "must not be blank");
            }
        });
    }

    private void checkPriorities() {
        checkCodes("priorities", d.priorities(), Priority::code, "code");
        for (int i = 0; i < d.priorities().size(); i++) {
            Priority p = d.priorities().get(i);
            if (p.rank() < 1) {
                report("priorities[" + i + "].rank", "must be 1 or more, was " + p.rank());
            }
            checkLabels("priorities[" + i + "]", p.labels());
        }
        String noContract = d.noContractPriority();
        if (noContract != null && !priorityCodes.contains(noContract)) {
            report("noContractPriority", "unknown priority '" + noContract + "'; known: " + sorted(priorityCodes));
        }
    }

    private void checkCaseTypes() {
        checkCodes("caseTypes", d.caseTypes(), CaseType::code, "code");
        for (int i = 0; i < d.caseTypes().size(); i++) {
            CaseType type = d.caseTypes().get(i);
            String path = "caseTypes[" + i + "]";
            checkLabels(path, type.labels());
            for (int j = 0; j < type.priorities().size(); j++) {
                if (!priorityCodes.contains(type.priorities().get(j))) {
                    report(path + ".priorities[" + j + "]", "unknown priority '" + type.priorities().get(j) + "'");
                }
            }
            if (!priorityCodes.contains(type.defaultPriority())) {
                report(path + ".defaultPriority", "unknown priority '" + type.defaultPriority() + "'; known: " + sorted(priorityCodes));
            } else if (!type.allows(type.defaultPriority())) {
                report(path + ".defaultPriority", "'" + type.defaultPriority() + "' is not among the type's allowed priorities " + type.priorities());
            }
            type.stagePipeline().filter(id -> !pipelineIds.contains(id)).ifPresent(id ->
                    report(path + ".stagePipeline", "unknown stage pipeline '" + id + "'; known: " + sorted(pipelineIds)));
        }
    }

    private void checkStatuses() {
        checkCodes("statusReasons", d.statusReasons(), StatusReason::code, "code");
        for (int i = 0; i < d.statusReasons().size(); i++) {
            StatusReason s = d.statusReasons().get(i);
            String path = "statusReasons[" + i + "]";
            checkLabels(path, s.labels());
            s.onAssign().ifPresent(target -> checkRuleTarget(path + ".onAssign", s, target));
            s.onContactComment().ifPresent(target -> checkRuleTarget(path + ".onContactComment", s, target));
            if (s.has(StatusFlag.AWAITING_CONFIRMATION) && s.state() != CaseState.OPEN) {
                report(path + ".flags", "AWAITING_CONFIRMATION is for OPEN statuses; '" + s.code() + "' is " + s.state());
            }
        }
        String initial = d.initialStatus();
        if (initial == null) {
            report("initialStatus", "is required");
        } else if (!statuses.containsKey(initial)) {
            report("initialStatus", "unknown status reason '" + initial + "'");
        } else if (statuses.get(initial).state() != CaseState.OPEN) {
            report("initialStatus", "must be an OPEN status; '" + initial + "' is " + statuses.get(initial).state());
        }
    }

    private void checkRuleTarget(String path, StatusReason from, String target) {
        if (!statuses.containsKey(target)) {
            report(path, "unknown status reason '" + target + "'");
        } else if (target.equals(from.code())) {
            report(path, "moves the status to itself");
        } else if (from.state() != CaseState.OPEN) {
            report(path, "rules apply only to OPEN statuses; '" + from.code() + "' is " + from.state());
        }
    }

    private void checkTransitions() {
        for (int i = 0; i < d.transitions().size(); i++) {
            Transition t = d.transitions().get(i);
            String path = "transitions[" + i + "]";
            if (t.from().isEmpty()) {
                report(path + ".from", "must name at least one status, or \"*\"");
            }
            for (int j = 0; j < t.from().size(); j++) {
                String from = t.from().get(j);
                if (!from.equals(Transition.ANY) && !statuses.containsKey(from)) {
                    report(path + ".from[" + j + "]", "unknown status reason '" + from + "'");
                } else if (from.equals(t.to())) {
                    report(path + ".from[" + j + "]", "a transition from '" + from + "' to itself");
                }
            }
            if (!statuses.containsKey(t.to())) {
                report(path + ".to", "unknown status reason '" + t.to() + "'");
            }
            if (t.actors().isEmpty()) {
                report(path + ".actors", "must name at least one of AGENT, CONTACT, SYSTEM");
            }
        }
    }

    private void checkActions() {
        d.actions().forEach((action, target) -> {
            StatusReason status = statuses.get(target);
            if (status == null) {
                report("actions." + action.key(), "unknown status reason '" + target + "'");
            } else if (!action.accepts(status.state())) {
                report("actions." + action.key(), "'" + target + "' is " + status.state() + ", which " + action.key() + " cannot target");
            }
        });
    }

    /** Every status reachable from the initial one; every OPEN status has a way out. */
    private void checkReachability() {
        String initial = d.initialStatus();
        if (initial == null || !statuses.containsKey(initial)) {
            return;
        }
        Map<String, Set<String>> edges = new HashMap<>();
        statuses.keySet().forEach(code -> edges.put(code, new HashSet<>()));
        for (Transition t : d.transitions()) {
            if (!statuses.containsKey(t.to())) {
                continue;
            }
            for (String from : t.from()) {
                if (from.equals(Transition.ANY)) {
                    statuses.keySet().stream().filter(code -> !code.equals(t.to())).forEach(code -> edges.get(code).add(t.to()));
                } else if (edges.containsKey(from) && !from.equals(t.to())) {
                    edges.get(from).add(t.to());
                }
            }
        }
        for (StatusReason s : statuses.values()) {
            s.ruleTargets().stream().filter(statuses::containsKey).forEach(target -> edges.get(s.code()).add(target));
        }
        FilingApproval filing = d.filingApproval();
        if (filing != null && statuses.containsKey(filing.waitingStatus())) {
            edges.get(initial).add(filing.waitingStatus());
            for (String target : List.of(filing.onGrant(), filing.onRefuse())) {
                if (statuses.containsKey(target) && !target.equals(filing.waitingStatus())) {
                    edges.get(filing.waitingStatus()).add(target);
                }
            }
        }
        // A stage that sets a status can be entered from any OPEN status.
        d.stagePipelines().stream().flatMap(p -> p.stages().stream()).flatMap(stage -> stage.setsStatus().stream())
                .filter(statuses::containsKey)
                .forEach(target -> statuses.values().stream()
                        .filter(s -> s.state() == CaseState.OPEN && !s.code().equals(target))
                        .forEach(s -> edges.get(s.code()).add(target)));
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(initial));
        // a merge and a follow-up reach their statuses without a transition
        Optional.ofNullable(d.merging()).map(Merging::status).filter(statuses::containsKey).ifPresent(todo::add);
        Optional.ofNullable(d.followUpStatus()).filter(statuses::containsKey).ifPresent(todo::add);
        while (!todo.isEmpty()) {
            String code = todo.pop();
            if (reached.add(code)) {
                todo.addAll(edges.get(code));
            }
        }
        for (int i = 0; i < d.statusReasons().size(); i++) {
            StatusReason s = d.statusReasons().get(i);
            if (statuses.get(s.code()) != s) {
                continue; // a duplicate, reported already
            }
            if (!reached.contains(s.code())) {
                report("statusReasons[" + i + "]", "status '" + s.code() + "' cannot be reached from the initial status '" + initial + "'");
            }
            if (s.state() == CaseState.OPEN && edges.get(s.code()).isEmpty()) {
                report("statusReasons[" + i + "]", "OPEN status '" + s.code() + "' has no way out: add a transition from it");
            }
        }
    }

    private void checkApprovals() {
        checkCodes("approvals", d.approvals(), ApprovalKind::code, "code");
        for (int i = 0; i < d.approvals().size(); i++) {
            ApprovalKind kind = d.approvals().get(i);
            String path = "approvals[" + i + "]";
            checkLabels(path, kind.labels());
            kind.requestedOnOpening().stream().filter(t -> !caseTypeCodes.contains(t)).sorted().forEach(t ->
                    report(path + ".requestedOnOpening", "unknown case type '" + t + "'"));
            if (!kind.requestedOnOpening().isEmpty() && kind.subject() != ApprovalSubject.NONE) {
                report(path + ".requestedOnOpening", "a request made on opening names no subject; '" + kind.code()
                        + "' has one (" + kind.subject() + ")");
            }
        }
        FilingApproval filing = d.filingApproval();
        if (filing == null) {
            return;
        }
        if (!approvalCodes.contains(filing.approval())) {
            report("filingApproval.approval", "unknown approval '" + filing.approval() + "'; known: " + sorted(approvalCodes));
        } else if (d.approvals().stream().anyMatch(k -> k.code().equals(filing.approval()) && k.subject() != ApprovalSubject.NONE)) {
            report("filingApproval.approval", "the filing of a case is approved as it is: '" + filing.approval()
                    + "' must have no subject");
        }
        checkFilingStatus("filingApproval.waitingStatus", filing.waitingStatus(), true);
        checkFilingStatus("filingApproval.onGrant", filing.onGrant(), true);
        checkFilingStatus("filingApproval.onRefuse", filing.onRefuse(), false);
        if (filing.waitingStatus().equals(d.initialStatus())) {
            report("filingApproval.waitingStatus", "must differ from the initial status");
        }
        if (filing.onGrant().equals(filing.waitingStatus()) || filing.onRefuse().equals(filing.waitingStatus())) {
            report("filingApproval", "a decision must move the case out of the waiting status '" + filing.waitingStatus() + "'");
        }
    }

    private void checkFilingStatus(String path, String code, boolean mustBeOpen) {
        StatusReason status = statuses.get(code);
        if (status == null) {
            report(path, "unknown status reason '" + code + "'");
        } else if (mustBeOpen && status.state() != CaseState.OPEN) {
            report(path, "must be an OPEN status; '" + code + "' is " + status.state());
        }
    }

    private void checkPipelines() {
        checkCodes("stagePipelines", d.stagePipelines(), StagePipeline::id, "id");
        for (int i = 0; i < d.stagePipelines().size(); i++) {
            StagePipeline pipeline = d.stagePipelines().get(i);
            String path = "stagePipelines[" + i + "]";
            if (pipeline.stages().isEmpty()) {
                report(path + ".stages", "must have at least one stage");
                continue;
            }
            checkCodes(path + ".stages", pipeline.stages(), Stage::code, "code");
            Set<String> codes = codes(pipeline.stages(), Stage::code);
            for (int j = 0; j < pipeline.stages().size(); j++) {
                Stage stage = pipeline.stages().get(j);
                checkLabels(path + ".stages[" + j + "]", stage.labels());
                checkStageRules(path + ".stages[" + j + "]", stage);
                List<String> next = stage.next().orElse(List.of());
                for (int k = 0; k < next.size(); k++) {
                    if (!codes.contains(next.get(k))) {
                        report(path + ".stages[" + j + "].next[" + k + "]", "unknown stage '" + next.get(k) + "'");
                    } else if (next.get(k).equals(stage.code())) {
                        report(path + ".stages[" + j + "].next[" + k + "]", "a stage cannot lead to itself");
                    }
                }
            }
            checkPipelineGraph(path, pipeline, codes);
        }
    }

    private void checkStageRules(String path, Stage stage) {
        stage.gate().filter(code -> !approvalCodes.contains(code)).ifPresent(code ->
                report(path + ".gate", "unknown approval '" + code + "'; known: " + sorted(approvalCodes)));
        stage.setsStatus().ifPresent(code -> {
            StatusReason status = statuses.get(code);
            if (status == null) {
                report(path + ".setsStatus", "unknown status reason '" + code + "'");
            } else if (status.state() != CaseState.OPEN) {
                report(path + ".setsStatus", "a stage sets OPEN statuses only; '" + code + "' is " + status.state());
            }
        });
        Set<String> fields = codes(d.customFields(), CustomField::name);
        for (int k = 0; k < stage.requiredFields().size(); k++) {
            if (!fields.contains(stage.requiredFields().get(k))) {
                report(path + ".requiredFields[" + k + "]", "unknown custom field '" + stage.requiredFields().get(k) + "'");
            }
        }
    }

    private void checkPipelineGraph(String path, StagePipeline pipeline, Set<String> codes) {
        Set<String> reached = new HashSet<>();
        Deque<Stage> todo = new ArrayDeque<>(List.of(pipeline.first()));
        boolean endReached = false;
        while (!todo.isEmpty()) {
            Stage stage = todo.pop();
            if (!reached.add(stage.code())) {
                continue;
            }
            List<String> successors = pipeline.successors(stage).stream().filter(codes::contains).toList();
            endReached |= successors.isEmpty();
            successors.forEach(code -> pipeline.stage(code).ifPresent(todo::push));
        }
        if (!endReached) {
            report(path, "the pipeline has no end: no stage reachable from '" + pipeline.first().code() + "' is a last stage (a stage without next)");
        }
        for (int j = 0; j < pipeline.stages().size(); j++) {
            if (!reached.contains(pipeline.stages().get(j).code())) {
                report(path + ".stages[" + j + "]", "stage '" + pipeline.stages().get(j).code() + "' cannot be reached from the first stage");
            }
        }
    }

    private void checkCustomFields() {
        checkCodes("customFields", d.customFields(), CustomField::name, "name");
        for (int i = 0; i < d.customFields().size(); i++) {
            CustomField field = d.customFields().get(i);
            String path = "customFields[" + i + "]";
            checkLabels(path, field.labels());
            if (field.type() == FieldType.CHOICE && field.allowedValues().isEmpty()) {
                report(path + ".values", "a CHOICE field needs at least one value");
            }
            if (field.type() != FieldType.CHOICE && !field.allowedValues().isEmpty()) {
                report(path + ".values", "only CHOICE fields have values; this one is " + field.type());
            }
            if (new HashSet<>(field.allowedValues()).size() != field.allowedValues().size()) {
                report(path + ".values", "duplicate values in " + field.allowedValues());
            }
            field.caseTypes().stream().filter(t -> !caseTypeCodes.contains(t)).sorted().forEach(t ->
                    report(path + ".caseTypes", "unknown case type '" + t + "'"));
        }
    }

    private void checkViews() {
        checkCodes("views", d.views(), View::code, "code");
        for (int i = 0; i < d.views().size(); i++) {
            View view = d.views().get(i);
            String path = "views[" + i + "]";
            checkLabels(path, view.labels());
            view.statusReasons().stream().filter(s -> !statuses.containsKey(s)).sorted().forEach(s ->
                    report(path + ".statusReasons", "unknown status reason '" + s + "'"));
            boolean referencesKnown = statuses.keySet().containsAll(view.statusReasons());
            if (referencesKnown && statuses.values().stream().noneMatch(view::matches)) {
                report(path, "matches no status reason of the definition: the view would always be empty");
            }
        }
    }

    private void checkRouting() {
        for (int i = 0; i < d.routingRules().size(); i++) {
            RoutingRule rule = d.routingRules().get(i);
            String path = "routing[" + i + "]";
            rule.caseTypes().stream().filter(t -> !caseTypeCodes.contains(t)).sorted().forEach(t ->
                    report(path + ".caseTypes", "unknown case type '" + t + "'; known: " + sorted(caseTypeCodes)));
            rule.priorities().stream().filter(p -> !priorityCodes.contains(p)).sorted().forEach(p ->
                    report(path + ".priorities", "unknown priority '" + p + "'; known: " + sorted(priorityCodes)));
            rule.field().ifPresent(match -> {
                Optional<CustomField> field = d.customFields().stream().filter(f -> f.name().equals(match.name())).findFirst();
                if (field.isEmpty()) {
                    report(path + ".field", "unknown custom field '" + match.name() + "'");
                } else if (match.values().isEmpty()) {
                    report(path + ".values", "must name at least one value of " + match.name());
                } else if (field.get().type() == FieldType.CHOICE) {
                    match.values().stream().filter(v -> !field.get().allowedValues().contains(v)).sorted().forEach(v ->
                            report(path + ".values", "'" + v + "' is not a value of " + match.name() + "; allowed: "
                                    + field.get().allowedValues()));
                }
            });
        }
    }

    private void checkSla() {
        checkCodes("calendars", d.calendars(), BusinessCalendar::id, "id");
        Set<String> calendars = codes(d.calendars(), BusinessCalendar::id);
        checkCodes("slaPolicies", d.slaPolicies(), SlaPolicy::id, "id");
        for (int i = 0; i < d.slaPolicies().size(); i++) {
            SlaPolicy policy = d.slaPolicies().get(i);
            String path = "slaPolicies[" + i + "]";
            if (policy.contract().isBlank()) {
                report(path + ".contract", "must not be blank; use \"" + SlaPolicy.NO_CONTRACT + "\" for customers without a contract");
            }
            if (!calendars.contains(policy.calendar())) {
                report(path + ".calendar", "unknown calendar '" + policy.calendar() + "'; known: " + sorted(calendars));
            }
            policy.warningCalendar().filter(c -> !calendars.contains(c)).ifPresent(c ->
                    report(path + ".warningCalendar", "unknown calendar '" + c + "'; known: " + sorted(calendars)));
            if (policy.warningPercent() < 1 || policy.warningPercent() > 100) {
                report(path + ".warningPercent", "must be 1-100, was " + policy.warningPercent());
            }
            policy.caseTypes().stream().filter(t -> !caseTypeCodes.contains(t)).sorted().forEach(t ->
                    report(path + ".caseTypes", "unknown case type '" + t + "'"));
            policy.targets().keySet().stream().filter(p -> !priorityCodes.contains(p)).forEach(p ->
                    report(path + ".targets." + p, "unknown priority '" + p + "'; known: " + sorted(priorityCodes)));
        }
        FeedbackWindow window = d.feedbackWindow();
        if (window != null) {
            StatusReason close = statuses.get(window.closeWith());
            if (close == null) {
                report("feedbackWindow.closeWith", "unknown status reason '" + window.closeWith() + "'");
            } else if (close.state() != CaseState.RESOLVED) {
                report("feedbackWindow.closeWith", "'" + window.closeWith() + "' is " + close.state() + "; the window closes cases with a RESOLVED status");
            }
            if (window.after().isNegative() || window.after().isZero()) {
                report("feedbackWindow.days", "must be positive");
            }
            if (statuses.values().stream().noneMatch(s -> s.has(StatusFlag.AWAITING_CONFIRMATION))) {
                report("feedbackWindow", "no status is flagged AWAITING_CONFIRMATION, so the window never opens");
            }
        }
    }

    private void checkLinks() {
        Merging merging = d.merging();
        if (merging != null) {
            StatusReason merged = statuses.get(merging.status());
            if (merged == null) {
                report("merging.status", "unknown status reason '" + merging.status() + "'");
            } else if (merged.state() != CaseState.CANCELLED) {
                report("merging.status", "'" + merging.status() + "' is " + merged.state() + "; merged cases get a CANCELLED status");
            }
            if (merging.unmergeWindow().isNegative()) {
                report("merging.unmergeWindow", "must not be negative");
            }
        }
        String followUp = d.followUpStatus();
        if (followUp != null) {
            StatusReason status = statuses.get(followUp);
            if (status == null) {
                report("links.followUpStatus", "unknown status reason '" + followUp + "'");
            } else if (status.state() != CaseState.OPEN) {
                report("links.followUpStatus", "'" + followUp + "' is " + status.state() + "; follow-up cases open in an OPEN status");
            }
        }
    }

    private void checkNotifications() {
        checkCodes("notifications.templates", d.templates(), MessageTemplate::code, "code");
        Set<String> templates = codes(d.templates(), MessageTemplate::code);
        for (int i = 0; i < d.templates().size(); i++) {
            MessageTemplate template = d.templates().get(i);
            String path = "notifications.templates[" + i + "]";
            if (template.texts().isEmpty()) {
                report(path + ".texts", "needs the texts of at least one language");
            }
            template.texts().keySet().stream().filter(String::isBlank).forEach(language ->
                    report(path + ".texts", "a language code must not be blank"));
        }
        Set<Integer> levels = new HashSet<>();
        for (int i = 0; i < d.escalationLevels().size(); i++) {
            EscalationLevel level = d.escalationLevels().get(i);
            String path = "notifications.escalation[" + i + "]";
            if (level.level() < 1) {
                report(path + ".level", "must be 1 or more, was " + level.level());
            } else if (!levels.add(level.level())) {
                report(path + ".level", "duplicate level " + level.level());
            }
            if (level.contacts().isEmpty()) {
                report(path + ".contacts", "must name at least one actor id");
            }
            for (int j = 0; j < level.contacts().size(); j++) {
                if (level.contacts().get(j).isBlank()) {
                    report(path + ".contacts[" + j + "]", "must not be blank");
                }
            }
        }
        for (int i = 0; i < d.notificationRules().size(); i++) {
            NotificationRule rule = d.notificationRules().get(i);
            String path = "notifications.rules[" + i + "]";
            if (!templates.contains(rule.template())) {
                report(path + ".template", "unknown template '" + rule.template() + "'; known: " + sorted(templates));
            }
            if (rule.to().isEmpty()) {
                report(path + ".to", "must name at least one of requester, contacts, owner, team, escalation:N");
            }
            for (int j = 0; j < rule.to().size(); j++) {
                Audience audience = rule.to().get(j);
                if (audience instanceof Audience.Escalation escalation && !levels.contains(escalation.level())) {
                    report(path + ".to[" + j + "]", "no escalation level " + escalation.level() + " is declared");
                }
                if (audience.contacts() && rule.on() == NotificationTrigger.INTERNAL_COMMENT) {
                    report(path + ".to[" + j + "]", "internal comments never reach contacts; address agents (owner, team, escalation:N)");
                }
            }
            if (!rule.statusReasons().isEmpty() && rule.on() != NotificationTrigger.STATUS_CHANGED) {
                report(path + ".statusReasons", "only rules on STATUS_CHANGED name target statuses");
            }
            rule.statusReasons().stream().filter(code -> !statuses.containsKey(code)).sorted().forEach(code ->
                    report(path + ".statusReasons", "unknown status reason '" + code + "'"));
        }
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }
}
