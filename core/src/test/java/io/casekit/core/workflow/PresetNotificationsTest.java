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

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The mails the presets send, as the portal guides promise them. */
class PresetNotificationsTest {

    static List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void confirmsEveryNewCaseToItsRequesterFirst(String name) {
        WorkflowDefinition d = Presets.load(name);

        NotificationRule first = d.notificationRules().get(0);
        assertThat(first.on()).isEqualTo(NotificationTrigger.CASE_OPENED);
        assertThat(first.notifyActor()).as("the requester who filed the case gets the confirmation").isTrue();
        assertThat(first.to()).anyMatch(Audience::contacts);
        assertThat(d.trackingToken().format("X-1")).isEqualTo("[X-1]");
    }

    @ParameterizedTest
    @MethodSource("presets")
    void mailsPickUpStatusChangesCommentsAndTheResolution(String name) {
        WorkflowDefinition d = Presets.load(name);

        assertThat(d.notificationRules()).extracting(NotificationRule::on).contains(NotificationTrigger.ASSIGNED,
                NotificationTrigger.STATUS_CHANGED, NotificationTrigger.PUBLIC_COMMENT);
        NotificationRule resolution = d.notificationRules().stream().filter(r -> !r.statusReasons().isEmpty()).findFirst().orElseThrow();
        assertThat(resolution.statusReasons()).allSatisfy(code ->
                assertThat(d.statusReason(code).orElseThrow().has(StatusFlag.AWAITING_CONFIRMATION)).isTrue());
        assertThat(d.notificationRules().indexOf(resolution)).as("the resolution mail wins over the plain status mail")
                .isLessThan(d.notificationRules().indexOf(d.notificationRules(NotificationTrigger.STATUS_CHANGED).stream()
                        .filter(r -> r.statusReasons().isEmpty()).findFirst().orElseThrow()));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void writesEveryTemplateInDutchAndEnglishAndEveryContactMailWithHtml(String name) {
        WorkflowDefinition d = Presets.load(name);

        assertThat(d.templates()).allSatisfy(t -> assertThat(t.texts()).containsKeys("en", "nl"));
        d.notificationRules().stream().filter(r -> r.to().stream().anyMatch(Audience::contacts)).forEach(rule ->
                assertThat(d.template(rule.template()).orElseThrow().texts().values()).allSatisfy(text -> {
                    assertThat(text.html()).isPresent();
                    assertThat(text.text().parts()).contains(new TextTemplate.Field(TemplateField.CASE_NUMBER));
                }));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void neverSendsInternalCommentsToContacts(String name) {
        WorkflowDefinition d = Presets.load(name);

        assertThat(d.notificationRules(NotificationTrigger.INTERNAL_COMMENT)).allSatisfy(rule ->
                assertThat(rule.to()).noneMatch(Audience::contacts));
    }

    @org.junit.jupiter.api.Test
    void itServicesWritesFrenchTooAndTellsTheFeedbackWindow() {
        WorkflowDefinition d = Presets.load("it-services");

        assertThat(d.templates()).filteredOn(t -> t.texts().get("en").html().isPresent())
                .allSatisfy(t -> assertThat(t.texts()).containsKey("fr"));
        TemplateText resolved = d.template("case-resolved").orElseThrow().text(Locale.FRENCH);
        assertThat(resolved.text().parts()).contains(new TextTemplate.Field(TemplateField.FEEDBACK_DAYS),
                new TextTemplate.Field(TemplateField.COMMENT));
    }

    @org.junit.jupiter.api.Test
    void erpConsultancyEscalatesABreachToLevelTwoAndMailsThePeopleOfTheLevelReached() {
        WorkflowDefinition d = Presets.load("erp-consultancy");

        assertThat(d.escalationLevels()).extracting(EscalationLevel::level).containsExactly(1, 2, 3, 4);
        assertThat(d.escalationOnBreach(io.casekit.spi.model.SlaKind.RESOLUTION)).contains(2);
        assertThat(d.escalationOnBreach(io.casekit.spi.model.SlaKind.FIRST_RESPONSE)).contains(2);
        assertThat(d.notificationRules(NotificationTrigger.ESCALATED)).singleElement()
                .satisfies(rule -> assertThat(rule.to()).contains(Audience.REACHED_ESCALATION));
    }
}
