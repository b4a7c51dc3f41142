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
import io.casekit.core.workflow.internal.MappingNode;
import io.casekit.core.workflow.internal.Node;
import io.casekit.core.workflow.internal.ShapeCheck;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaKind;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed YAML/JSON tree into a definition. First it checks the tree against {@link
 * DefinitionFormat} (unknown or missing keys, wrong types, numbers out of range, unknown names), the
 * same rules the published JSON Schema states; then it reads the values, reporting what they mean
 * (a time that is no time, an unknown zone, a malformed template), and lets the builder's check add
 * the problems of the definition as a whole. Every problem is reported at once, with its path.
 */
final class DefinitionReader {

    /** The parts of a calendar that it cannot be built without. */
    private static final String[] CALENDAR_PARTS = {"zone", "hours", "holidays", "closures"};

    private final List<DefinitionProblem> problems = new ArrayList<>();
    /** Where each element read from the document stands in it (by identity), to name it in the check's problems. */
    private final Map<Object, String> origins = new IdentityHashMap<>();

    /** Puts one element read from the document into the definition under construction. */
    private interface Placer {
        <T> void place(DefinitionSection<T> section, T element);
    }

    /** Reads a definition, finding the one it {@code extends} (if any) with {@code bases}. */
    WorkflowDefinition read(Node document, String source, DefinitionResolver bases) {
        if (!(document instanceof Node.Mapping root)) {
            throw new InvalidDefinitionException(source, List.of(new DefinitionProblem("$", "the document must be a mapping")));
        }
        ShapeCheck.check(root, DefinitionFormat.DOCUMENT, "", this::report);
        if (root.has("extends")) {
            return readDerived(new MappingNode(root, DefinitionFormat.DERIVED, ""), source, bases);
        }
        MappingNode doc = new MappingNode(root, DefinitionFormat.DEFINITION, "");
        WorkflowDefinition.Builder b = WorkflowDefinition.builder(doc.requiredText("id"), (int) doc.whole("version", 1));
        readParts(doc, b, new Placer() {
            @Override
            public <T> void place(DefinitionSection<T> section, T element) {
                section.list(b).add(element);
            }
        });
        return b.build(problems, source);
    }

    private WorkflowDefinition readDerived(MappingNode doc, String source, DefinitionResolver bases) {
        String baseId = doc.requiredText("extends");
        String id = doc.requiredText("id");
        int version = (int) doc.whole("version", 1);
        if (!baseId.isEmpty() && baseId.equals(id)) {
            report("extends", "a definition cannot extend itself: give it an id of its own, not '" + id + "'");
        }
        Optional<WorkflowDefinition> found = baseId.isEmpty() || baseId.equals(id) ? Optional.empty() : bases.find(baseId);
        if (found.isEmpty() && !baseId.isEmpty() && !baseId.equals(id)) {
            report("extends", "unknown definition '" + baseId + "'; known: " + bases.known());
        }
        if (found.isEmpty()) {
            throw new InvalidDefinitionException(source, problems);
        }
        WorkflowDefinition base = found.get();
        WorkflowDefinition.Builder b = base.toBuilder(id, version);
        doc.mapping("remove").ifPresent(remove -> remove(remove, b));
        readParts(doc, b, new Placer() {
            @Override
            public <T> void place(DefinitionSection<T> section, T element) {
                b.put(section, element);
            }
        });
        doc.mapping("labels").ifPresent(labels -> relabel(labels, b));
        List<DefinitionProblem> found2 = new ArrayList<>(problems);
        WorkflowDefinition built = null;
        try {
            built = b.build(List.of(), source);
        } catch (InvalidDefinitionException e) {
            e.problems().stream().map(p -> translate(p, b, base.id()))
                    .filter(p -> problems.stream().noneMatch(earlier -> covers(earlier.path(), p.path())))
                    .forEach(found2::add);
        }
        if (built == null || !found2.isEmpty()) {
            throw new InvalidDefinitionException(source, found2);
        }
        return built;
    }

    private static boolean covers(String reported, String path) {
        return path.equals(reported) || path.startsWith(reported + ".") || path.startsWith(reported + "[");
    }

    /** Whether a problem was reported at one of the keys of {@code node} or inside it (an unknown key does not count). */
    private boolean problemsUnder(MappingNode node, String... keys) {
        return java.util.Arrays.stream(keys).map(node::path).anyMatch(path -> problems.stream().anyMatch(p -> covers(path, p.path())));
    }

