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
import io.casekit.spi.access.AccessRequestState;
import io.casekit.spi.access.StoredAccessRequest;
import io.casekit.spi.identity.Actor;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue #15: requests for portal access, decided once by the desk or the customer's authorised contacts. */
class AccessRequestsTest {

    private static final String JAN = "jan@acme.test";

    private final MailDesk desk = AccessDesks.agentsOnly();
    private final AccessRequests requests = desk.casekit.accessRequests();

    private static AccessRequestForm jansForm() {
        return AccessRequestForm.of("Jan Jansen", JAN, "Acme", "I log our incidents.").withPhone("+32 2 555 01 23")
                .withFunction("IT manager").withLanguage(Locale.FRENCH);
    }

    @Test
    void anApprovedRequestSendsAnInvitationThatMakesThePersonAContact() {
        StoredAccessRequest made = requests.submit(jansForm());
        assertThat(requests.list(MailDesk.ALICE, Optional.of(AccessRequestState.PENDING))).containsExactly(made);

        SentInvitation sent = requests.approve(MailDesk.ALICE, made.id(), "ACME", true);

        assertThat(AccessDesks.lastMailTo(desk, JAN).subject()).isEqualTo("Votre invitation au portail de Acme NV");
        StoredAccessRequest approved = requests.list(MailDesk.ALICE, Optional.empty()).get(0);
        assertThat(approved.state()).isEqualTo(AccessRequestState.APPROVED);
        assertThat(approved.invitationId()).contains(sent.invitation().id());
        assertThat(approved.decidedBy()).contains(MailDesk.ALICE);
        Actor jan = desk.casekit.invitations().redeem(AccessDesks.codeMailedTo(desk, JAN));
        assertThat(jan.authorisedContact()).isTrue();
        assertThat(jan.displayName()).isEqualTo("Jan Jansen");
        assertThatThrownBy(() -> requests.approve(MailDesk.CLEO, made.id(), "ACME", false)).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.USED));
    }

    @Test
    void aRefusedRequestIsDecidedForGoodAndSendsNothing() {
        StoredAccessRequest made = requests.submit(jansForm());

        StoredAccessRequest refused = requests.refuse(MailDesk.ALICE, made.id());

        assertThat(refused.state()).isEqualTo(AccessRequestState.REFUSED);
        assertThat(requests.list(MailDesk.CLEO, Optional.of(AccessRequestState.PENDING))).isEmpty();
        assertThatThrownBy(() -> requests.approve(MailDesk.ALICE, made.id(), "ACME", false)).isInstanceOf(AccessRefusedException.class);
        assertThat(desk.notifier.deliveredTo(JAN)).isEmpty();
    }

    @Test
    void anAddressMaySubmitThreeRequestsAnHour() {
        requests.submit(jansForm());
        requests.submit(jansForm());
        requests.submit(jansForm());

        assertThatThrownBy(() -> requests.submit(AccessRequestForm.of("Jan", "JAN@acme.test", "Acme", ""))).isInstanceOfSatisfying(
                AccessRefusedException.class, e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.TOO_MANY_REQUESTS));
        desk.clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(requests.submit(jansForm()).state()).isEqualTo(AccessRequestState.PENDING);
        assertThat(requests.list(MailDesk.ALICE, Optional.empty())).hasSize(4);
    }

    @Test
    void badFormsNameEachFieldAndRuleAndStoreNothing() {
        AccessRequestForm bad = new AccessRequestForm(" ", "jan@", "Acme\u202E", Optional.of("call me"), Optional.empty(), "x".repeat(2001),
                Locale.ENGLISH, Optional.of("NO-SUCH"));

        assertThatThrownBy(() -> requests.submit(bad)).isInstanceOfSatisfying(CommandValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(tuple("name", "Line"),
                        tuple("email", "Email"), tuple("company", "Line"), tuple("phone", "Phone"), tuple("reason", "Text"),
                        tuple("customerId", "Exists")));
        assertThat(requests.list(MailDesk.ALICE, Optional.empty())).isEmpty();
    }

    @Test
    void contactsDecideNothingUnlessTheDefinitionAllowsAndThenOnlyTheirCustomersRequests() {
        requests.submit(jansForm().forCustomer("ACME"));
        assertThatThrownBy(() -> requests.list(MailDesk.ANNA, Optional.empty())).isInstanceOf(AccessDeniedException.class);

        MailDesk selfService = AccessDesks.contactsMayInvite();
        AccessRequests theirs = selfService.casekit.accessRequests();
        StoredAccessRequest forAcme = theirs.submit(jansForm().forCustomer("ACME"));
        StoredAccessRequest forGlobex = theirs.submit(AccessRequestForm.of("Greta", "greta@globex.test", "Globex", "").forCustomer("GLOBEX"));
        StoredAccessRequest unnamed = theirs.submit(AccessRequestForm.of("Una", "una@example.test", "Who knows", ""));

        assertThat(theirs.list(MailDesk.ANNA, Optional.empty())).containsExactly(forAcme);
        assertThat(theirs.list(MailDesk.ALICE, Optional.empty())).containsExactly(unnamed, forGlobex, forAcme);
        assertThatThrownBy(() -> theirs.list(MailDesk.BOB, Optional.empty())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> theirs.approve(MailDesk.ANNA, forGlobex.id(), "ACME", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> theirs.approve(MailDesk.ANNA, unnamed.id(), "ACME", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> theirs.refuse(MailDesk.ANNA, forGlobex.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(theirs.approve(MailDesk.ANNA, forAcme.id(), "ACME", false).invitation().invitedBy()).isEqualTo(MailDesk.ANNA);
        assertThat(theirs.approve(MailDesk.ALICE, unnamed.id(), "GLOBEX", false).invitation().customerId()).isEqualTo("GLOBEX");
    }

    @Test
    void anApprovalTheInvitationCannotFollowLeavesTheRequestPending() {
        StoredAccessRequest made = requests.submit(AccessRequestForm.of("Bob", "bob@acme.test", "Acme", "I lost my login."));

        assertThatThrownBy(() -> requests.approve(MailDesk.ALICE, made.id(), "ACME", false)).isInstanceOfSatisfying(
                CommandValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("email"));
        assertThat(requests.list(MailDesk.ALICE, Optional.empty())).containsExactly(made);
    }
}
