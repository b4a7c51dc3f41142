package io.casekit.core.workflow;

import io.casekit.core.sla.BusinessCalendar;
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
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a parsed YAML/JSON tree into a definition builder. Reports every shape problem (unknown
 * key, missing key, wrong type, unknown enum value) with its path instead of stopping at the first,
 * then lets the builder's check add the semantic problems.
 */
final class DefinitionReader {

    private static final Set<String> KEYS = Set.of("id", "version", "name", "caseNumber", "priorities", "caseTypes",
            "noContractPriority", "statusReasons", "initialStatus", "transitions", "actions", "stagePipelines", "customFields", "views",
            "calendars", "slaPolicies", "feedbackWindow", "merging", "links", "notifications", "routing", "approvals", "filingApproval");
    private static final Set<String> DERIVED_KEYS = union(KEYS, Set.of("extends", "remove", "labels"));

    private final List<DefinitionProblem> problems = new ArrayList<>();
    /** Where each element read from the document stands in it (by identity), to name it in the check's problems. */
    private final Map<Object, String> origins = new IdentityHashMap<>();

    /** Puts one element read from the document into the definition under construction. */
    private interface Placer {
        <T> void place(DefinitionSection<T> section, T element);
    }

    /** Reads a definition that extends no other one. */
    WorkflowDefinition read(JsonNode root, String source) {
        return read(root, source, DefinitionResolver.presets());
    }

    /** Reads a definition, finding the one it {@code extends} (if any) with {@code bases}. */
    WorkflowDefinition read(JsonNode root, String source, DefinitionResolver bases) {
        if (!root.isObject()) {
            throw new InvalidDefinitionException(source, List.of(new DefinitionProblem("$", "the document must be a mapping")));
        }
        if (root.has("extends")) {
            return readDerived(root, source, bases);
        }
        allowOnly(root, "", KEYS);
        String id = requiredText(root, "", "id");
        int version = requiredInt(root, "", "version", 1);
        WorkflowDefinition.Builder b = WorkflowDefinition.builder(id, version);
        readParts(root, b, new Placer() {
            @Override
            public <T> void place(DefinitionSection<T> section, T element) {
                section.list(b).add(element);
            }
        });
        return b.build(problems, source);
    }