    /**
     * A problem the check found in the merged definition, with the path of the element in the derived
     * document if it came from there, else with the element's key in the base.
     */
    private DefinitionProblem translate(DefinitionProblem problem, WorkflowDefinition.Builder b, String baseId) {
        for (DefinitionSection<?> section : DefinitionSection.ALL) {
            String prefix = section.path() + "[";
            if (problem.path().startsWith(prefix)) {
                int end = problem.path().indexOf(']', prefix.length());
                List<?> list = section.list(b);
                int index;
                try {
                    index = Integer.parseInt(problem.path().substring(prefix.length(), end));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    return problem;
                }
                if (index < 0 || index >= list.size()) {
                    return problem;
                }
                Object element = list.get(index);
                String rest = problem.path().substring(end + 1);
                String origin = origins.get(element);
                if (origin != null) {
                    return new DefinitionProblem(origin + rest, problem.message());
                }
                return new DefinitionProblem(section.path() + "['" + keyOf(section, element) + "']" + rest,
                        problem.message() + " (inherited from '" + baseId + "')");
            }
        }
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static <T> String keyOf(DefinitionSection<T> section, Object element) {
        return section.key((T) element);
    }

    /** {@code remove: {<section>: [<key>, ...]}}: drops base elements by key. */
    private void remove(MappingNode remove, WorkflowDefinition.Builder b) {
        for (DefinitionSection<?> section : DefinitionSection.ALL) {
            List<String> keys = remove.texts(section.path());
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                if (!b.keys(section).contains(key)) {
                    report(remove.path(section.path()) + "[" + i + "]", "the base has no element '" + key + "'; keys: " + b.keys(section));
                } else {
                    b.remove(section, key);
                }
            }
        }
    }

    /** {@code labels: {<section>: {<key>: {<language>: <text>}}}}: changes labels of elements without restating them. */
    private void relabel(MappingNode labels, WorkflowDefinition.Builder b) {
        for (DefinitionSection<?> section : DefinitionSection.ALL) {
            if (section.labelled()) {
                labels.mapOf(section.path()).ifPresent(node -> relabel(section, node, labels.path(section.path()), b));
            }
        }
    }

