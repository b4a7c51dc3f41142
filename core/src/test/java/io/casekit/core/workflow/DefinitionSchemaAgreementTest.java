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

import static io.casekit.core.workflow.SchemaFixture.readerProblems;
import static io.casekit.core.workflow.SchemaFixture.schemaErrors;
import static io.casekit.core.workflow.SchemaFixture.shapeProblems;
import static io.casekit.core.workflow.SchemaFixture.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The published JSON Schema and the reader agree on definition documents.
 *
 * <p><b>The rule.</b> The schema never refuses a document the reader accepts. Where the schema
 * refuses, the reader refuses too, and the reader's shape check (the same declaration, {@link
 * DefinitionFormat}, checked by Java) refuses exactly what the schema refuses. The reader may refuse
 * more than the schema: what a schema cannot state, such as a status code that no status reason has,
 * a status nobody can reach, a time zone that does not exist or a date like 2026-02-30, is refused
 * only when the definition is read.
 */
class DefinitionSchemaAgreementTest {

    /** A valid definition that uses every section. */
    static final String BASE = """
            id: small
            version: 2
            name: Small portal
            caseNumber: {format: "SM-{seq:4}", start: 100}
            priorities:
              - {code: P1, rank: 1, labels: {en: Urgent, nl: Dringend}}
              - {code: P2, rank: 2, labels: {en: Normal}}
            caseTypes:
              - {code: Question, labels: {en: Question}, defaultPriority: P2}
              - {code: Change, labels: {en: Change}, defaultPriority: P2, priorities: [P2], stagePipeline: change}
            noContractPriority: P2
            statusReasons:
              - {code: new, labels: {en: New}, state: OPEN, onAssign: working}
              - {code: working, labels: {en: Working}, state: OPEN}
              - {code: waiting, labels: {en: Waiting}, state: OPEN, flags: [WAITING_ON_CUSTOMER, PAUSES_SLA], onContactComment: working}
              - {code: done, labels: {en: Done}, state: RESOLVED}
              - {code: dropped, labels: {en: Dropped}, state: CANCELLED}
              - {code: merged, labels: {en: Merged}, state: CANCELLED}
            initialStatus: new
            transitions:
              - {from: [new], to: working, actors: [AGENT]}
              - {from: [working], to: waiting, actors: [AGENT], guards: [NEEDS_COMMENT]}
              - {from: [working, waiting], to: done, actors: [AGENT]}
              - {from: ["*"], to: dropped, actors: [AGENT, CONTACT]}
              - {from: [new, working], to: merged, actors: [AGENT]}
              - {from: [done, dropped], to: working, actors: [AGENT]}
            actions: {resolve: done, close: done, cancel: dropped, reopen: working}
            approvals:
              - {code: estimate, labels: {en: Estimate}, subject: HOURS}
            stagePipelines:
              - id: change
                stages:
                  - {code: Analysis, labels: {en: Analysis}, gate: estimate}
                  - {code: Build, labels: {en: Build}, next: [Release, Analysis]}
                  - {code: Release, labels: {en: Release}, requiredFields: [env]}
            customFields:
              - {name: env, labels: {en: Environment}, type: CHOICE, values: [DEV, PROD], required: false, caseTypes: [Change]}
            views:
              - {code: waiting, labels: {en: Waiting for you}, states: [OPEN], flags: [WAITING_ON_CUSTOMER]}
            calendars:
              - id: office
                zone: Europe/Amsterdam
                hours:
                  - {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "08:30", to: "17:00"}
                holidays: ["2026-12-25"]
                closures: [{date: "2026-12-24", from: "12:00", to: "24:00"}]
              - {id: always, alwaysOpen: true}
            slaPolicies:
              - id: sla
                contract: SLA
                calendar: office
                warningPercent: 80
                pauseOn: [PAUSES_SLA]
                targets:
                  P1: {firstResponse: "4 hours", resolution: "2 working days"}
            routing:
              - {field: env, values: [PROD], assignTo: {team: ops}}
              - {assignTo: {team: desk}}
            merging: {status: merged, unmergeWindow: P7D}
            links: {parentClose: CASCADE}
            notifications:
              trackingToken: "[{number}]"
              escalation:
                - {level: 1, contacts: [lead], onBreach: [RESOLUTION]}
              rules:
                - {on: CASE_OPENED, to: [requester], template: opened, notifyActor: true}
              templates:
                - code: opened
                  texts:
                    en: {subject: "Received: {{case.title}}", text: "We have your case {{case.number}}."}
            """;

    @Test
    void theBaseIsValidForAll() {
        assertAgreeOnValid(BASE);
    }

