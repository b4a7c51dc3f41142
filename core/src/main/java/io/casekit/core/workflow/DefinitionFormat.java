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

import static io.casekit.core.workflow.internal.Field.optional;
import static io.casekit.core.workflow.internal.Field.required;
import static io.casekit.core.workflow.internal.Shape.bool;
import static io.casekit.core.workflow.internal.Shape.choice;
import static io.casekit.core.workflow.internal.Shape.listOf;
import static io.casekit.core.workflow.internal.Shape.mapOf;
import static io.casekit.core.workflow.internal.Shape.text;
import static io.casekit.core.workflow.internal.Shape.wholeInt;
import static io.casekit.core.workflow.internal.Shape.wholeLong;

import io.casekit.core.workflow.internal.Field;
import io.casekit.core.workflow.internal.Shape;
import io.casekit.core.workflow.internal.Shape.Mapping;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.SlaKind;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The YAML/JSON form of a workflow definition, stated once: every key, whether it is required, the
 * type of its value, the names a choice accepts, and what it means (from {@code
 * docs/workflow-definition.md}). {@link DefinitionReader} checks documents against it before it reads
 * them, {@link DefinitionSchema} turns it into the published JSON Schema, and {@link DefinitionWriter}
 * writes definitions with its keys, in its order, leaving out its defaults.
 */
final class DefinitionFormat {

    private DefinitionFormat() {}

    // ---- values used in many places ------------------------------------------------------------

    private static final Shape LABELS = mapOf("language", text());
    private static final Shape TEXTS = listOf(text());
    // Patterns end in a look-ahead for "no character follows", not $: Java's $ allows a final line break.
    private static final Shape TIME = text("^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)(?![\\s\\S])",
            "is not a time of day; write HH:MM, or 24:00 for the end of the day");
    private static final Shape DATE = text("^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\\s\\S])", "is not a date; write YYYY-MM-DD");

    private static Field labels(String what) {
        return optional("labels", LABELS, "The display texts of the " + what + " by language (ISO 639 code such as en, nl, fr).");
    }

    private static Field code(String what) {
        return required("code", text(), "The " + what + "'s code, unique among them; cases store it.");
    }

    // ---- the sections --------------------------------------------------------------------------

    static final Mapping CASE_NUMBER = Mapping.named("caseNumber", "How case numbers look.",
            required("format", text(), "Text with at most one sequence: {seq} or {seq:N} (store-wide, zero-padded to N "
                    + "digits) or {customerSeq} or {customerSeq:N} (per customer); and random parts: {rand:N} (N random capitals "
                    + "and digits) or {code:N} (N random characters without look-alikes: 2-9 and capitals but I, L, O). "
                    + "With {customerSeq} at least 6 random characters, without a sequence at least 8. {seq} reveals the "
                    + "store-wide volume, {customerSeq} the customer's own, random parts nothing.")
                    .withExamples("CAS-{seq:5}-{rand:6}", "CASE-{seq}", "CAS-{customerSeq:5}-{rand:6}", "C-{code:10}"),
            optional("start", wholeLong(1), "The first sequence value used (numbers below it are skipped); only for a format "
                    + "with a sequence.").withDefault(1));

    static final Mapping PRIORITY = Mapping.named("priority", "A priority a case can have.",
            code("priority"),
            required("rank", wholeInt(1), "The urgency: 1 is the most urgent."),
            labels("priority"));

    static final Mapping CASE_TYPE = Mapping.named("caseType", "A kind of case (Incident, Change Request, Question, ...).",
            code("case type"),
            labels("case type"),
            required("defaultPriority", text(), "The priority a case gets when the opener names none; one of `priorities`."),
            optional("priorities", TEXTS, "The priorities this type allows; default: all."),
            optional("stagePipeline", text(), "The id of the stage pipeline cases of this type move through."));

    static final Mapping STATUS_REASON = Mapping.named("statusReason", "A status reason: the fine-grained status of a case.",
            code("status reason"),
            labels("status reason"),
            required("state", choice(CaseState.class), "The state a case in this status is in."),
            optional("flags", listOf(choice(StatusFlag.class)), "The behaviour this status switches on."),
            optional("onAssign", text(), "Assigning the case while in this status moves it to this status."),
            optional("onContactComment", text(),
                    "A public comment by a contact while in this status moves the case to this status (e.g. out of waiting for customer)."));

    static final Mapping TRANSITION = Mapping.named("transition", "A move an actor may ask for.",
            optional("from", TEXTS, "The status codes the move starts from, or [\"*\"] for every status."),
            required("to", text(), "The target status code."),
            optional("actors", listOf(choice(ActorKind.class)), "Who may take it."),
            optional("guards", listOf(choice(Guard.class)), "NEEDS_COMMENT: the request must carry a comment."));

