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
package io.casekit.spi.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import io.casekit.spi.store.CaseCommit;
import io.casekit.testkit.store.CaseFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private static Notification notification(CaseId caseId, long sequence, String actorId) {
        Recipient recipient = new Recipient(actorId, "Anna", Channel.EMAIL, "anna@example.test", Locale.ENGLISH);
        return new Notification(caseId, sequence, new Message(Notification.idFor(caseId, sequence, actorId, Channel.EMAIL),
                recipient, "subject", "text", Optional.empty(), caseId.value()), AT);
    }

    @Test
    void theIdDependsOnTheCaseTheEventTheRecipientAndTheChannelOnly() {
        CaseId c = CaseId.of("c-1");
        String id = Notification.idFor(c, 3, "anna", Channel.EMAIL);

        assertThat(Notification.idFor(CaseId.of("c-1"), 3, "anna", Channel.EMAIL)).isEqualTo(id);
        assertThat(List.of(Notification.idFor(CaseId.of("c-2"), 3, "anna", Channel.EMAIL),
                Notification.idFor(c, 4, "anna", Channel.EMAIL),
                Notification.idFor(c, 3, "bob", Channel.EMAIL),
                Notification.idFor(c, 3, "anna", Channel.PHONE))).doesNotContain(id).doesNotHaveDuplicates();
        // the parts are delimited: moving text from one part to the next gives another id
        assertThat(Notification.idFor(CaseId.of("a|1"), 1, "x", Channel.EMAIL))
                .isNotEqualTo(Notification.idFor(CaseId.of("a"), 1, "1|x", Channel.EMAIL));
    }

    @Test
    void aMessageWithAnotherIdIsRefused() {
        CaseId c = CaseId.of("c-1");
        Recipient recipient = new Recipient("anna", "Anna", Channel.EMAIL, "anna@example.test", Locale.ENGLISH);
        Message random = new Message("random-id", recipient, "subject", "text", Optional.empty(), "thread");

        assertThatThrownBy(() -> new Notification(c, 1, random, AT)).hasMessageContaining("idFor");
    }

    @Test
    void aCommitCarriesNotificationsOfItsOwnEventsOnceEach() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-1");
        CaseCommit retitle = CaseFixtures.retitle(open.state(), "new title");
        CaseId id = open.state().id();
        Notification ofRetitle = notification(id, 2, "anna");

        assertThat(new CaseCommit(retitle.state(), 1, retitle.events(), List.of(), List.of(ofRetitle)).notifications())
                .containsExactly(ofRetitle);
        assertThatThrownBy(() -> new CaseCommit(retitle.state(), 1, retitle.events(), List.of(), List.of(notification(id, 1, "anna"))))
                .hasMessageContaining("not in this commit");
        assertThatThrownBy(() -> new CaseCommit(retitle.state(), 1, retitle.events(), List.of(),
                List.of(notification(CaseId.of("other"), 2, "anna")))).hasMessageContaining("own case");
        assertThatThrownBy(() -> new CaseCommit(retitle.state(), 1, retitle.events(), List.of(), List.of(ofRetitle, ofRetitle)))
                .hasMessageContaining("at most once");
        assertThat(new CaseCommit(retitle.state(), 1, retitle.events()).notifications()).isEmpty();
    }
}