    // ---- broken documents: the schema and the reader both refuse -------------------------------

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("an unknown top-level key", BASE + "colour: blue\n", "colour"),
                broken("an unknown key in an element", BASE.replace("{code: P1, rank: 1,", "{code: P1, urgency: 1, rank: 1,"),
                        "priorities[0].urgency"),
                broken("a text where a whole number belongs", BASE.replace("version: 2", "version: two"), "version"),
                broken("a fraction where a whole number belongs", BASE.replace("rank: 2,", "rank: 2.5,"), "priorities[1].rank"),
                broken("a whole number below its minimum", BASE.replace("version: 2", "version: 0"), "version"),
                broken("a whole number beyond Java's int", BASE.replace("rank: 2,", "rank: 4294967297,"), "priorities[1].rank"),
                broken("a percentage above 100", BASE.replace("warningPercent: 80", "warningPercent: 150"), "slaPolicies[0].warningPercent"),
                broken("a missing required key", BASE.replace("{code: done, labels: {en: Done}, state: RESOLVED}",
                        "{code: done, labels: {en: Done}}"), "statusReasons[3].state"),
                broken("a transition without target", BASE.replace("{from: [new], to: working, actors: [AGENT]}",
                        "{from: [new], actors: [AGENT]}"), "transitions[0].to"),
                broken("a missing id", BASE.replace("id: small\n", ""), "id"),
                broken("an unknown state", BASE.replace("state: RESOLVED", "state: FINISHED"), "statusReasons[3].state"),
                broken("an unknown actor in a list", BASE.replace("actors: [AGENT, CONTACT]", "actors: [AGENT, ROBOT]"),
                        "transitions[3].actors[1]"),
                broken("an unknown weekday", BASE.replace("[MONDAY, TUESDAY,", "[FUNDAY, TUESDAY,"), "calendars[0].hours[0].days[0]"),
                broken("a list where a mapping belongs", BASE.replace("caseNumber: {format: \"SM-{seq:4}\", start: 100}",
                        "caseNumber: [\"SM-{seq:4}\"]"), "caseNumber"),
                broken("a mapping where a list belongs", BASE.replace("priorities: [P2], stagePipeline", "priorities: {P2: yes}, stagePipeline"),
                        "caseTypes[1].priorities"),
                broken("labels as a list", BASE.replace("labels: {en: Normal}", "labels: [en, Normal]"), "priorities[1].labels"),
                broken("a list where a text belongs", BASE.replace("to: working, actors: [AGENT]}", "to: [working], actors: [AGENT]}"),
                        "transitions[0].to"),
                broken("a text where a boolean belongs", BASE.replace("required: false", "required: \"no\""), "customFields[0].required"),
                broken("a key without a value", BASE.replace(", onAssign: working}", ", onAssign: }"), "statusReasons[0].onAssign"),
                broken("a required key without a value", BASE.replace("initialStatus: new", "initialStatus: ~").replace("id: small", "id:"),
                        "id"),
                broken("a time that is no time", BASE.replace("to: \"17:00\"", "to: \"8:61\""), "calendars[0].hours[0].to"),
                broken("a time with seconds", BASE.replace("to: \"17:00\"", "to: \"17:00:00\""), "calendars[0].hours[0].to"),
                broken("a date the other way round", BASE.replace("\"2026-12-25\"", "\"25-12-2026\""), "calendars[0].holidays[0]"),
                broken("a calendar without zone", BASE.replace("    zone: Europe/Amsterdam\n", ""), "calendars[0].zone"),
                broken("alwaysOpen that is no boolean", BASE.replace("alwaysOpen: true", "alwaysOpen: \"yes\""), "calendars[1].alwaysOpen"),
                broken("targets that are no mapping", BASE.replace("P1: {firstResponse: \"4 hours\", resolution: \"2 working days\"}",
                        "P1: \"4 hours\""), "slaPolicies[0].targets.P1"),
                broken("routing values without a field", BASE.replace("{field: env, values: [PROD],", "{values: [PROD],"), "routing[0].values"),
                broken("routing to a team and an agent", BASE.replace("{assignTo: {team: desk}}", "{assignTo: {team: desk, agent: al}}"),
                        "routing[1].assignTo"),
                broken("routing to nobody", BASE.replace("{assignTo: {team: desk}}", "{assignTo: {}}"), "routing[1].assignTo"),
                broken("an unknown action", BASE.replace("reopen: working}", "reopen: working, finish: done}"), "actions.finish"),
                broken("a template text without subject", BASE.replace("en: {subject: \"Received: {{case.title}}\", ",
                        "en: {"), "notifications.templates[0].texts.en.subject"),
                broken("an unknown notification trigger", BASE.replace("on: CASE_OPENED", "on: REOPENED"), "notifications.rules[0].on"),
                broken("remove in a definition that extends nothing", BASE + "remove: {views: [waiting]}\n", "remove"),
                broken("a derived definition that removes from an unknown section",
                        "{extends: it-services, id: acme, version: 1, remove: {things: [x]}}", "remove.things"),
                broken("a derived definition that relabels transitions",
                        "{extends: it-services, id: acme, version: 1, labels: {transitions: {}}}", "labels.transitions"),
                broken("a derived definition without version", "{extends: it-services, id: acme}", "version"),
                broken("a document that is a list", "[{id: x, version: 1}]", "$"));
    }

    private static Arguments broken(String what, String yaml, String path) {
        return Arguments.of(what, yaml, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void bothRefuse(String what, String yaml, String path) {
        JsonNode document = yaml(yaml);

        assertThat(readerProblems(document)).as("the reader's problems").extracting(DefinitionProblem::path).contains(path);
        assertThat(schemaErrors(document)).as("the schema's errors").isNotEmpty();
        if (document.isObject()) {
            assertThat(shapeProblems(document)).as("the shape check's problems").anyMatch(p -> p.startsWith(path + ": "));
        }
    }

    // ---- valid documents: both accept ----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "state: open", // choices in any letter case
            "actors: [agent, Contact]",
            "close: done", // action keys in any letter case
            "rank: 2.0", // a whole number written with a fraction, as JSON Schema's integer has it
            "id: 42", // a number where a text belongs: its text
            "$schema: ./casekit-definition.schema.json"})
    void bothAccept(String variant) {
        String yaml = switch (variant) {
            case "state: open" -> BASE.replace("state: RESOLVED", "state: resolved").replace("state: OPEN, onAssign", "state: open, onAssign");
            case "actors: [agent, Contact]" -> BASE.replace("actors: [AGENT, CONTACT]", "actors: [agent, Contact]");
            case "close: done" -> BASE.replace("close: done", "CLOSE: done");
            case "rank: 2.0" -> BASE.replace("rank: 2,", "rank: 2.0,");
            case "id: 42" -> BASE.replace("id: small", "id: 42");
            default -> "\"$schema\": ./casekit-definition.schema.json\n" + BASE;
        };
        assertAgreeOnValid(yaml);
    }

    @Test
    void bothAcceptADerivedDefinition() {
        assertAgreeOnValid("""
                extends: it-services
                id: acme
                version: 2
                labels:
                  statusReasons:
                    "310": {en: "Waiting for you"}
                remove:
                  views: [open-waiting-supplier]
                statusReasons:
                  - {code: "330", labels: {en: "330. Waiting"}, state: OPEN, flags: [WAITING_ON_SUPPLIER]}
                transitions:
                  - {from: ["200"], to: "330", actors: [AGENT]}
                  - {from: ["330"], to: "200", actors: [AGENT]}
                """);
    }

    // ---- what only the reader refuses ----------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("meaningProblems")
    void theSchemaAcceptsWhatOnlyTheReaderCanJudge(String what, String yaml, String path) {
        JsonNode document = yaml(yaml);

        assertThat(schemaErrors(document)).isEmpty();
        assertThat(shapeProblems(document)).isEmpty();
        assertThat(readerProblems(document)).extracting(DefinitionProblem::path).contains(path);
    }

    static Stream<Arguments> meaningProblems() {
        return Stream.of(
                broken("an unknown status", BASE.replace("initialStatus: new", "initialStatus: nowhere"), "initialStatus"),
                broken("a duplicate code", BASE.replace("{code: P2, rank: 2,", "{code: P1, rank: 2,"), "priorities[1].code"),
                broken("an unknown time zone", BASE.replace("Europe/Amsterdam", "Mars/Olympus_Mons"), "calendars[0].zone"),
                broken("a date that does not exist", BASE.replace("2026-12-25", "2026-02-30"), "calendars[0].holidays[0]"),
                broken("a target nobody can count", BASE.replace("\"4 hours\"", "\"4 weeks\""), "slaPolicies[0].targets.P1.firstResponse"),
                broken("an action given twice", BASE.replace("close: done", "close: done, CLOSE: done"), "actions.CLOSE"),
                broken("an unknown recipient", BASE.replace("to: [requester]", "to: [everybody]"), "notifications.rules[0].to[0]"),
                broken("an unclosed placeholder", BASE.replace("{{case.number}}.", "{{case.number."),
                        "notifications.templates[0].texts.en.text"),
                broken("a malformed duration", BASE.replace("P7D", "7 days"), "merging.unmergeWindow"),
                broken("a blank team", BASE.replace("{team: desk}", "{team: \" \"}"), "routing[1].assignTo"),
                broken("an unknown base", "{extends: it-servicez, id: acme, version: 1}", "extends"));
    }

    private static void assertAgreeOnValid(String yaml) {
        JsonNode document = yaml(yaml);

        assertThat(readerProblems(document)).as("the reader's problems").isEmpty();
        assertThat(shapeProblems(document)).as("the shape check's problems").isEmpty();
        assertThat(schemaErrors(document)).as("the schema's errors").isEmpty();
    }
}