    static final Mapping ACTIONS = Mapping.named("actions", "The targets of the resolve, close, cancel and reopen operations.",
            optional("resolve", text(), "Not a CANCELLED status."),
            optional("close", text(), "A RESOLVED status."),
            optional("cancel", text(), "A CANCELLED status."),
            optional("reopen", text(), "An OPEN status.")).ignoringKeyCase();

    static final Mapping APPROVAL = Mapping.named("approval", "Something an authorised contact of the customer approves.",
            code("approval kind"),
            labels("approval kind"),
            optional("subject", choice(ApprovalSubject.class),
                    "What a request names as the thing to approve: NONE, HOURS (a number above 0) or TEXT.").withDefault("NONE"),
            optional("requestedOnOpening", TEXTS, "Case types that request it when they are opened (kinds without subject only)."),
            optional("holdsWork", bool(), "While it is pending the case moves to no status but a cancelled one.").withDefault(false));

    static final Mapping FILING_APPROVAL = Mapping.named("filingApproval", 
            "A case whose requester is not an authorised contact (and that no authorised contact filed) waits for an approval.",
            required("approval", text(), "An approval kind without subject."),
            required("waitingStatus", text(), "An OPEN status, not the initial one: the case opens and moves here."),
            required("onGrant", text(), "An OPEN status: where a grant moves a waiting case."),
            required("onRefuse", text(), "Where a refusal moves a waiting case."));

    static final Mapping STAGE = Mapping.named("stage", "One stage of a stage pipeline.",
            code("stage"),
            labels("stage"),
            optional("next", TEXTS, "Where the case may move from here; default: the following stage. The last stage has no next."),
            optional("gate", text(), "Entering needs a grant of this approval kind."),
            optional("setsStatus", text(), "Entering moves the case to this OPEN status."),
            optional("requiredFields", TEXTS, "Entering needs values for these custom fields."));

    static final Mapping STAGE_PIPELINE = Mapping.named("stagePipeline", "The ordered stages a case of some type moves through.",
            required("id", text(), "The id case types refer to."),
            optional("stages", listOf(STAGE), "In order; a case enters at the first."));

    static final Mapping CUSTOM_FIELD = Mapping.named("customField", "A field a vendor adds to cases.",
            required("name", text(), "The field name, as commands and cases use it."),
            labels("field"),
            required("type", choice(FieldType.class), "The value type."),
            optional("values", TEXTS, "The allowed values (CHOICE only)."),
            optional("required", bool(), "Whether a case must have a value when it is opened.").withDefault(false),
            optional("caseTypes", TEXTS, "The case types that have the field; default: all."));

    static final Mapping VIEW = Mapping.named("view", "A named filter a portal offers; a case matches when it matches every criterion given.",
            code("view"),
            labels("view"),
            optional("states", listOf(choice(CaseState.class)), "Any of these states; empty: any."),
            optional("statusReasons", TEXTS, "Any of these status reasons; empty: any."),
            optional("flags", listOf(choice(StatusFlag.class)), "All of these flags; empty: any."));

    static final Mapping HOURS = Mapping.named("openingHours", "Opening hours on some weekdays.",
            optional("days", listOf(choice(DayOfWeek.class)), "The weekdays."),
            required("from", TIME, "Opening time, HH:MM.").withExamples("08:30"),
            required("to", TIME, "Closing time, HH:MM; 24:00 ends the day.").withExamples("17:00"));

    static final Mapping CLOSURE = Mapping.named("closure", "A date closed part of the day.",
            required("date", DATE, "The date, YYYY-MM-DD."),
            required("from", TIME, "Closed from, HH:MM."),
            required("to", TIME, "Closed until, HH:MM; 24:00 is the end of the day."));

    static final Mapping CALENDAR = Mapping.named("calendar", "A business calendar for SLA clocks.",
            required("id", text(), "The id SLA policies refer to."),
            required("zone", text(), "The time zone opening hours and holidays are local to, a region id.")
                    .requiredUnlessTrue("alwaysOpen").withExamples("Europe/Amsterdam"),
            optional("alwaysOpen", bool(), "24x7: deadlines are plain addition (the other keys are ignored).").withDefault(false),
            optional("hours", listOf(HOURS), "To the minute; several intervals a day for lunch breaks."),
            optional("holidays", listOf(DATE), "Dates closed all day, YYYY-MM-DD."),
            optional("closures", listOf(CLOSURE), "Dates closed part of the day."));

    static final Mapping SLA_TARGETS = Mapping.named("slaTargets", "The promises for one priority.",
            optional("firstResponse", text(), "\"N minutes\", \"N hours\" (business time) or \"N working days\".")
                    .withExamples("4 hours", "2 working days"),
            optional("resolution", text(), "\"N minutes\", \"N hours\" (business time) or \"N working days\".")
                    .withExamples("2 working days"));

