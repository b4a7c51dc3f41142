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
package io.casekit.core.access.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import io.casekit.core.access.AccessRefusedException;
import io.casekit.core.access.AccessRefusedException.Reason;
import io.casekit.core.access.Invitation;
import io.casekit.core.access.InvitationPolicy;
import io.casekit.core.access.InvitationStatus;
import io.casekit.core.access.Invitations;
import io.casekit.core.access.Invite;
import io.casekit.core.access.SentInvitation;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.access.InvitationState;
import io.casekit.spi.access.InvitationStore;
import io.casekit.spi.access.StoredInvitation;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.ContactEnrolment;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.identity.NewContact;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Notifier;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Invitations} of {@link io.casekit.core.Casekit}. Thread-safe. */
public final class DefaultInvitations implements Invitations {

    private static final Logger LOG = LoggerFactory.getLogger(Invitations.class);
    private static final BaseEncoding CODE = BaseEncoding.base32().omitPadding();
    private static final int CODE_BYTES = 16;

    private final InvitationStore store;
    private final IdentityProvider identity;
    private final ContactEnrolment enrolment;
    private final Clock clock;
    private final InvitationPolicy policy;
    private final Gatekeeper gatekeeper;
    private final InvitationMail mail;
    private final SecureRandom random = new SecureRandom();

    /**
     * Made by {@link io.casekit.core.Casekit#invitations()}.
     *
     * @param store where the invitations (code hashes) are kept
     * @param identity who the actors and customers are
     * @param enrolment creates the contacts of redeemed invitations
     * @param notifier how the mails are sent, at once
     * @param clock what decides expiry
     * @param policy validity, link and languages
     * @param definitionOf the definition a customer's new cases get: it says whether its authorised contacts may invite
     */
    public DefaultInvitations(InvitationStore store, IdentityProvider identity, ContactEnrolment enrolment, Notifier notifier, Clock clock,
            InvitationPolicy policy, Function<String, WorkflowDefinition> definitionOf) {
        this.store = requireNonNull(store, "store");
        this.identity = requireNonNull(identity, "identity");
        this.enrolment = requireNonNull(enrolment, "enrolment");
        this.clock = requireNonNull(clock, "clock");
        this.policy = requireNonNull(policy, "policy");
        this.gatekeeper = new Gatekeeper(identity, requireNonNull(definitionOf, "definitionOf"));
        this.mail = new InvitationMail(requireNonNull(notifier, "notifier"), policy);
    }

    @Override
    public SentInvitation invite(String actorId, Invite invite) {
        return send(requireNonNull(actorId, "actorId"), requireNonNull(invite, "invite"), UUID.randomUUID().toString());
    }

    /**
     * Checks an invite and the inviter's right to send it, without sending it.
     *
     * @return the inviter
     */
    Actor check(String actorId, Invite invite) {
        Actor inviter = gatekeeper.mayLetIn(actorId, invite.customerId());
        new FieldChecks("Invite")
                .require(identity.findCustomer(invite.customerId()).isPresent(), "customerId", "Exists", "must be a known customer")
                .email("email", invite.email())
                .require(identity.findByEmail(invite.email().strip()).isEmpty(), "email", "Unused", "is the address of a known actor already")
                .line("displayName", invite.displayName(), 200)
                .require(!invite.language().getLanguage().isEmpty(), "language", "Language", "must name a language")
                .throwIfBroken();
        return inviter;
    }

    /** Sends the invite as the invitation with the given id. */
    SentInvitation send(String actorId, Invite invite, String invitationId) {
        Actor inviter = check(actorId, invite);
        String code = newCode();
        Instant now = clock.instant();
        StoredInvitation stored = new StoredInvitation(invitationId, invite.customerId(), invite.email().strip(), invite.displayName().strip(),
                invite.language(), invite.authorised(), inviter.id(), hash(code), now, now.plus(policy.validity()), InvitationState.PENDING,
                Optional.empty(), 1);
        store.insert(stored);
        LOG.info("invitation {} to customer {} sent by {}", stored.id(), stored.customerId(), inviter.id());
        return new SentInvitation(view(stored, now), mailed(stored, code));
    }

    @Override
    public SentInvitation resend(String actorId, String invitationId) {
        requireNonNull(actorId, "actorId");
        while (true) {
            StoredInvitation read = ofActor(actorId, invitationId);
            refuseIfClosed(read);
            String code = newCode();
            Instant now = clock.instant();
            StoredInvitation next = read.resent(hash(code), now, now.plus(policy.validity()));
            if (store.update(read, next)) {
                LOG.info("invitation {} sent again by {}", next.id(), actorId);
                return new SentInvitation(view(next, now), mailed(next, code));
            }
        }
    }

