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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.identity.Actor;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Invitations to a customer's portal (guide 000: "Sign up with an invitation code"). An agent, or an
 * authorised contact of the customer where the customer's definition {@linkplain
 * io.casekit.core.workflow.WorkflowDefinition#contactsMayInvite allows it}, invites a person by mail
 * address. The invitation code carries 128 random bits, is mailed at once (never through the outbox,
 * so it is never stored in clear) and kept only as its SHA-256; it is accepted once, until it
 * expires, unless revoked; sending again replaces the code. Redeeming creates the contact through
 * the host's {@link io.casekit.spi.identity.ContactEnrolment} and tells the inviter.
 *
 * <p>Hosts get it from {@link io.casekit.core.Casekit#invitations()}. Thread-safe; safe on several
 * nodes sharing a store.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface Invitations {

    /**
     * Invites a person and mails the invitation in the invite's language.
     *
     * @param actorId who invites: an agent, or an authorised contact of the customer if its definition allows
     * @param invite who to invite
     * @return the invitation and how its mail went
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not invite to the customer
     * @throws io.casekit.core.cases.CommandValidationException naming each field that breaks a rule (an
     *     unknown customer, a malformed or already known mail address, a blank or multi-line name)
     */
    SentInvitation invite(String actorId, Invite invite);

    /**
     * Sends a pending or expired invitation again, with a new code and a new validity; the earlier code stops working.
     *
     * @param actorId who sends: an agent, or an authorised contact of the customer if its definition allows
     * @param invitationId the invitation
     * @return the invitation and how its mail went
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not invite to the customer, or the invitation is unknown
     * @throws AccessRefusedException {@link AccessRefusedException.Reason#USED} if it was redeemed, {@link
     *     AccessRefusedException.Reason#REVOKED} if it was revoked
     */
    SentInvitation resend(String actorId, String invitationId);

    /**
     * Withdraws an invitation; its code stops working. Revoking a revoked invitation changes nothing.
     *
     * @param actorId who revokes: an agent, or an authorised contact of the customer if its definition allows
     * @param invitationId the invitation
     * @return the invitation, revoked
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not invite to the customer, or the invitation is unknown
     * @throws AccessRefusedException {@link AccessRefusedException.Reason#USED} if it was redeemed
     */
    Invitation revoke(String actorId, String invitationId);

    /**
     * Redeems an invitation code: creates the contact and tells the inviter.
     *
     * @param code the code from the mail; letter case, blanks and dashes are ignored
     * @return the new contact
     * @throws AccessRefusedException {@link AccessRefusedException.Reason#NO_CODE} if no invitation has
     *     the code, {@link AccessRefusedException.Reason#EXPIRED}, {@link AccessRefusedException.Reason#USED}
     *     or {@link AccessRefusedException.Reason#REVOKED}
     */
    Actor redeem(String code);

    /**
     * The invitations to a customer, newest first.
     *
     * @param actorId who asks: an agent, or an authorised contact of the customer if its definition allows
     * @param customerId the customer
     * @return the invitations
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not invite to the customer
     */
    List<Invitation> ofCustomer(String actorId, String customerId);
}
