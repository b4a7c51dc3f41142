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
import io.casekit.core.workflow.internal.MappingWriter;
import io.casekit.core.workflow.internal.Node;
import io.casekit.spi.model.Owner;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes a definition as a document of {@link DefinitionFormat}, which {@link DefinitionReader} reads
 * back to an equal definition: the format's keys in its order, without what the reader supplies by
 * default (a default value, an empty list, the name when it is the id). Sets are written sorted.
 */
final class DefinitionWriter {

    private DefinitionWriter() {}

    /**
     * The document of a definition.
     *
     * @throws IllegalArgumentException if a value has no written form (an SLA target or a feedback
     *     window that is not whole minutes or days, as a builder may make them)
     */
    static Node.Mapping write(WorkflowDefinition d) {
        MappingWriter doc = new MappingWriter(DefinitionFormat.DEFINITION);
        doc.text("id", d.id()).whole("version", d.version());
        if (!d.name().equals(d.id())) {
            doc.text("name", d.name());
        }
        CaseNumberFormat number = d.caseNumberFormat();
        if (!number.pattern().equals("{seq}") || number.start() != 1) {
            doc.mapping("caseNumber", doc.writerFor("caseNumber").text("format", number.pattern()).whole("start", number.start()));
        }
        doc.list("priorities", each(doc, "priorities", d.priorities(), (w, p) -> w.text("code", p.code()).whole("rank", p.rank())
                .textMap("labels", p.labels().byLanguage())));
        doc.list("caseTypes", each(doc, "caseTypes", d.caseTypes(), (w, t) -> w.text("code", t.code())
                .textMap("labels", t.labels().byLanguage()).text("defaultPriority", t.defaultPriority())
                .texts("priorities", t.priorities(), false).text("stagePipeline", t.stagePipeline())));
        doc.text("noContractPriority", d.noContractPriority());
        doc.list("statusReasons", each(doc, "statusReasons", d.statusReasons(), (w, s) -> w.text("code", s.code())
                .textMap("labels", s.labels().byLanguage()).choice("state", s.state()).choices("flags", s.flags())
                .text("onAssign", s.onAssign()).text("onContactComment", s.onContactComment())));
        doc.text("initialStatus", d.initialStatus());
        doc.list("transitions", each(doc, "transitions", d.transitions(), (w, t) -> w.texts("from", t.from(), false)
                .text("to", t.to()).choices("actors", t.actors()).choices("guards", t.guards())));
        MappingWriter actions = doc.writerFor("actions");
        for (Action action : Action.values()) {
            actions.text(action.key(), d.actionTarget(action));
        }
        doc.mapping("actions", actions);
        doc.list("approvals", each(doc, "approvals", d.approvals(), (w, a) -> w.text("code", a.code())
                .textMap("labels", a.labels().byLanguage()).choice("subject", a.subject())
                .sortedTexts("requestedOnOpening", a.requestedOnOpening()).bool("holdsWork", a.holdsWork())));
        d.filingApproval().ifPresent(f -> doc.mapping("filingApproval", doc.writerFor("filingApproval").text("approval", f.approval())
                .text("waitingStatus", f.waitingStatus()).text("onGrant", f.onGrant()).text("onRefuse", f.onRefuse())));
        doc.list("stagePipelines", each(doc, "stagePipelines", d.stagePipelines(), (w, p) -> w.text("id", p.id())
                .list("stages", each(w, "stages", p.stages(), (s, stage) -> s.text("code", stage.code())
                        .textMap("labels", stage.labels().byLanguage()).texts("next", stage.next().orElse(List.of()), stage.next().isPresent())
                        .text("gate", stage.gate()).text("setsStatus", stage.setsStatus())
                        .texts("requiredFields", stage.requiredFields(), false)))));
        doc.list("customFields", each(doc, "customFields", d.customFields(), (w, f) -> w.text("name", f.name())
                .textMap("labels", f.labels().byLanguage()).choice("type", f.type()).texts("values", f.allowedValues(), false)
                .bool("required", f.required()).sortedTexts("caseTypes", f.caseTypes())));
        doc.list("views", each(doc, "views", d.views(), (w, v) -> w.text("code", v.code()).textMap("labels", v.labels().byLanguage())
                .choices("states", v.states()).sortedTexts("statusReasons", v.statusReasons()).choices("flags", v.flags())));
        doc.list("calendars", each(doc, "calendars", List.copyOf(d.calendars().values()), DefinitionWriter::calendar));
        doc.list("slaPolicies", each(doc, "slaPolicies", d.slaPolicies(), DefinitionWriter::slaPolicy));
        d.feedbackWindow().ifPresent(window -> doc.mapping("feedbackWindow", doc.writerFor("feedbackWindow")
                .whole("days", wholeDays(window.after(), "feedbackWindow.days")).text("closeWith", window.closeWith())));
        doc.list("routing", each(doc, "routing", d.routingRules(), DefinitionWriter::routingRule));
        d.merging().ifPresent(merging -> doc.mapping("merging", doc.writerFor("merging").text("status", merging.status())
                .text("unmergeWindow", merging.unmergeWindow().isZero() ? "" : duration(merging.unmergeWindow()))));
        doc.mapping("links", doc.writerFor("links").choice("parentClose", d.parentClose()).text("followUpStatus", d.followUpStatus()));
        doc.mapping("access", doc.writerFor("access").bool("contactsMayInvite", d.contactsMayInvite()));
        doc.mapping("notifications", notifications(d, doc.writerFor("notifications")));
        return doc.node();
    }

