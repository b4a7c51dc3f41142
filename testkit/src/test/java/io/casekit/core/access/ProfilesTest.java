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
package io.casekit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.core.notify.MailDesk;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.DefinitionResolver;
import io.casekit.core.workflow.NotificationTrigger;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.spi.access.ProfileChange;
import io.casekit.spi.access.ProfileChange.ChangedField;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.Case;
import io.casekit.spi.notify.Message;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue #15: contact profiles, their recorded changes, and notifications that honour them. */
class ProfilesTest {

    private final MailDesk desk = new MailDesk("it-services");
    private final Profiles profiles = desk.casekit.profiles();

    @Test
    void aProfileStartsAsTheIdentityProviderKnowsTheContact() {
        Profile anna = profiles.get(MailDesk.ANNA, MailDesk.ANNA);

        assertThat(anna).isEqualTo(new Profile(MailDesk.ANNA, "Anna Acme", Locale.forLanguageTag("nl-BE"), Optional.empty(),
                Set.of(Channel.EMAIL), Set.of()));
        assertThat(profiles.history(MailDesk.ALICE, MailDesk.ANNA)).isEmpty();
    }

    @Test
    void eachChangeIsRecordedWithWhoWhenAndEachPartFromWhatToWhat() {
        profiles.update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none().withLanguage(Locale.ENGLISH).withPhone("+32 2 555 01 23"));
        desk.clock.advance(Duration.ofMinutes(5));
        Profile after = profiles.update(MailDesk.ALICE, MailDesk.ANNA, ProfileUpdate.none().withPhone("").withDisplayName("Anna V.")
                .withMutedTriggers(Set.of(NotificationTrigger.ASSIGNED, NotificationTrigger.STATUS_CHANGED)));

        assertThat(after).isEqualTo(new Profile(MailDesk.ANNA, "Anna V.", Locale.ENGLISH, Optional.empty(), Set.of(Channel.EMAIL),
                Set.of(NotificationTrigger.ASSIGNED, NotificationTrigger.STATUS_CHANGED)));
        List<ProfileChange> history = profiles.history(MailDesk.ANNA, MailDesk.ANNA);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).changedBy()).isEqualTo(MailDesk.ANNA);
        assertThat(history.get(0).fields()).containsExactly(new ChangedField("language", "", "en"),
                new ChangedField("phone", "", "+32 2 555 01 23"));
        assertThat(history.get(1).changedBy()).isEqualTo(MailDesk.ALICE);
        assertThat(history.get(1).changedAt()).isEqualTo(desk.clock.instant());
        assertThat(history.get(1).fields()).containsExactly(new ChangedField("displayName", "", "Anna V."),
                new ChangedField("phone", "+32 2 555 01 23", ""), new ChangedField("mutedTriggers", "", "ASSIGNED,STATUS_CHANGED"));
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        profiles.update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none().withDisplayName("Anna"));
        profiles.update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none().withDisplayName(" Anna "));
        profiles.update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none());

        assertThat(profiles.history(MailDesk.ANNA, MailDesk.ANNA)).hasSize(1);
    }

    @Test
    void onlyTheContactItselfAndAgentsSeeAndChangeAProfile() {
        assertThatThrownBy(() -> profiles.get(MailDesk.BOB, MailDesk.ANNA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.update(MailDesk.GINA, MailDesk.ANNA, ProfileUpdate.none().withDisplayName("Hacked")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.history(MailDesk.BOB, MailDesk.ANNA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.get("nobody", MailDesk.ANNA)).isInstanceOf(AccessDeniedException.class);
        assertThat(profiles.get(MailDesk.ANNA, MailDesk.ANNA).displayName()).isEqualTo("Anna Acme");
    }

    @Test
    void badInputNamesEachFieldAndRuleAndChangesNothing() {
        assertThatThrownBy(() -> profiles.update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none().withDisplayName("Anna\nBcc: x@evil.test")
                .withPhone("call me maybe").withLanguage(Locale.ROOT)))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                        .containsExactlyInAnyOrder(tuple("displayName", "Line"),
                                tuple("phone", "Phone"), tuple("language", "Language")));
        assertThat(profiles.history(MailDesk.ANNA, MailDesk.ANNA)).isEmpty();
    }

    @Test
    void mailIsWrittenInTheLanguageAndNameTheProfileSets() {
        profiles.update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none().withLanguage(Locale.ENGLISH).withDisplayName("Anna V."));

        Case opened = desk.open(MailDesk.ANNA, "VPN drops");

        Message confirmation = desk.messagesTo(opened.id(), MailDesk.ANNA).get(0);
        assertThat(confirmation.recipient().language()).isEqualTo(Locale.ENGLISH);
        assertThat(confirmation.recipient().displayName()).isEqualTo("Anna V.");
    }

    @Test
    void aMutedTriggerOrAChannelWithoutMailSilencesTheRulesThatAreNotMandatory() {
        profiles.update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none().withMutedTriggers(Set.of(NotificationTrigger.CASE_OPENED)));
        profiles.update(MailDesk.BOB, MailDesk.BOB, ProfileUpdate.none().withChannels(EnumSet.of(Channel.PHONE)));

        Case annas = desk.open(MailDesk.ANNA, "VPN drops");
        Case bobs = desk.open(MailDesk.BOB, "Printer jams");

        assertThat(desk.messagesTo(annas.id(), MailDesk.ANNA)).isEmpty();
        assertThat(desk.messagesTo(bobs.id(), MailDesk.BOB)).isEmpty();
    }

    @Test
    void aMandatoryRuleReachesAContactWhoMutedItsTrigger() {
        String yaml = """
                id: it-services-mandatory
                version: 1
                extends: it-services
                notifications:
                  rules:
                    - on: CASE_OPENED
                      to: [requester]
                      template: case-opened
                      notifyActor: true
                      mandatory: true
                """;
        MailDesk strict = new MailDesk(WorkflowDefinitions.fromYaml(yaml, "test", DefinitionResolver.presets()), new InMemoryCaseStore());
        assertThat(strict.definition.notificationRules()).anyMatch(r -> r.on() == NotificationTrigger.CASE_OPENED && r.mandatory());
        assertThat(WorkflowDefinitions.toYaml(strict.definition)).contains("mandatory: true");
        assertThat(WorkflowDefinitions.fromYaml(WorkflowDefinitions.toYaml(strict.definition)).notificationRules())
                .isEqualTo(strict.definition.notificationRules());
        strict.casekit.profiles().update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none()
                .withMutedTriggers(Set.of(NotificationTrigger.CASE_OPENED, NotificationTrigger.ASSIGNED)));

        Case opened = strict.open(MailDesk.ANNA, "VPN drops");

        assertThat(strict.messagesTo(opened.id(), MailDesk.ANNA)).hasSize(1);
    }

    @Test
    void aChangeReachesTheNextMailAtOnceThoughTheEarlierMailReadTheProfile() {
        Case first = desk.open(MailDesk.ANNA, "VPN drops");
        profiles.update(MailDesk.ANNA, MailDesk.ANNA, ProfileUpdate.none().withLanguage(Locale.FRENCH));
        Case second = desk.open(MailDesk.ANNA, "Printer jams");

        assertThat(desk.messagesTo(first.id(), MailDesk.ANNA).get(0).recipient().language()).isEqualTo(Locale.forLanguageTag("nl-BE"));
        assertThat(desk.messagesTo(second.id(), MailDesk.ANNA).get(0).recipient().language()).isEqualTo(Locale.FRENCH);
    }
}