    private <T> void relabel(DefinitionSection<T> section, Node.Mapping node, String path, WorkflowDefinition.Builder b) {
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
            String elementPath = path + "." + entry.getKey();
            Optional<T> element = section.list(b).stream().filter(e -> section.key(e).equals(entry.getKey())).findFirst();
            if (element.isEmpty()) {
                report(elementPath, "no element '" + entry.getKey() + "'; keys: " + b.keys(section));
            } else if (entry.getValue() instanceof Node.Mapping given) {
                Labels labels = currentLabels(element.get());
                for (Map.Entry<String, Node> label : given.entries().entrySet()) {
                    Optional<String> text = label.getValue().asText();
                    if (label.getKey().isBlank()) {
                        report(elementPath, "a language code must not be blank");
                    } else if (text.isPresent()) {
                        labels = labels.and(label.getKey(), text.get());
                    }
                }
                T relabelled = section.relabel(element.get(), labels);
                String origin = origins.get(element.get());
                if (origin != null) { // an element of the derived document keeps its place there
                    origins.put(relabelled, origin);
                }
                b.put(section, relabelled);
            }
        }
    }

    private static Labels currentLabels(Object element) {
        if (element instanceof Priority p) {
            return p.labels();
        } else if (element instanceof CaseType t) {
            return t.labels();
        } else if (element instanceof StatusReason s) {
            return s.labels();
        } else if (element instanceof CustomField f) {
            return f.labels();
        } else if (element instanceof View v) {
            return v.labels();
        } else if (element instanceof ApprovalKind a) {
            return a.labels();
        }
        throw new IllegalStateException("no labels on " + element);
    }

    /** Reads every part but the id and version, placing list elements with {@code placer}. */
    private void readParts(MappingNode doc, WorkflowDefinition.Builder b, Placer placer) {
        doc.text("name").ifPresent(b::name);
        doc.mapping("caseNumber").ifPresent(number -> b.caseNumber(number.requiredText("format"), number.whole("start", 1)));
        list(doc, "priorities", this::priority).forEach(e -> placer.place(DefinitionSection.PRIORITIES, e));
        list(doc, "caseTypes", this::caseType).forEach(e -> placer.place(DefinitionSection.CASE_TYPES, e));
        doc.text("noContractPriority").ifPresent(b::noContractPriority);
        list(doc, "statusReasons", this::statusReason).forEach(e -> placer.place(DefinitionSection.STATUS_REASONS, e));
        doc.text("initialStatus").ifPresent(b::initialStatus);
        list(doc, "transitions", this::transition).forEach(e -> placer.place(DefinitionSection.TRANSITIONS, e));
        doc.mapping("actions").ifPresent(actions -> {
            for (Action action : Action.values()) {
                List<String> given = actions.givenAs(action.key()); // e.g. close and CLOSE
                given.stream().skip(1).forEach(key -> report(ShapeCheck.at(actions.path(), key), "duplicate action " + action.key()));
                actions.text(action.key()).ifPresent(target -> b.action(action, target));
            }
        });
        list(doc, "approvals", this::approval).forEach(e -> placer.place(DefinitionSection.APPROVALS, e));
        doc.mapping("filingApproval").ifPresent(filing -> b.filingApproval(new FilingApproval(filing.requiredText("approval"),
                filing.requiredText("waitingStatus"), filing.requiredText("onGrant"), filing.requiredText("onRefuse"))));
        list(doc, "stagePipelines", this::pipeline).forEach(e -> placer.place(DefinitionSection.STAGE_PIPELINES, e));
        list(doc, "customFields", this::customField).forEach(e -> placer.place(DefinitionSection.CUSTOM_FIELDS, e));
        list(doc, "views", this::view).forEach(e -> placer.place(DefinitionSection.VIEWS, e));
        list(doc, "calendars", this::calendar).forEach(e -> placer.place(DefinitionSection.CALENDARS, e));
        list(doc, "slaPolicies", this::slaPolicy).forEach(e -> placer.place(DefinitionSection.SLA_POLICIES, e));
        doc.mapping("feedbackWindow").ifPresent(window -> b.feedbackWindow(
                new FeedbackWindow(Duration.ofDays(window.whole("days", 1)), window.requiredText("closeWith"))));
        list(doc, "routing", this::routingRule).forEach(e -> placer.place(DefinitionSection.ROUTING_RULES, e));
        doc.mapping("merging").ifPresent(merging -> b.merging(new Merging(merging.requiredText("status"),
                merging.text("unmergeWindow").flatMap(text -> duration(text, merging.path("unmergeWindow"))).orElse(Duration.ZERO))));
        doc.mapping("access").ifPresent(access -> b.contactsMayInvite(access.bool("contactsMayInvite", false)));
        doc.mapping("links").ifPresent(links -> {
            links.choice("parentClose", ParentClose.class).ifPresent(b::parentClose);
            links.text("followUpStatus").ifPresent(b::followUpStatus);
        });
        doc.mapping("notifications").ifPresent(notifications -> {
            notifications.text("trackingToken").ifPresent(b::trackingToken);
            list(notifications, "escalation", this::escalationLevel).forEach(e -> placer.place(DefinitionSection.ESCALATION_LEVELS, e));
            list(notifications, "rules", this::notificationRule).forEach(e -> placer.place(DefinitionSection.NOTIFICATION_RULES, e));
            list(notifications, "templates", this::template).forEach(e -> placer.place(DefinitionSection.TEMPLATES, e));
        });
    }

    private Priority priority(MappingNode node) {
        return new Priority(node.requiredText("code"), (int) node.whole("rank", 1), labels(node));
    }

    private CaseType caseType(MappingNode node) {
        return new CaseType(node.requiredText("code"), labels(node), node.requiredText("defaultPriority"), node.texts("priorities"),
                node.text("stagePipeline"));
    }

    private StatusReason statusReason(MappingNode node) {
        // A part that cannot be read gets a stand-in that draws no further problem.
        return new StatusReason(node.requiredText("code"), labels(node), node.choice("state", CaseState.class).orElse(CaseState.OPEN),
                node.choices("flags", StatusFlag.class), node.text("onAssign"), node.text("onContactComment"));
    }

    private Transition transition(MappingNode node) {
        return new Transition(node.texts("from"), node.requiredText("to"), node.choices("actors", ActorKind.class),
                node.choices("guards", Guard.class));
    }

    private ApprovalKind approval(MappingNode node) {
        return new ApprovalKind(node.requiredText("code"), labels(node),
                node.choice("subject", ApprovalSubject.class).orElse(ApprovalSubject.NONE),
                Set.copyOf(node.texts("requestedOnOpening")), node.bool("holdsWork", false));
    }

    private StagePipeline pipeline(MappingNode node) {
        return new StagePipeline(node.requiredText("id"), list(node, "stages", this::stage));
    }

    private Stage stage(MappingNode node) {
        Optional<List<String>> next = node.has("next") ? Optional.of(node.texts("next")) : Optional.empty();
        return new Stage(node.requiredText("code"), labels(node), next, node.text("gate"), node.text("setsStatus"),
                node.texts("requiredFields"));
    }

    private CustomField customField(MappingNode node) {
        return new CustomField(node.requiredText("name"), labels(node), node.choice("type", FieldType.class).orElse(FieldType.TEXT),
                node.texts("values"), node.bool("required", false), Set.copyOf(node.texts("caseTypes")));
    }

    private View view(MappingNode node) {
        return new View(node.requiredText("code"), labels(node), node.choices("states", CaseState.class),
                Set.copyOf(node.texts("statusReasons")), node.choices("flags", StatusFlag.class));
    }

    private @Nullable RoutingRule routingRule(MappingNode node) {
        Optional<RoutingRule.FieldMatch> field = node.text("field")
                .map(name -> new RoutingRule.FieldMatch(name, Set.copyOf(node.texts("values"))));
        Optional<MappingNode> to = node.mapping("assignTo");
        if (to.isEmpty()) {
            return null;
        }
        Optional<String> team = to.get().text("team");
        Optional<String> agent = to.get().text("agent");
        if (team.isPresent() == agent.isPresent()) {
            return null; // the shape check reported it
        }
        if (team.or(() -> agent).orElseThrow().isBlank()) {
            report(to.get().path(), "must name a team or agent id, not a blank text");
            return null;
        }
        Owner owner = team.map(Owner::team).orElseGet(() -> Owner.agent(agent.orElseThrow()));
        return new RoutingRule(Set.copyOf(node.texts("caseTypes")), Set.copyOf(node.texts("priorities")),
                Set.copyOf(node.texts("customers")), field, owner);
    }

    private @Nullable BusinessCalendar calendar(MappingNode node) {
        String given = node.requiredText("id");
        if (given.isBlank()) {
            report(node.path("id"), "must not be blank");
        }
        String id = given.isBlank() ? "?" : given; // a stand-in the calendar accepts
        if (node.bool("alwaysOpen", false)) {
            return BusinessCalendar.always(id);
        }
        ZoneId zone = ZoneOffset.UTC;
        try {
            zone = ZoneId.of(node.requiredText("zone"));
        } catch (DateTimeException e) {
            report(node.path("zone"), "unknown time zone; use a region id such as Europe/Amsterdam");
        }
        if (problemsUnder(node, CALENDAR_PARTS)) {
            return null;
        }
        BusinessCalendar.Builder calendar = BusinessCalendar.builder(id, zone);
        for (MappingNode hours : node.list("hours")) {
            Set<DayOfWeek> days = hours.choices("days", DayOfWeek.class);
            Optional<LocalTime> from = time(hours, "from");
            Optional<LocalTime> to = time(hours, "to");
            if (from.isPresent() && to.isPresent()) {
                days.forEach(day -> calendarCall(hours.path(), () -> calendar.open(day, from.get(), to.get())));
            }
        }
        List<String> holidays = node.texts("holidays");
        for (int i = 0; i < holidays.size(); i++) {
            String holidayPath = node.path("holidays") + "[" + i + "]";
            date(holidays.get(i), holidayPath).ifPresent(date -> calendarCall(holidayPath, () -> calendar.holiday(date)));
        }
        for (MappingNode closure : node.list("closures")) {
            Optional<LocalDate> date = date(closure.requiredText("date"), closure.path("date"));
            Optional<LocalTime> from = time(closure, "from");
            Optional<LocalTime> to = time(closure, "to");
            if (date.isPresent() && from.isPresent() && to.isPresent()) {
                calendarCall(closure.path(), () -> calendar.closed(date.get(), from.get(), to.get()));
            }
        }
        if (problemsUnder(node, CALENDAR_PARTS)) {
            return null;
        }
        try {
            return calendar.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            report(node.path(), e.getMessage());
            return null;
        }
    }

    private void calendarCall(String path, Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            report(path, e.getMessage());
        }
    }

    private Optional<LocalTime> time(MappingNode node, String key) {
        String text = node.requiredText(key);
        if (text.equals("24:00")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            report(node.path(key), "'" + text + "' is not a time of day; write HH:MM, or 24:00 for the end of the day");
            return Optional.empty();
        }
    }

    private Optional<LocalDate> date(String text, String path) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            report(path, "'" + text + "' is not a date; write YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private SlaPolicy slaPolicy(MappingNode node) {
        Map<String, SlaTargets> targets = new LinkedHashMap<>();
        node.mappings("targets").forEach((priority, target) ->
                targets.put(priority, new SlaTargets(target(target, "firstResponse"), target(target, "resolution"))));
        return new SlaPolicy(node.requiredText("id"), node.requiredText("contract"), Set.copyOf(node.texts("caseTypes")),
                node.requiredText("calendar"), (int) node.whole("warningPercent", 75),
                node.choice("firstResponse", FirstResponse.class).orElse(FirstResponse.FIRST_PUBLIC_AGENT_COMMENT),
                node.choices("pauseOn", StatusFlag.class), node.text("warningCalendar"), targets);
    }

    private Optional<SlaTarget> target(MappingNode node, String key) {
        return node.text(key).flatMap(text -> {
            try {
                return Optional.of(SlaTarget.parse(text));
            } catch (IllegalArgumentException e) {
                report(node.path(key), e.getMessage());
                return Optional.empty();
            }
        });
    }

    private EscalationLevel escalationLevel(MappingNode node) {
        return new EscalationLevel((int) node.whole("level", 1), node.texts("contacts"), node.choices("onBreach", SlaKind.class));
    }

    private NotificationRule notificationRule(MappingNode node) {
        // A rule whose parts cannot be read keeps its place (and its parts theirs) with the stand-ins
        // that draw no further problem, so that the check's paths stay right.
        NotificationTrigger on = node.choice("on", NotificationTrigger.class).orElse(NotificationTrigger.STATUS_CHANGED);
        List<String> toTexts = node.texts("to");
        List<Audience> to = new ArrayList<>();
        for (int i = 0; i < toTexts.size(); i++) {
            try {
                to.add(Audience.parse(toTexts.get(i)));
            } catch (IllegalArgumentException e) {
                report(node.path("to") + "[" + i + "]", e.getMessage());
                to.add(Audience.OWNER);
            }
        }
        return new NotificationRule(on, Set.copyOf(node.texts("statusReasons")), to, node.requiredText("template"),
                node.bool("notifyActor", false), node.bool("mandatory", false));
    }

    private MessageTemplate template(MappingNode node) {
        Map<String, TemplateText> texts = new LinkedHashMap<>();
        node.mappings("texts").forEach((language, text) -> templateText(text).ifPresent(t -> texts.put(language, t)));
        return new MessageTemplate(node.requiredText("code"), texts);
    }

    private Optional<TemplateText> templateText(MappingNode node) {
        if (problemsUnder(node, "subject", "text", "html")) {
            return Optional.empty();
        }
        Optional<TextTemplate> subject = textTemplate(node, "subject");
        Optional<TextTemplate> text = textTemplate(node, "text");
        Optional<TextTemplate> html = node.has("html") ? textTemplate(node, "html") : Optional.empty();
        if (subject.isEmpty() || text.isEmpty() || node.has("html") && html.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TemplateText(subject.get(), text.get(), html));
        } catch (IllegalArgumentException e) {
            report(node.path("subject"), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<TextTemplate> textTemplate(MappingNode node, String key) {
        try {
            return Optional.of(TextTemplate.parse(node.requiredText(key)));
        } catch (IllegalArgumentException e) {
            report(node.path(key), e.getMessage());
            return Optional.empty();
        }
    }

    private Labels labels(MappingNode node) {
        return new Labels(node.textMap("labels"));
    }

    private Optional<Duration> duration(String text, String path) {
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            report(path, "must be an ISO-8601 duration such as P7D or PT12H, was '" + text + "'");
            return Optional.empty();
        }
    }

    /** Reports a problem, unless one was reported at the same path already (one problem per element). */
    private void report(String path, String message) {
        if (problems.stream().noneMatch(p -> p.path().equals(path))) {
            problems.add(new DefinitionProblem(path, message));
        }
    }

    /** Reads the mappings of a list, each with its place in the document for the check's problems. */
    private <T> List<T> list(MappingNode node, String key, Function<MappingNode, @Nullable T> element) {
        List<T> result = new ArrayList<>();
        for (MappingNode item : node.list(key)) {
            T converted = element.apply(item);
            if (converted != null) {
                origins.put(converted, item.path());
                result.add(converted);
            }
        }
        return result;
    }
}
