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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.casekit.spi.model.CaseState;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Notification rules, message templates, escalation levels and the tracking token in definitions. */
class NotificationDefinitionTest {

    private static final String BASE = """
            id: desk
            version: 1
            caseNumber: {format: "CAS-{seq:5}-{rand:6}"}
            priorities:
              - {code: P4, rank: 4, labels: {en: Low}}
            caseTypes:
              - {code: Incident, labels: {en: Incident}, defaultPriority: P4}
            statusReasons:
              - {code: new, labels: {en: New}, state: OPEN}
              - {code: ready, labels: {en: Ready, nl: Klaar}, state: OPEN}
              - {code: closed, labels: {en: Closed}, state: RESOLVED}
            initialStatus: new
            transitions:
              - {from: [new], to: ready, actors: [AGENT]}
              - {from: [ready], to: closed, actors: [AGENT]}
              - {from: [closed], to: new, actors: [AGENT]}
            """;

    private static List<String> problems(String yaml) {
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class, () -> WorkflowDefinitions.fromYaml(yaml));
        assertThat(e).as("the definition is refused").isNotNull();
        return e.problems().stream().map(DefinitionProblem::toString).toList();
    }

    @Test
    void rulesTemplatesEscalationAndTheTokenAreRead() {
        WorkflowDefinition d = WorkflowDefinitions.fromYaml(BASE + """
                notifications:
                  trackingToken: "CRM:{number}"
                  escalation:
                    - {level: 1, contacts: [desk-lead]}
                    - {level: 2, contacts: [coordinator, coo]}
                  rules:
                    - on: CASE_OPENED
                      to: [requester]
                      template: opened
                      notifyActor: true
                    - on: status_changed
                      statusReasons: [ready]
                      to: [contacts, owner, team, "escalation:2"]
                      template: opened
                  templates:
                    - code: opened
                      texts:
                        en: {subject: "Received: {{case.title}}", text: "Case {{ case.number }}", html: "<b>{{case.title}}</b>"}
                        nl: {subject: "Ontvangen", text: "Case {{case.number}}"}
                """);

        assertThat(d.trackingToken().format("CAS-00001-ABCDEF")).isEqualTo("CRM:CAS-00001-ABCDEF");
        assertThat(d.escalationLevel(2)).map(EscalationLevel::contacts).contains(List.of("coordinator", "coo"));
        assertThat(d.notificationRules()).containsExactly(
                NotificationRule.of(NotificationTrigger.CASE_OPENED, "opened", Audience.REQUESTER).notifyingActor(),
                NotificationRule.of(NotificationTrigger.STATUS_CHANGED, "opened", Audience.CONTACTS, Audience.OWNER, Audience.TEAM,
                        Audience.escalation(2)).toStatuses("ready"));
        assertThat(d.notificationRules(NotificationTrigger.STATUS_CHANGED)).hasSize(1);
        assertThat(d.notificationRules(NotificationTrigger.ASSIGNED)).isEmpty();
        assertThat(d.notifies()).isTrue();
        MessageTemplate opened = d.template("opened").orElseThrow();
        assertThat(opened.texts()).containsOnlyKeys("en", "nl");
        assertThat(opened.text(Locale.forLanguageTag("nl-BE")).html()).isEmpty();
        assertThat(opened.text(Locale.FRENCH).text().source()).isEqualTo("Case {{ case.number }}");
    }

    @Test
    void withoutNotificationsADefinitionNotifiesNobodyAndUsesTheDefaultToken() {
        WorkflowDefinition d = WorkflowDefinitions.fromYaml(BASE);

        assertThat(d.notifies()).isFalse();
        assertThat(d.trackingToken().pattern()).isEqualTo("[{number}]");
        assertThat(d.notificationRules(NotificationTrigger.CASE_OPENED)).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        assertThat(problems(BASE + """
                notifications:
                  trackingToken: "{number}"
                  sender: desk@example.com
                  escalation:
                    - {level: 0, contacts: []}
                  rules:
                    - {on: CASE_OPENED, to: [requester], template: ghost}
                    - {on: REOPENED, to: [requester], template: t}
                    - {on: ASSIGNED, to: [everybody, "escalation:3"], template: t, statusReasons: [ready]}
                    - {on: INTERNAL_COMMENT, to: [contacts, owner], template: t}
                    - {on: STATUS_CHANGED, to: [], template: t, statusReasons: [nowhere], notifyActor: "yes"}
                  templates:
                    - code: t
                      texts:
                        en: {subject: "{{case.colour}}", text: "Dear {{recipient.name}"}
                        nl: {subject: "Ontvangen", text: "ok", footer: "x"}
                    - code: t
                      texts: {}
                """)).containsExactlyInAnyOrder(
                "notifications.sender: unknown key; allowed here: [escalation, rules, templates, trackingToken]",
                "notifications.rules[1].on: unknown value 'REOPENED'; allowed: " + java.util.EnumSet.allOf(NotificationTrigger.class),
                "notifications.rules[2].to[0]: unknown recipients 'everybody'; use requester, contacts, authorisedContacts, owner, team, escalation or escalation:N",
                "notifications.rules[4].notifyActor: must be true or false",
                "notifications.templates[0].texts.en.subject: unknown placeholder {{case.colour}}; known: " + TemplateField.keys(),
                "notifications.templates[0].texts.en.text: unclosed {{ at position 5; write {{case.number}}",
                "notifications.templates[0].texts.nl.footer: unknown key; allowed here: [html, subject, text]",
                "notifications.trackingToken: trackingToken needs text before {number}, e.g. [{number}]",
                "notifications.templates[1].code: duplicate code 't'",
                "notifications.templates[1].texts: needs the texts of at least one language",
                "notifications.escalation[0].level: must be 1 or more, was 0",
                "notifications.escalation[0].contacts: must name at least one actor id",
                "notifications.rules[0].template: unknown template 'ghost'; known: [t]",
                "notifications.rules[2].to[1]: no escalation level 3 is declared",
                "notifications.rules[2].statusReasons: only rules on STATUS_CHANGED name target statuses",
                "notifications.rules[3].to[0]: internal comments never reach contacts; address agents (owner, team, escalation:N)",
                "notifications.rules[4].to: must name at least one of requester, contacts, owner, team, escalation:N",
                "notifications.rules[4].statusReasons: unknown status reason 'nowhere'");
    }

    @Test
    void theBuilderTakesTheSameRulesAndChecksThem() {
        WorkflowDefinition.Builder b = WorkflowDefinition.builder("desk", 1)
                .priority(Priority.of("P4", 4, "Low"))
                .caseType(CaseType.of("Incident", "Incident", "P4"))
                .status(StatusReason.of("new", "New", CaseState.OPEN))
                .status(StatusReason.of("closed", "Closed", CaseState.RESOLVED))
                .initialStatus("new")
                .transition(Transition.from("new").to("closed").by(io.casekit.spi.model.ActorKind.AGENT))
                .transition(Transition.from("closed").to("new").by(io.casekit.spi.model.ActorKind.AGENT))
                .trackingToken("[{number}]")
                .template(MessageTemplate.of("opened", "en", TemplateText.of("Received", "Case {{case.number}}", null)))
                .notificationRule(NotificationRule.of(NotificationTrigger.CASE_OPENED, "opened", Audience.REQUESTER))
                .notificationRule(NotificationRule.of(NotificationTrigger.PUBLIC_COMMENT, "missing", Audience.OWNER));

        assertThatThrownBy(b::build).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("notifications.rules[1].template: unknown template 'missing'");
        assertThatThrownBy(() -> TemplateText.of("Line\nbreak", "text", null)).hasMessageContaining("control characters");
        assertThatThrownBy(() -> TextTemplate.parse("{{actor.password}}")).hasMessageContaining("unknown placeholder");
        assertThatThrownBy(() -> Audience.parse("escalation:x")).hasMessageContaining("unknown recipients");
    }

    @Test
    void aTemplateFillsItsFieldsAndEscapesOnlyTheValues() {
        TextTemplate template = TextTemplate.parse("<p>{{case.title}} by {{ actor.name }}</p>{{comment}} {single}");
        Map<TemplateField, String> values = new EnumMap<>(TemplateField.class);
        values.put(TemplateField.CASE_TITLE, "<script>alert('x')</script>");
        values.put(TemplateField.ACTOR_NAME, "Tom & Jerry");
        values.put(TemplateField.COMMENT, "\"quoted\"");
        UnaryOperator<String> html = v -> v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");

        assertThat(template.render(values::get, html)).isEqualTo(
                "<p>&lt;script&gt;alert('x')&lt;/script&gt; by Tom &amp; Jerry</p>&quot;quoted&quot; {single}");
        assertThat(template.render(values::get, UnaryOperator.identity())).isEqualTo(
                "<p><script>alert('x')</script> by Tom & Jerry</p>\"quoted\" {single}");
    }

    @Test
    void aTemplateFallsBackToEnglishThenToItsFirstLanguage() {
        TemplateText nl = TemplateText.of("nl", "nl", null);
        TemplateText en = TemplateText.of("en", "en", null);
        MessageTemplate both = MessageTemplate.of("t", "nl", nl).and("en", en);

        assertThat(both.text(Locale.forLanguageTag("nl-NL"))).isEqualTo(nl);
        assertThat(both.text(Locale.FRENCH)).isEqualTo(en);
        assertThat(MessageTemplate.of("t", "nl", nl).text(Locale.FRENCH)).isEqualTo(nl);
    }

    @Test
    void theTrackingTokenFindsEveryCandidate() {
        TrackingToken brackets = TrackingToken.of("[{number}]");
        assertThat(brackets.candidates("Re: [EXTERNAL] [CAS-00001-ABCDEF] and [unclosed")).containsExactly(
                new TrackingToken.Candidate("EXTERNAL", true),
                new TrackingToken.Candidate("CAS-00001-ABCDEF", true),
                new TrackingToken.Candidate("unclosed", false));
        assertThat(brackets.candidates("[[CAS-1]]")).extracting(TrackingToken.Candidate::number).containsExactly("[CAS-1", "CAS-1");
        assertThat(TrackingToken.of("CRM:{number}").candidates("Re: CRM:0001 hello CRM:")).containsExactly(
                new TrackingToken.Candidate("0001", true), new TrackingToken.Candidate("", true));
        assertThat(brackets.candidates("no token here")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{number}", "[{number}]{number}", "[number]", "[ {number} ]", "{{number}}", "[é{number}]"})
    void aMalformedTrackingTokenIsRefused(String pattern) {
        assertThatThrownBy(() -> TrackingToken.of(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseNumberFormatTellsNumbersMalformedNumbersAndOtherText() {
        CaseNumberFormat format = CaseNumberFormat.of("CAS-{seq:5}-{rand:6}", 1);

        assertThat(format.matches("CAS-05128-V6R0R8")).isTrue();
        assertThat(format.matches("CAS-123456-V6R0R8")).as("the sequence outgrew its padding").isTrue();
        assertThat(format.matches("CAS-0512-V6R0R8")).isFalse();
        assertThat(format.matches("CAS-05128-v6r0r8")).isFalse();
        assertThat(format.matches("CAS-05128-V6R0R8 ")).isFalse();
        assertThat(format.startsLikeANumber("CAS-0512")).isTrue();
        assertThat(format.startsLikeANumber("EXTERNAL")).isFalse();
        CaseNumberFormat plain = CaseNumberFormat.of("{seq}", 10000);
        assertThat(plain.matches("10123")).isTrue();
        assertThat(plain.startsLikeANumber("12a")).isTrue();
        assertThat(plain.startsLikeANumber("a12")).isFalse();
        assertThat(Optional.of(plain.matches("1a"))).contains(false);
    }
}