    private static MappingWriter notifications(WorkflowDefinition d, MappingWriter w) {
        w.text("trackingToken", d.trackingToken().pattern());
        w.list("escalation", each(w, "escalation", d.escalationLevels(), (e, level) -> e.whole("level", level.level())
                .texts("contacts", level.contacts(), false).choices("onBreach", level.onBreach())));
        w.list("rules", each(w, "rules", d.notificationRules(), (r, rule) -> r.choice("on", rule.on())
                .sortedTexts("statusReasons", rule.statusReasons()).texts("to", rule.to().stream().map(Audience::toString).toList(), false)
                .text("template", rule.template()).bool("notifyActor", rule.notifyActor()).bool("mandatory", rule.mandatory())));
        w.list("templates", each(w, "templates", d.templates(), (t, template) -> {
            Map<String, MappingWriter> texts = new LinkedHashMap<>();
            template.texts().forEach((language, text) -> texts.put(language, t.writerFor("texts").text("subject", text.subject().source())
                    .text("text", text.text().source()).text("html", text.html().map(TextTemplate::source))));
            t.text("code", template.code()).mappings("texts", texts);
        }));
        return w;
    }

    private static void calendar(MappingWriter w, BusinessCalendar calendar) {
        w.text("id", calendar.id());
        if (calendar.equals(BusinessCalendar.always(calendar.id()))) {
            w.bool("alwaysOpen", true);
            return;
        }
        w.text("zone", calendar.zone().getId());
        // one entry per interval, naming every weekday open then
        Map<BusinessCalendar.Interval, List<DayOfWeek>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.openingHours(day).forEach(interval -> days.computeIfAbsent(interval, i -> new ArrayList<>()).add(day));
        }
        List<MappingWriter> hours = new ArrayList<>();
        days.forEach((interval, open) -> hours.add(w.writerFor("hours").choices("days", open)
                .text("from", interval.from().toString()).text("to", end(interval.to()))));
        w.list("hours", hours);
        List<String> holidays = new ArrayList<>();
        List<MappingWriter> closures = new ArrayList<>();
        calendar.closures().forEach((date, intervals) -> {
            for (BusinessCalendar.Interval interval : intervals) {
                if (interval.from().equals(LocalTime.MIDNIGHT) && interval.to().equals(LocalTime.MIDNIGHT)) {
                    holidays.add(date.toString());
                } else {
                    closures.add(w.writerFor("closures").text("date", date.toString()).text("from", interval.from().toString())
                            .text("to", end(interval.to())));
                }
            }
        });
        w.texts("holidays", holidays, false);
        w.list("closures", closures);
    }

    private static void slaPolicy(MappingWriter w, SlaPolicy policy) {
        Map<String, MappingWriter> targets = new LinkedHashMap<>();
        policy.targets().forEach((priority, t) -> targets.put(priority, w.writerFor("targets")
                .text("firstResponse", t.firstResponse().map(target -> target(target, policy, priority)))
                .text("resolution", t.resolution().map(target -> target(target, policy, priority)))));
        w.text("id", policy.id()).text("contract", policy.contract()).sortedTexts("caseTypes", policy.caseTypes())
                .text("calendar", policy.calendar()).whole("warningPercent", policy.warningPercent())
                .choice("firstResponse", policy.firstResponse()).choices("pauseOn", policy.pauseOn())
                .text("warningCalendar", policy.warningCalendar()).mappings("targets", targets);
    }

    private static void routingRule(MappingWriter w, RoutingRule rule) {
        w.sortedTexts("caseTypes", rule.caseTypes()).sortedTexts("priorities", rule.priorities())
                .sortedTexts("customers", rule.customers());
        rule.field().ifPresent(field -> w.text("field", field.name()).sortedTexts("values", field.values()));
        MappingWriter to = w.writerFor("assignTo");
        if (rule.assignTo() instanceof Owner.Team team) {
            to.text("team", team.id());
        } else {
            to.text("agent", ((Owner.Agent) rule.assignTo()).id());
        }
        w.mapping("assignTo", to);
    }

    private static String target(SlaTarget target, SlaPolicy policy, String priority) {
        String text = target.text();
        boolean writable;
        try {
            writable = SlaTarget.parse(text).equals(target);
        } catch (IllegalArgumentException e) {
            writable = false;
        }
        if (!writable) {
            throw new IllegalArgumentException("slaPolicies['" + policy.id() + "'].targets." + priority + ": " + target
                    + " has no written form; a target is whole minutes, hours or working days, at most 100000");
        }
        return text;
    }

    private static long wholeDays(Duration duration, String path) {
        if (!duration.equals(Duration.ofDays(duration.toDays()))) {
            throw new IllegalArgumentException(path + ": " + duration + " is not a whole number of days, which the format counts in");
        }
        return duration.toDays();
    }

    /** An ISO-8601 duration as people write it: {@code P7D} rather than {@code PT168H}. */
    private static String duration(Duration duration) {
        return duration.equals(Duration.ofDays(duration.toDays())) ? "P" + duration.toDays() + "D" : duration.toString();
    }

    /** The end of an interval: midnight is the end of the day. */
    private static String end(LocalTime time) {
        return time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString();
    }

    private static <T> List<MappingWriter> each(MappingWriter parent, String key, List<T> elements, BiConsumer<MappingWriter, T> write) {
        List<MappingWriter> result = new ArrayList<>();
        for (T element : elements) {
            MappingWriter w = parent.writerFor(key);
            write.accept(w, element);
            result.add(w);
        }
        return result;
    }
}
