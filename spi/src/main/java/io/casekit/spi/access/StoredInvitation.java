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
package io.casekit.spi.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An invitation as a store keeps it: never the invitation code itself, only its SHA-256 (the code
 * carries 128 random bits, so an unsalted hash is safe and lets a store find the invitation by it).
 * Each change makes a new version; stores replace a version only by the next one.
 *
 * @param id the invitation's id, unique
 * @param customerId the customer the invitee becomes a contact of
 * @param email the invitee's mail address
 * @param displayName the invitee's name
 * @param language the language the invitation is written in, and the new contact's
 * @param authorised whether the invitee becomes an authorised contact
 * @param invitedBy the id of the agent or contact who invited
 * @param tokenHash the SHA-256 of the current invitation code, hexadecimal
 * @param issuedAt when the current code was sent
 * @param expiresAt when the current code stops being accepted
 * @param state pending, redeemed or revoked
 * @param contactId the contact that redeemed it; empty until then
 * @param version 1 when stored first, one more with each change
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record StoredInvitation(String id, String customerId, String email, String displayName, Locale language, boolean authorised,
        String invitedBy, String tokenHash, Instant issuedAt, Instant expiresAt, InvitationState state, Optional<String> contactId,
        int version) {

    /**
     * Checks the components.
     *
     * @param id the invitation's id, unique
     * @param customerId the customer the invitee becomes a contact of
     * @param email the invitee's mail address
     * @param displayName the invitee's name
     * @param language the language of the invitation and the new contact
     * @param authorised whether the invitee becomes an authorised contact
     * @param invitedBy who invited
     * @param tokenHash the SHA-256 of the current code, hexadecimal
     * @param issuedAt when the current code was sent
     * @param expiresAt when the current code stops being accepted
     * @param state pending, redeemed or revoked
     * @param contactId the contact that redeemed it, present exactly when redeemed
     * @param version 1 or more
     * @throws IllegalArgumentException if a text is blank, {@code expiresAt} is not after {@code issuedAt},
     *     the contact does not match the state, or the version is below 1
     */
    public StoredInvitation {
        Checks.notBlank(id, "id");
        Checks.notBlank(customerId, "customerId");
        Checks.notBlank(email, "email");
        Checks.notBlank(displayName, "displayName");
        Checks.notNull(language, "language");
        Checks.notBlank(invitedBy, "invitedBy");
        Checks.notBlank(tokenHash, "tokenHash");
        Checks.notNull(issuedAt, "issuedAt");
        Checks.notNull(expiresAt, "expiresAt");
        Checks.notNull(state, "state");
        Checks.notNull(contactId, "contactId");
        Checks.positive(version, "version");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
        if (contactId.isPresent() != (state == InvitationState.REDEEMED)) {
            throw new IllegalArgumentException("contactId is present exactly when the invitation is redeemed");
        }
    }

    /**
     * Whether this is a state a store may replace {@code read} with: the same invitation at the next
     * version. Stores check their {@code update} arguments with it.
     *
     * @param read the invitation as it was read
     * @return whether this invitation follows {@code read} by one change
     */
    public boolean follows(StoredInvitation read) {
        return id.equals(read.id) && version == read.version + 1;
    }

    /**
     * {@return the invitation redeemed by the new contact, as the next version}
     *
     * @param contact the id of the contact the redemption created
     */
    public StoredInvitation redeemedBy(String contact) {
        return new StoredInvitation(id, customerId, email, displayName, language, authorised, invitedBy, tokenHash, issuedAt, expiresAt,
                InvitationState.REDEEMED, Optional.of(contact), version + 1);
    }

    /** {@return the invitation revoked, as the next version} */
    public StoredInvitation revoked() {
        return new StoredInvitation(id, customerId, email, displayName, language, authorised, invitedBy, tokenHash, issuedAt, expiresAt,
                InvitationState.REVOKED, contactId, version + 1);
    }

    /**
     * The invitation with a new code, sent again: the earlier code stops working.
     *
     * @param newTokenHash the SHA-256 of the new code, hexadecimal
     * @param sentAt when the new code is sent
     * @param newExpiry when the new code stops being accepted
     * @return the next version
     */
    public StoredInvitation resent(String newTokenHash, Instant sentAt, Instant newExpiry) {
        return new StoredInvitation(id, customerId, email, displayName, language, authorised, invitedBy, newTokenHash, sentAt, newExpiry,
                state, contactId, version + 1);
    }
}