    @Override
    public Invitation revoke(String actorId, String invitationId) {
        requireNonNull(actorId, "actorId");
        while (true) {
            StoredInvitation read = ofActor(actorId, invitationId);
            if (read.state() == InvitationState.REVOKED) {
                return view(read, clock.instant());
            }
            refuseIfClosed(read);
            StoredInvitation next = read.revoked();
            if (store.update(read, next)) {
                LOG.info("invitation {} revoked by {}", next.id(), actorId);
                return view(next, clock.instant());
            }
        }
    }

    @Override
    public Actor redeem(String code) {
        String typed = requireNonNull(code, "code").replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        StoredInvitation read = store.findByTokenHash(hash(typed))
                .orElseThrow(() -> new AccessRefusedException(Reason.NO_CODE, "no invitation has this code"));
        refuseIfClosed(read);
        if (!clock.instant().isBefore(read.expiresAt())) {
            throw refused(read, Reason.EXPIRED, "the invitation expired; ask for it to be sent again");
        }
        Actor contact;
        try {
            contact = enrolment.enrol(new NewContact(read.customerId(), read.email(), read.displayName(), read.language(), read.authorised()));
        } catch (IllegalArgumentException e) {
            // the address is taken: a redemption of this invitation won the race, or someone added the contact meanwhile
            throw refused(read, Reason.USED, "the invitation was used already");
        }
        if (!store.update(read, read.redeemedBy(contact.id()))) {
            LOG.warn("invitation {} changed while contact {} was enrolled for it (revoked or sent again); the contact stays",
                    read.id(), contact.id());
        }
        LOG.info("invitation {} redeemed: contact {}", read.id(), contact.id());
        identity.findActor(read.invitedBy()).ifPresent(inviter -> mail.sendAccepted(inviter, read, customerName(read.customerId())));
        return contact;
    }

    @Override
    public List<Invitation> ofCustomer(String actorId, String customerId) {
        gatekeeper.mayLetIn(requireNonNull(actorId, "actorId"), requireNonNull(customerId, "customerId"));
        Instant now = clock.instant();
        return store.ofCustomer(customerId).stream().map(i -> view(i, now)).toList();
    }

    private StoredInvitation ofActor(String actorId, String invitationId) {
        StoredInvitation found = store.find(requireNonNull(invitationId, "invitationId"))
                .orElseThrow(() -> new AccessDeniedException(actorId, "no such invitation"));
        gatekeeper.mayLetIn(actorId, found.customerId());
        return found;
    }

    private static void refuseIfClosed(StoredInvitation invitation) {
        if (invitation.state() == InvitationState.REDEEMED) {
            throw refused(invitation, Reason.USED, "the invitation was used already");
        }
        if (invitation.state() == InvitationState.REVOKED) {
            throw refused(invitation, Reason.REVOKED, "the invitation was withdrawn");
        }
    }

    private static AccessRefusedException refused(StoredInvitation invitation, Reason reason, String message) {
        LOG.info("invitation {} refused: {}", invitation.id(), reason);
        return new AccessRefusedException(reason, message);
    }

    private DeliveryOutcome mailed(StoredInvitation invitation, String code) {
        String inviterName = identity.findActor(invitation.invitedBy()).map(Actor::displayName).orElse(invitation.invitedBy());
        return mail.sendInvitation(invitation, code, inviterName, customerName(invitation.customerId()));
    }

    private String customerName(String customerId) {
        return identity.findCustomer(customerId).map(Customer::name).orElse(customerId);
    }

    private static Invitation view(StoredInvitation i, Instant now) {
        InvitationStatus status = switch (i.state()) {
            case REDEEMED -> InvitationStatus.REDEEMED;
            case REVOKED -> InvitationStatus.REVOKED;
            case PENDING -> now.isBefore(i.expiresAt()) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
        };
        return new Invitation(i.id(), i.customerId(), i.email(), i.displayName(), i.language(), i.authorised(), i.invitedBy(), i.issuedAt(),
                i.expiresAt(), status, i.contactId());
    }

    private String newCode() {
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        return CODE.encode(bytes);
    }

    /** The SHA-256 of a code: enough for 128 random bits, and it lets the store find the invitation by it. */
    private static String hash(String code) {
        return Hashing.sha256().hashString(code, StandardCharsets.US_ASCII).toString();
    }
}
