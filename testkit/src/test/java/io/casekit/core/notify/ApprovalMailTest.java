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
package io.casekit.core.notify;

import static io.casekit.core.notify.MailDesk.ALICE;
import static io.casekit.core.notify.MailDesk.ANNA;
import static io.casekit.core.notify.MailDesk.BOB;
import static io.casekit.core.notify.MailDesk.GINA;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.cases.Approve;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.RefuseApproval;
import io.casekit.core.cases.RequestApproval;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.notify.Message;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The presets tell the customer's authorised contacts what waits for their approval, and the requester the answer. */
class ApprovalMailTest {

    @Test
    void aFixedContactHearsOfACaseThatWaitsForItsApproval() {
        MailDesk desk = new MailDesk("erp-vendor");

        Case c = desk.open(BOB, "Boeking faalt");

        List<Message> toAnna = desk.messagesTo(c.id(), ANNA);
        assertThat(toAnna).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Akkoord gevraagd: Akkoord op de melding voor Boeking faalt");
            assertThat(m.text()).contains(c.number());
        });
        assertThat(desk.messagesTo(c.id(), GINA)).isEmpty();
        assertThat(desk.messagesTo(c.id(), BOB)).extracting(Message::subject).noneMatch(s -> s.contains("pproval needed"));
    }

    @Test
    void theRequesterAndTheOwnerHearTheAnswer() {
        MailDesk desk = new MailDesk("erp-vendor");
        Case c = desk.open(BOB, "Boeking faalt");
        desk.cases().execute(ALICE, new Assign(c.id(), Optional.of(Owner.agent(ALICE))));

        desk.cases().execute(ANNA, new RefuseApproval(c.id(), "filing", "Bob, ask me first."));

        assertThat(desk.messagesTo(c.id(), BOB)).last().satisfies(m -> {
            assertThat(m.subject()).startsWith("Approval answered: Approval of the case for Boeking faalt");
            assertThat(m.text()).contains("Anna Acme", "Bob, ask me first.");
        });
        assertThat(desk.messagesTo(c.id(), ALICE)).last().satisfies(m -> assertThat(m.subject()).startsWith("Approval answered"));
    }

    @Test
    void theEstimateIsMailedWithItsHours() {
        MailDesk desk = new MailDesk("erp-consultancy");
        Case cr = desk.cases().execute(BOB, OpenCase.builder().title("Reminders").description("For cash customers too.")
                .caseType("Change Request").build());

        desk.cases().execute(ALICE, new RequestApproval(cr.id(), "estimate", "16", "Realising the change takes 16 hours."));

        assertThat(desk.messagesTo(cr.id(), ANNA)).last().satisfies(m -> {
            assertThat(m.subject()).startsWith("Akkoord gevraagd: Akkoord op de geschatte uren voor Reminders");
            assertThat(m.text()).contains("16", "Realising the change takes 16 hours.");
        });
        assertThat(desk.messagesTo(cr.id(), BOB)).noneMatch(m -> m.subject().startsWith("Approval needed"));
        desk.cases().execute(ANNA, new Approve(cr.id(), "estimate"));
        assertThat(desk.messagesTo(cr.id(), BOB)).last().satisfies(m -> assertThat(m.subject()).startsWith("Approval answered"));
    }
}