    private WorkflowDefinition readDerived(JsonNode root, String source, DefinitionResolver bases) {
        allowOnly(root, "", DERIVED_KEYS);
        String baseId = text(root.get("extends"), "extends");
        String id = requiredText(root, "", "id");
        int version = requiredInt(root, "", "version", 1);
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
        remove(root.get("remove"), b);
        readParts(root, b, new Placer() {
            @Override
            public <T> void place(DefinitionSection<T> section, T element) {
                b.put(section, element);
            }
        });
        relabel(root.get("labels"), b);
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
    private void remove(@Nullable JsonNode node, WorkflowDefinition.Builder b) {
        if (node == null || !isObject(node, "remove")) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "remove." + entry.getKey();
            Optional<DefinitionSection<?>> section = DefinitionSection.byPath(entry.getKey());
            if (section.isEmpty()) {
                report(path, "unknown section; allowed: " + DefinitionSection.ALL);
                continue;
            }
            List<String> keys = texts(node, "remove", entry.getKey());
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                if (!b.keys(section.get()).contains(key)) {
                    report(path + "[" + i + "]", "the base has no element '" + key + "'; keys: " + b.keys(section.get()));
                } else {
                    b.remove(section.get(), key);
                }
            }
        }
    }

    /** {@code labels: {<section>: {<key>: {<language>: <text>}}}}: changes labels of elements without restating them. */
    private void relabel(@Nullable JsonNode node, WorkflowDefinition.Builder b) {
        if (node == null || !isObject(node, "labels")) {
            return;
        }
        List<DefinitionSection<?>> labelled = DefinitionSection.ALL.stream().filter(DefinitionSection::labelled).toList();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "labels." + entry.getKey();
            Optional<DefinitionSection<?>> section = DefinitionSection.byPath(entry.getKey()).filter(DefinitionSection::labelled);
            if (section.isEmpty()) {
                report(path, "unknown or unlabelled section; allowed: " + labelled);
            } else if (isObject(entry.getValue(), path)) {
                relabel(section.get(), entry.getValue(), path, b);
            }
        }
    }

    private <T> void relabel(DefinitionSection<T> section, JsonNode node, String path, WorkflowDefinition.Builder b) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String elementPath = path + "." + entry.getKey();
            Optional<T> element = section.list(b).stream().filter(e -> section.key(e).equals(entry.getKey())).findFirst();
            if (element.isEmpty()) {
                report(elementPath, "no element '" + entry.getKey() + "'; keys: " + b.keys(section));
            } else if (isObject(entry.getValue(), elementPath)) {
                Labels labels = currentLabels(element.get());
                for (Map.Entry<String, JsonNode> label : entry.getValue().properties()) {
                    String text = text(label.getValue(), elementPath + "." + label.getKey());
                    if (label.getKey().isBlank()) {
                        report(elementPath, "a language code must not be blank");
                    } else {
                        labels = labels.and(label.getKey(), text);
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

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Reads every part but the id and version, placing list elements with {@code placer}. */
    private void readParts(JsonNode root, WorkflowDefinition.Builder b, Placer placer) {
        optionalText(root, "", "name").ifPresent(b::name);
        JsonNode number = root.get("caseNumber");
        if (number != null && isObject(number, "caseNumber")) {
            allowOnly(number, "caseNumber", Set.of("format", "start"));
            b.caseNumber(requiredText(number, "caseNumber", "format"),
                    number.has("start") ? requiredLong(number, "caseNumber", "start", 1) : 1);
        }
        list(root, "priorities", this::priority).forEach(e -> placer.place(DefinitionSection.PRIORITIES, e));
        list(root, "caseTypes", this::caseType).forEach(e -> placer.place(DefinitionSection.CASE_TYPES, e));
        optionalText(root, "", "noContractPriority").ifPresent(b::noContractPriority);
        list(root, "statusReasons", this::statusReason).forEach(e -> placer.place(DefinitionSection.STATUS_REASONS, e));
        optionalText(root, "", "initialStatus").ifPresent(b::initialStatus);
        list(root, "transitions", this::transition).forEach(e -> placer.place(DefinitionSection.TRANSITIONS, e));
        JsonNode actions = root.get("actions");
        if (actions != null && isObject(actions, "actions")) {
            Set<Action> seen = EnumSet.noneOf(Action.class);
            for (Map.Entry<String, JsonNode> entry : actions.properties()) {
                Optional<Action> action = enumValue(Action.class, entry.getKey(), "actions." + entry.getKey());
                String target = text(entry.getValue(), "actions." + entry.getKey());
                if (action.isPresent() && !seen.add(action.get())) {
                    report("actions." + entry.getKey(), "duplicate action " + action.get().key());
                } else {
                    action.ifPresent(a -> b.action(a, target));
                }
            }
        }
        list(root, "approvals", this::approval).forEach(e -> placer.place(DefinitionSection.APPROVALS, e));
        JsonNode filing = root.get("filingApproval");
        if (filing != null && isObject(filing, "filingApproval")) {
            String path = "filingApproval";
            allowOnly(filing, path, Set.of("approval", "waitingStatus", "onGrant", "onRefuse"));
            b.filingApproval(new FilingApproval(requiredText(filing, path, "approval"), requiredText(filing, path, "waitingStatus"),
                    requiredText(filing, path, "onGrant"), requiredText(filing, path, "onRefuse")));
        }
        list(root, "stagePipelines", this::pipeline).forEach(e -> placer.place(DefinitionSection.STAGE_PIPELINES, e));
        list(root, "customFields", this::customField).forEach(e -> placer.place(DefinitionSection.CUSTOM_FIELDS, e));
        list(root, "views", this::view).forEach(e -> placer.place(DefinitionSection.VIEWS, e));
        list(root, "calendars", this::calendar).forEach(e -> placer.place(DefinitionSection.CALENDARS, e));
        list(root, "slaPolicies", this::slaPolicy).forEach(e -> placer.place(DefinitionSection.SLA_POLICIES, e));
        JsonNode window = root.get("feedbackWindow");
        if (window != null && isObject(window, "feedbackWindow")) {
            allowOnly(window, "feedbackWindow", Set.of("days", "closeWith"));
            b.feedbackWindow(new FeedbackWindow(Duration.ofDays(requiredInt(window, "feedbackWindow", "days", 1)),
                    requiredText(window, "feedbackWindow", "closeWith")));
        }
        list(root, "routing", this::routingRule).forEach(e -> placer.place(DefinitionSection.ROUTING_RULES, e));
        JsonNode merging = root.get("merging");
        if (merging != null && isObject(merging, "merging")) {
            allowOnly(merging, "merging", Set.of("status", "unmergeWindow"));
            String status = requiredText(merging, "merging", "status");
            Duration unmergeWindow = optionalText(merging, "merging", "unmergeWindow").flatMap(text -> duration(text, "merging.unmergeWindow"))
                    .orElse(Duration.ZERO);
            b.merging(new Merging(status, unmergeWindow));
        }
        JsonNode links = root.get("links");
        if (links != null && isObject(links, "links")) {
            allowOnly(links, "links", Set.of("parentClose", "followUpStatus"));
            optionalText(links, "links", "parentClose").flatMap(text -> enumValue(ParentClose.class, text, "links.parentClose"))
                    .ifPresent(b::parentClose);
            optionalText(links, "links", "followUpStatus").ifPresent(b::followUpStatus);
        }
        JsonNode notifications = root.get("notifications");
        if (notifications != null && isObject(notifications, "notifications")) {
            notifications(notifications, b, placer);
        }
    }

    private void notifications(JsonNode node, WorkflowDefinition.Builder b, Placer placer) {
        String path = "notifications";
        allowOnly(node, path, Set.of("trackingToken", "escalation", "rules", "templates"));
        optionalText(node, path, "trackingToken").ifPresent(b::trackingToken);
        list(node, path, "escalation", this::escalationLevel).forEach(e -> placer.place(DefinitionSection.ESCALATION_LEVELS, e));
        list(node, path, "rules", this::notificationRule).forEach(e -> placer.place(DefinitionSection.NOTIFICATION_RULES, e));
        list(node, path, "templates", this::template).forEach(e -> placer.place(DefinitionSection.TEMPLATES, e));
    }

    private EscalationLevel escalationLevel(JsonNode node, String path) {
        allowOnly(node, path, Set.of("level", "contacts", "onBreach"));
        return new EscalationLevel(requiredInt(node, path, "level", 1), texts(node, path, "contacts"),
                enums(SlaKind.class, node, path, "onBreach"));
    }

    private NotificationRule notificationRule(JsonNode node, String path) {
        allowOnly(node, path, Set.of("on", "statusReasons", "to", "template", "notifyActor"));
        int before = problems.size();
        String onText = requiredText(node, path, "on");
        // A rule whose parts cannot be read keeps its place (and its parts theirs) with the stand-ins
        // that draw no further problem, so that the check's paths stay right.
        NotificationTrigger on = problems.size() > before ? NotificationTrigger.STATUS_CHANGED
                : enumValue(NotificationTrigger.class, onText, path + ".on").orElse(NotificationTrigger.STATUS_CHANGED);
        List<String> toTexts = texts(node, path, "to");
        List<Audience> to = new ArrayList<>();
        for (int i = 0; i < toTexts.size(); i++) {
            try {
                to.add(Audience.parse(toTexts.get(i)));
            } catch (IllegalArgumentException e) {
                report(at(path, "to") + "[" + i + "]", e.getMessage());
                to.add(Audience.OWNER);
            }
        }
        boolean notifyActor = bool(node, path, "notifyActor");
        String template = requiredText(node, path, "template");
        return new NotificationRule(on, Set.copyOf(texts(node, path, "statusReasons")), to, template, notifyActor);
    }

    private MessageTemplate template(JsonNode node, String path) {
        allowOnly(node, path, Set.of("code", "texts"));
        Map<String, TemplateText> texts = new LinkedHashMap<>();
        JsonNode value = node.get("texts");
        String textsPath = at(path, "texts");
        if (value == null) {
            report(textsPath, "is required");
        } else if (isObject(value, textsPath)) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String languagePath = textsPath + "." + entry.getKey();
                if (isObject(entry.getValue(), languagePath)) {
                    templateText(entry.getValue(), languagePath).ifPresent(text -> texts.put(entry.getKey(), text));
                }
            }
        }
        return new MessageTemplate(requiredText(node, path, "code"), texts);
    }

    private Optional<TemplateText> templateText(JsonNode node, String path) {
        allowOnly(node, path, Set.of("subject", "text", "html"));
        int before = problems.size();
        Optional<TextTemplate> subject = textTemplate(node, path, "subject", requiredText(node, path, "subject"));
        Optional<TextTemplate> text = textTemplate(node, path, "text", requiredText(node, path, "text"));
        Optional<String> htmlSource = optionalText(node, path, "html");
        Optional<TextTemplate> html = htmlSource.flatMap(source -> textTemplate(node, path, "html", source));
        if (problems.size() > before || subject.isEmpty() || text.isEmpty() || htmlSource.isPresent() && html.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TemplateText(subject.get(), text.get(), html));
        } catch (IllegalArgumentException e) {
            report(at(path, "subject"), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<TextTemplate> textTemplate(JsonNode node, String path, String key, String source) {
        try {
            return Optional.of(TextTemplate.parse(source));
        } catch (IllegalArgumentException e) {
            report(at(path, key), e.getMessage());
            return Optional.empty();
        }
    }

    private boolean bool(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            report(at(path, key), "must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    private Priority priority(JsonNode node, String path) {
        allowOnly(node, path, Set.of("code", "rank", "labels"));
        return new Priority(requiredText(node, path, "code"), requiredInt(node, path, "rank", 1), labels(node, path));
    }

    private CaseType caseType(JsonNode node, String path) {
        allowOnly(node, path, Set.of("code", "labels", "defaultPriority", "priorities", "stagePipeline"));
        return new CaseType(requiredText(node, path, "code"), labels(node, path), requiredText(node, path, "defaultPriority"),
                texts(node, path, "priorities"), optionalText(node, path, "stagePipeline"));
    }

    private StatusReason statusReason(JsonNode node, String path) {
        allowOnly(node, path, Set.of("code", "labels", "state", "flags", "onAssign", "onContactComment"));
        int before = problems.size();
        String stateText = requiredText(node, path, "state");
        CaseState state = problems.size() > before ? CaseState.OPEN
                : enumValue(CaseState.class, stateText, path + ".state").orElse(CaseState.OPEN);
        return new StatusReason(requiredText(node, path, "code"), labels(node, path), state,
                enums(StatusFlag.class, node, path, "flags"), optionalText(node, path, "onAssign"),
                optionalText(node, path, "onContactComment"));
    }

    private Transition transition(JsonNode node, String path) {
        allowOnly(node, path, Set.of("from", "to", "actors", "guards"));
        return new Transition(texts(node, path, "from"), requiredText(node, path, "to"),
                enums(ActorKind.class, node, path, "actors"), enums(Guard.class, node, path, "guards"));
    }

    private StagePipeline pipeline(JsonNode node, String path) {
        allowOnly(node, path, Set.of("id", "stages"));
        return new StagePipeline(requiredText(node, path, "id"), list(node, path, "stages", this::stage));
    }

    private Stage stage(JsonNode node, String path) {
        allowOnly(node, path, Set.of("code", "labels", "next", "gate", "setsStatus", "requiredFields"));
        Optional<List<String>> next = node.has("next") ? Optional.of(texts(node, path, "next")) : Optional.empty();
        return new Stage(requiredText(node, path, "code"), labels(node, path), next, optionalText(node, path, "gate"),
                optionalText(node, path, "setsStatus"), texts(node, path, "requiredFields"));
    }

    private ApprovalKind approval(JsonNode node, String path) {
        allowOnly(node, path, Set.of("code", "labels", "subject", "requestedOnOpening", "holdsWork"));
        ApprovalSubject subject = optionalText(node, path, "subject")
                .flatMap(text -> enumValue(ApprovalSubject.class, text, path + ".subject"))
                .orElse(ApprovalSubject.NONE);
        return new ApprovalKind(requiredText(node, path, "code"), labels(node, path), subject,
                Set.copyOf(texts(node, path, "requestedOnOpening")), bool(node, path, "holdsWork"));
    }

    private CustomField customField(JsonNode node, String path) {
        allowOnly(node, path, Set.of("name", "labels", "type", "values", "required", "caseTypes"));
        int before = problems.size();
        String typeText = requiredText(node, path, "type");
        FieldType type = problems.size() > before ? FieldType.TEXT
                : enumValue(FieldType.class, typeText, path + ".type").orElse(FieldType.TEXT);
        boolean required = false;
        JsonNode requiredNode = node.get("required");
        if (requiredNode != null) {
            if (requiredNode.isBoolean()) {
                required = requiredNode.booleanValue();
            } else {
                report(path + ".required", "must be true or false");
            }
        }
        return new CustomField(requiredText(node, path, "name"), labels(node, path), type, texts(node, path, "values"),
                required, Set.copyOf(texts(node, path, "caseTypes")));
    }

    private @Nullable RoutingRule routingRule(JsonNode node, String path) {
        allowOnly(node, path, Set.of("caseTypes", "priorities", "customers", "field", "values", "assignTo"));
        Optional<RoutingRule.FieldMatch> field = optionalText(node, path, "field")
                .map(name -> new RoutingRule.FieldMatch(name, Set.copyOf(texts(node, path, "values"))));
        if (field.isEmpty() && node.has("values")) {
            report(path + ".values", "needs a field");
        }
        JsonNode to = node.get("assignTo");
        String toPath = path + ".assignTo";
        if (to == null) {
            report(toPath, "is required: {team: ...} or {agent: ...}");
            return null;
        }
        if (!isObject(to, toPath)) {
            return null;
        }
        allowOnly(to, toPath, Set.of("team", "agent"));
        Optional<String> team = optionalText(to, toPath, "team");
        Optional<String> agent = optionalText(to, toPath, "agent");
        if (team.isPresent() == agent.isPresent()) {
            report(toPath, "names exactly one of team and agent");
            return null;
        }
        if (team.or(() -> agent).orElseThrow().isBlank()) {
            report(toPath, "must name a team or agent id, not a blank text");
            return null;
        }
        Owner owner = team.map(Owner::team).orElseGet(() -> Owner.agent(agent.orElseThrow()));
        return new RoutingRule(Set.copyOf(texts(node, path, "caseTypes")), Set.copyOf(texts(node, path, "priorities")),
                Set.copyOf(texts(node, path, "customers")), field, owner);
    }

    private View view(JsonNode node, String path) {
        allowOnly(node, path, Set.of("code", "labels", "states", "statusReasons", "flags"));
        return new View(requiredText(node, path, "code"), labels(node, path), enums(CaseState.class, node, path, "states"),
                Set.copyOf(texts(node, path, "statusReasons")), enums(StatusFlag.class, node, path, "flags"));
    }

    private @Nullable BusinessCalendar calendar(JsonNode node, String path) {
        allowOnly(node, path, Set.of("id", "zone", "alwaysOpen", "hours", "holidays", "closures"));
        String id = requiredText(node, path, "id");
        JsonNode always = node.get("alwaysOpen");
        if (always != null && always.isBoolean() && always.booleanValue()) {
            return BusinessCalendar.always(id.isEmpty() ? "?" : id);
        }
        int before = problems.size();
        ZoneId zone = ZoneOffset.UTC;
        try {
            zone = ZoneId.of(requiredText(node, path, "zone"));
        } catch (DateTimeException e) {
            report(at(path, "zone"), "unknown time zone; use a region id such as Europe/Amsterdam");
        }
        BusinessCalendar.Builder calendar = BusinessCalendar.builder(id.isEmpty() ? "?" : id, zone);
        for (JsonNode hours : list(node, path, "hours", (h, p) -> h)) {
            String hoursPath = path + ".hours";
            allowOnly(hours, hoursPath, Set.of("days", "from", "to"));
            Set<DayOfWeek> days = enums(DayOfWeek.class, hours, hoursPath, "days");
            Optional<LocalTime> from = time(hours, hoursPath, "from");
            Optional<LocalTime> to = time(hours, hoursPath, "to");
            if (from.isPresent() && to.isPresent()) {
                days.forEach(day -> calendarCall(hoursPath, () -> calendar.open(day, from.get(), to.get())));
            }
        }
        List<String> holidays = texts(node, path, "holidays");
        for (int i = 0; i < holidays.size(); i++) {
            String holidayPath = path + ".holidays[" + i + "]";
            date(holidays.get(i), holidayPath).ifPresent(date -> calendarCall(holidayPath, () -> calendar.holiday(date)));
        }
        for (JsonNode closure : list(node, path, "closures", (c, p) -> c)) {
            String closurePath = path + ".closures";
            allowOnly(closure, closurePath, Set.of("date", "from", "to"));
            Optional<LocalDate> date = date(requiredText(closure, closurePath, "date"), closurePath + ".date");
            Optional<LocalTime> from = time(closure, closurePath, "from");
            Optional<LocalTime> to = time(closure, closurePath, "to");
            if (date.isPresent() && from.isPresent() && to.isPresent()) {
                calendarCall(closurePath, () -> calendar.closed(date.get(), from.get(), to.get()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return calendar.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            report(path, e.getMessage());
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

    private Optional<LocalTime> time(JsonNode node, String path, String key) {
        String text = requiredText(node, path, key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.equals("24:00")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            report(at(path, key), "'" + text + "' is not a time of day; write HH:MM, or 24:00 for the end of the day");
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

    private SlaPolicy slaPolicy(JsonNode node, String path) {
        allowOnly(node, path, Set.of("id", "contract", "caseTypes", "calendar", "warningPercent", "firstResponse", "pauseOn",
                "warningCalendar", "targets"));
        String firstText = optionalText(node, path, "firstResponse").orElse(FirstResponse.FIRST_PUBLIC_AGENT_COMMENT.name());
        FirstResponse first = enumValue(FirstResponse.class, firstText, path + ".firstResponse")
                .orElse(FirstResponse.FIRST_PUBLIC_AGENT_COMMENT);
        int warning = node.has("warningPercent") ? requiredInt(node, path, "warningPercent", 75) : 75;
        Map<String, SlaTargets> targets = new LinkedHashMap<>();
        JsonNode targetsNode = node.get("targets");
        if (targetsNode == null) {
            report(path + ".targets", "is required");
        } else if (isObject(targetsNode, path + ".targets")) {
            for (Map.Entry<String, JsonNode> entry : targetsNode.properties()) {
                String targetPath = path + ".targets." + entry.getKey();
                if (isObject(entry.getValue(), targetPath)) {
                    allowOnly(entry.getValue(), targetPath, Set.of("firstResponse", "resolution"));
                    targets.put(entry.getKey(), new SlaTargets(target(entry.getValue(), targetPath, "firstResponse"),
                            target(entry.getValue(), targetPath, "resolution")));
                }
            }
        }
        return new SlaPolicy(requiredText(node, path, "id"), requiredText(node, path, "contract"),
                Set.copyOf(texts(node, path, "caseTypes")), requiredText(node, path, "calendar"), warning, first,
                enums(StatusFlag.class, node, path, "pauseOn"), optionalText(node, path, "warningCalendar"), targets);
    }

    private Optional<SlaTarget> target(JsonNode node, String path, String key) {
        return optionalText(node, path, key).flatMap(text -> {
            try {
                return Optional.of(SlaTarget.parse(text));
            } catch (IllegalArgumentException e) {
                report(at(path, key), e.getMessage());
                return Optional.empty();
            }
        });
    }

    // ---- shape helpers -------------------------------------------------------------------------

    /** Reports a problem, unless one was reported at the same path already (one problem per element). */
    private void report(String path, String message) {
        if (problems.stream().noneMatch(p -> p.path().equals(path))) {
            problems.add(new DefinitionProblem(path, message));
        }
    }

    private Optional<Duration> duration(String text, String path) {
        try {
            return Optional.of(Duration.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            report(path, "must be an ISO-8601 duration such as P7D or PT12H, was '" + text + "'");
            return Optional.empty();
        }
    }

    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            report(path, "must be a mapping");
            return false;
        }
        return true;
    }

    private void allowOnly(JsonNode node, String path, Set<String> keys) {
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                report(at(path, key), "unknown key; allowed here: " + keys.stream().sorted().toList());
            }
        }
    }

    private String text(JsonNode node, String path) {
        if (node.isString() || node.isNumber()) {
            return node.asString();
        }
        report(path, "must be a text or a number");
        return "";
    }

    private String requiredText(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            report(at(path, key), "is required");
            return "";
        }
        return text(value, at(path, key));
    }

    private Optional<String> optionalText(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(text(value, at(path, key)));
    }

    private long requiredLong(JsonNode node, String path, String key, long fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            report(at(path, key), "is required");
            return fallback;
        }
        if (!value.isIntegralNumber()) {
            report(at(path, key), "must be a whole number");
            return fallback;
        }
        if (!value.canConvertToLong()) {
            report(at(path, key), "is out of range, was " + value.bigIntegerValue());
            return fallback;
        }
        return value.longValue();
    }

    private int requiredInt(JsonNode node, String path, String key, int fallback) {
        long value = requiredLong(node, path, key, fallback);
        if (value != (int) value) {
            report(at(path, key), "is out of range, was " + value);
            return fallback;
        }
        return (int) value;
    }

    private Labels labels(JsonNode node, String path) {
        JsonNode value = node.get("labels");
        if (value == null || !isObject(value, at(path, "labels"))) {
            return Labels.none();
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            byLanguage.put(entry.getKey(), text(entry.getValue(), at(path, "labels." + entry.getKey())));
        }
        return new Labels(byLanguage);
    }

    private List<String> texts(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            report(at(path, key), "must be a list");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        int i = 0;
        for (JsonNode element : value) {
            result.add(text(element, at(path, key) + "[" + i++ + "]"));
        }
        return result;
    }

    private <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text, String path) {
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            report(path, "unknown value '" + text + "'; allowed: " + EnumSet.allOf(type));
            return Optional.empty();
        }
    }

    private <E extends Enum<E>> Set<E> enums(Class<E> type, JsonNode node, String path, String key) {
        List<String> texts = texts(node, path, key);
        Set<E> result = EnumSet.noneOf(type);
        for (int i = 0; i < texts.size(); i++) {
            enumValue(type, texts.get(i), at(path, key) + "[" + i + "]").ifPresent(result::add);
        }
        return result;
    }

    private <T> List<T> list(JsonNode node, String key, BiFunction<JsonNode, String, @Nullable T> element) {
        return list(node, "", key, element);
    }

    private <T> List<T> list(JsonNode node, String path, String key, BiFunction<JsonNode, String, @Nullable T> element) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            report(at(path, key), "must be a list");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        int i = 0;
        for (JsonNode item : value) {
            String itemPath = at(path, key) + "[" + i++ + "]";
            if (isObject(item, itemPath)) {
                T converted = element.apply(item, itemPath);
                if (converted != null) {
                    origins.put(converted, itemPath);
                    result.add(converted);
                }
            }
        }
        return result;
    }
}
