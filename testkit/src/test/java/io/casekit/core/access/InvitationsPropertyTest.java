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

import io.casekit.core.notify.MailDesk;
import io.casekit.spi.identity.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #15: whatever the desk and invitees do, in any order and at any pace, an invitation code is
 * redeemed only while it is its invitation's current code, before expiry, not revoked, and only
 * once; the contact it makes belongs to the customer the invitation was for. Each step's outcome is
 * compared with a small model.
 */
class InvitationsPropertyTest {

    /** One step: invite to Acme or Globex, send again, revoke, redeem the current or a replaced code, or let days pass. */
    enum Step { INVITE_ACME, INVITE_GLOBEX, RESEND, REVOKE, REDEEM, REDEEM_REPLACED, WAIT_5_DAYS }

    /** The model of one invitation. */
    private static final class Sent {
        final String id;
        final String customer;
        final String email;
        String code;
        final List<String> replaced = new ArrayList<>();
        Instant expiresAt;
        boolean revoked;
        boolean redeemed;

        Sent(String id, String customer, String email, String code, Instant expiresAt) {
            this.id = id;
            this.customer = customer;
            this.email = email;
            this.code = code;
            this.expiresAt = expiresAt;
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 200)
    void aCodeIsRedeemedOnlyWhenTheRulesSaySoOnceAndForItsOwnCustomer(@ForAll("steps") List<Step> steps) {
        MailDesk desk = AccessDesks.agentsOnly();
        Invitations invitations = desk.casekit.invitations();
        List<Sent> sent = new ArrayList<>();
        Set<String> redeemedCodes = new HashSet<>();

        for (Step step : steps) {
            Instant now = desk.clock.instant();
            Optional<Sent> last = sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
            switch (step) {
                case WAIT_5_DAYS -> desk.clock.advance(Duration.ofDays(5));
                case INVITE_ACME, INVITE_GLOBEX -> {
                    String customer = step == Step.INVITE_ACME ? "ACME" : "GLOBEX";
                    String email = "invitee" + sent.size() + "@" + customer.toLowerCase(Locale.ROOT) + ".test";
                    SentInvitation made = invitations.invite(MailDesk.ALICE, Invite.to(customer, email, "Invitee " + sent.size()));
                    sent.add(new Sent(made.invitation().id(), customer, email, AccessDesks.codeMailedTo(desk, email),
                            now.plus(Duration.ofDays(14))));
                }
                case RESEND -> last.ifPresent(s -> {
                    Optional<AccessRefusedException.Reason> refusal = outcome(() -> invitations.resend(MailDesk.ALICE, s.id));
                    assertThat(refusal).isEqualTo(s.redeemed ? Optional.of(AccessRefusedException.Reason.USED)
                            : s.revoked ? Optional.of(AccessRefusedException.Reason.REVOKED) : Optional.empty());
                    if (refusal.isEmpty()) {
                        s.replaced.add(s.code);
                        s.code = AccessDesks.codeMailedTo(desk, s.email);
                        s.expiresAt = now.plus(Duration.ofDays(14));
                    }
                });
                case REVOKE -> last.ifPresent(s -> {
                    Optional<AccessRefusedException.Reason> refusal = outcome(() -> invitations.revoke(MailDesk.ALICE, s.id));
                    assertThat(refusal).isEqualTo(s.redeemed ? Optional.of(AccessRefusedException.Reason.USED) : Optional.empty());
                    s.revoked = s.revoked || refusal.isEmpty();
                });
                case REDEEM, REDEEM_REPLACED -> last.ifPresent(s -> {
                    boolean replaced = step == Step.REDEEM_REPLACED && !s.replaced.isEmpty();
                    String code = replaced ? s.replaced.get(0) : s.code;
                    Actor[] contact = new Actor[1];
                    Optional<AccessRefusedException.Reason> refusal = outcome(() -> contact[0] = invitations.redeem(code));
                    AccessRefusedException.Reason expected = replaced ? AccessRefusedException.Reason.NO_CODE
                            : s.redeemed ? AccessRefusedException.Reason.USED
                            : s.revoked ? AccessRefusedException.Reason.REVOKED
                            : !now.isBefore(s.expiresAt) ? AccessRefusedException.Reason.EXPIRED : null;
                    assertThat(refusal).isEqualTo(Optional.ofNullable(expected));
                    if (expected == null) {
                        s.redeemed = true;
                        assertThat(redeemedCodes.add(code)).as("a code redeemed twice").isTrue();
                        assertThat(contact[0].customerId()).contains(s.customer);
                        assertThat(contact[0].email()).contains(s.email);
                    }
                });
                default -> throw new IllegalStateException(step.name());
            }
        }
        for (Sent s : sent) {
            long contacts = desk.directory.contactsOf(s.customer).stream().filter(a -> a.email().equals(Optional.of(s.email))).count();
            assertThat(contacts).isEqualTo(s.redeemed ? 1 : 0);
            String other = s.customer.equals("ACME") ? "GLOBEX" : "ACME";
            assertThat(desk.directory.contactsOf(other)).noneMatch(a -> a.email().equals(Optional.of(s.email)));
        }
    }

    private static Optional<AccessRefusedException.Reason> outcome(Runnable call) {
        try {
            call.run();
            return Optional.empty();
        } catch (AccessRefusedException e) {
            return Optional.of(e.reason());
        }
    }
}