    static final Mapping SLA_POLICY = Mapping.named("slaPolicy", "What a contract tier is promised.",
            required("id", text(), "The policy's id."),
            required("contract", text(), "A customer's supportContract; \"none\" for customers without one."),
            optional("caseTypes", TEXTS, "Only these case types (a policy naming the type wins); empty: all."),
            required("calendar", text(), "The calendar the clocks count on."),
            optional("warningPercent", wholeInt(1, 100), "Nearing breach after this share of the budget.").withDefault(75),
            optional("firstResponse", choice(FirstResponse.class), "What counts as the first response.")
                    .withDefault(FirstResponse.FIRST_PUBLIC_AGENT_COMMENT.name()),
            optional("pauseOn", listOf(choice(StatusFlag.class)), "Status flags that stop the clocks."),
            optional("warningCalendar", text(), "A warning outside this calendar's hours is delivered at its next opening."),
            required("targets", mapOf("priority", SLA_TARGETS), "Per priority code; a priority without targets gets no SLA."));

    static final Mapping FEEDBACK_WINDOW = Mapping.named("feedbackWindow", "Statuses flagged AWAITING_CONFIRMATION close by themselves.",
            required("days", wholeInt(1), "Calendar days after the case entered the status."),
            required("closeWith", text(), "A RESOLVED status, reached along a transition open to SYSTEM."));

    static final Mapping ASSIGN_TO = Mapping.named("assignTo", "The owner: exactly one of team and agent.",
            optional("team", text(), "A team id."),
            optional("agent", text(), "An agent id.")).exactlyOneOf("team", "agent");

    static final Mapping ROUTING_RULE = Mapping.named("routingRule",
            "Hands a new case to its owner when it meets every criterion given; the first matching rule wins.",
            optional("caseTypes", TEXTS, "Any of these case types."),
            optional("priorities", TEXTS, "Any of these priorities."),
            optional("customers", TEXTS, "Any of these customer ids."),
            optional("field", text(), "A custom field whose value must be one of `values`."),
            optional("values", TEXTS, "The values of `field` that match.").requiring("field"),
            required("assignTo", ASSIGN_TO, "The owner of a matching case: {team: ...} or {agent: ...}."));

    static final Mapping MERGING = Mapping.named("merging", "Cases may be merged.",
            required("status", text(), "The CANCELLED status merged sources get."),
            optional("unmergeWindow", text(), "ISO-8601 duration during which a merge can be undone; default: never.")
                    .withExamples("P7D"));

    static final Mapping LINKS = Mapping.named("links", "Parent and follow-up links.",
            optional("parentClose", choice(ParentClose.class),
                    "BLOCK: a parent with open children cannot be closed; CASCADE: closing it closes them.").withDefault("BLOCK"),
            optional("followUpStatus", text(), "A contact's comment on a closed case opens a new case in this OPEN status."));

    static final Mapping ESCALATION_LEVEL = Mapping.named("escalationLevel", "One rung of the escalation ladder.",
            required("level", wholeInt(1), "1 or more."),
            optional("contacts", TEXTS, "The actor ids this level reaches."),
            optional("onBreach", listOf(choice(SlaKind.class)), "SLA breaches that escalate a case to this level by themselves."));

    static final Mapping NOTIFICATION_RULE = Mapping.named("notificationRule",
            "Which change notifies whom with which template; each recipient gets one mail per change, from the first matching rule.",
            required("on", choice(NotificationTrigger.class), "The kind of change."),
            optional("statusReasons", TEXTS, "STATUS_CHANGED only: the statuses the case moves to."),
            optional("to", TEXTS, "requester, contacts, authorisedContacts, owner, team, escalation or escalation:N.")
                    .withExamples("requester", "contacts", "authorisedContacts", "owner", "team", "escalation", "escalation:1"),
            required("template", text(), "The code of the template to render."),
            optional("notifyActor", bool(), "Also tell the actor who made the change.").withDefault(false),
            optional("mandatory", bool(), "Reach contacts who muted this trigger in their profile too.").withDefault(false));

    static final Mapping TEMPLATE_TEXT = Mapping.named("templateText", "A message in one language.",
            required("subject", text(), "One line; the tracking token is appended.").withExamples("Case received: {{case.title}}"),
            required("text", text(), "The plain-text body."),
            optional("html", text(), "The HTML body."));

    static final Mapping TEMPLATE = Mapping.named("template", "A message template.",
            code("template"),
            required("texts", mapOf("language", TEMPLATE_TEXT),
                    "Per language (en, nl, fr, ...); the recipient's language, else en, else the first one."));

    static final Mapping ACCESS = Mapping.named("access", "Who lets new contacts into the portal.",
            optional("contactsMayInvite", bool(), "Authorised contacts may invite people and decide access requests, besides the desk.")
                    .withDefault(false));

    static final Mapping NOTIFICATIONS = Mapping.named("notifications", "Who gets which mail.",
            optional("trackingToken", text(), "How the case number appears in every subject; text before {number} is required.")
                    .withDefault(TrackingToken.DEFAULT),
            optional("escalation", listOf(ESCALATION_LEVEL), "The people each escalation level reaches."),
            optional("rules", listOf(NOTIFICATION_RULE), "In order: each recipient gets one mail per change, from the first rule that matches it."),
            optional("templates", listOf(TEMPLATE), "The message templates."));

    // ---- the whole document --------------------------------------------------------------------

    private static final List<Field> HEAD = List.of(
            optional("$schema", text(), "The JSON Schema this document follows, for editors; Casekit ignores it."),
            required("id", text(), "The definition's id."),
            required("version", wholeInt(1), "1 or more; a case keeps the version it was opened under."));

    private static final List<Field> PARTS = List.of(
            optional("name", text(), "Free text; default: the id."),
            optional("caseNumber", CASE_NUMBER, "How case numbers look; default: {seq}, from 1."),
            optional("priorities", listOf(PRIORITY), "At least one; rank 1 is the most urgent."),
            optional("caseTypes", listOf(CASE_TYPE), "At least one."),
            optional("noContractPriority", text(), "A customer without a support contract always gets this priority."),
            optional("statusReasons", listOf(STATUS_REASON), "At least one."),
            optional("initialStatus", text(), "The OPEN status every new case starts in."),
            optional("transitions", listOf(TRANSITION), "The moves an actor may ask for; the first that matches wins."),
            optional("actions", ACTIONS, "The targets of the resolve, close, cancel and reopen operations."),
            optional("approvals", listOf(APPROVAL), "What an authorised contact of the customer approves."),
            optional("filingApproval", FILING_APPROVAL, "Cases filed by contacts who are not authorised wait for an approval."),
            optional("stagePipelines", listOf(STAGE_PIPELINE), "Stage pipelines case types refer to."),
            optional("customFields", listOf(CUSTOM_FIELD), "Fields a vendor adds to cases."),
            optional("views", listOf(VIEW), "Named filters a portal offers."),
            optional("calendars", listOf(CALENDAR), "Business calendars for SLA clocks."),
            optional("slaPolicies", listOf(SLA_POLICY), "What each contract tier is promised."),
            optional("feedbackWindow", FEEDBACK_WINDOW, "Statuses flagged AWAITING_CONFIRMATION close by themselves after it."),
            optional("routing", listOf(ROUTING_RULE), "Who a new case goes to; the first matching rule wins."),
            optional("merging", MERGING, "Cases may be merged."),
            optional("links", LINKS, "Parent and follow-up links."),
            optional("access", ACCESS, "Who lets new contacts into the portal."),
            optional("notifications", NOTIFICATIONS, "Who gets which mail."));

    /** A definition that extends no other. */
    static final Mapping DEFINITION = new Mapping("definition", "A Casekit workflow definition.", concat(HEAD, PARTS), List.of(), false);

    /** The sections a derived definition can remove elements from, by key. */
    static final Mapping REMOVE = Mapping.named("remove", "Drops base elements by key, before this document's own elements are put in.",
            DefinitionSection.ALL.stream().map(s -> optional(s.path(), TEXTS, "Keys of " + s.path() + " elements to drop."))
                    .toArray(Field[]::new));

    /** The sections a derived definition can relabel elements of. */
    static final Mapping RELABEL = Mapping.named("relabel", "Relabels base elements without restating them, language by language.",
            DefinitionSection.ALL.stream().filter(DefinitionSection::labelled)
                    .map(s -> optional(s.path(), mapOf("key", LABELS), "Labels by element key, then by language."))
                    .toArray(Field[]::new));

    /** A definition that {@code extends} another one and says what differs. */
    static final Mapping DERIVED = DEFINITION.plus("derivedDefinition",
            "A Casekit workflow definition that extends another one: single values given here replace the base's; "
                    + "list elements with a known key replace the base's, new ones are added.",
            List.of(required("extends", text(), "The base: a preset name, or the id of a definition the resolver knows.")),
            List.of(optional("labels", RELABEL, "Relabels base elements: {<section>: {<key>: {<language>: <text>}}}."),
                    optional("remove", REMOVE, "Drops base elements: {<section>: [<key>, ...]}.")));

    /** Any definition document: derived when it has {@code extends}. */
    static final Shape DOCUMENT = new Shape.Either("extends", DERIVED, DEFINITION);

    private static List<Field> concat(List<Field> a, List<Field> b) {
        List<Field> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
