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
 * A request for portal access as a store keeps it (guide 001's access request form). Each decision
 * makes a new version; stores replace a version only by the next one.
 *
 * @param id the request's id, unique
 * @param name the person's name
 * @param email the person's mail address
 * @param company the company the person names, as typed
 * @param phone the person's phone number, if given
 * @param function the person's job, if given
 * @param reason why the person asks
 * @param language the language the person wrote in
 * @param customerId the customer the request is for: named by the form, or chosen by whoever approves
 * @param requestedAt when it was made
 * @param state pending, approved or refused
 * @param decidedBy who approved or refused it; empty while pending
 * @param decidedAt when; empty while pending
 * @param invitationId the invitation the approval sent; empty unless approved
 * @param version 1 when stored first, one more with each change
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record StoredAccessRequest(String id, String name, String email, String company, Optional<String> phone, Optional<String> function,
        String reason, Locale language, Optional<String> customerId, Instant requestedAt, AccessRequestState state,
        Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> invitationId, int version) {

    /**
     * Checks the components.
     *
     * @param id the request's id, unique
     * @param name the person's name
     * @param email the person's mail address
     * @param company the company the person names
     * @param phone the person's phone number, if given
     * @param function the person's job, if given
     * @param reason why the person asks
     * @param language the language the person wrote in
     * @param customerId the customer the request is for, if known
     * @param requestedAt when it was made
     * @param state pending, approved or refused
     * @param decidedBy who decided, present exactly when decided
     * @param decidedAt when, present exactly when decided
     * @param invitationId the invitation sent, present exactly when approved
     * @param version 1 or more
     * @throws IllegalArgumentException if a required text is blank, the decision parts do not match
     *     the state, or the version is below 1
     */
    public StoredAccessRequest {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notBlank(email, "email");
        Checks.notBlank(company, "company");
        Checks.notNull(phone, "phone");
        Checks.notNull(function, "function");
        Checks.notNull(reason, "reason");
        Checks.notNull(language, "language");
        Checks.notNull(customerId, "customerId");
        Checks.notNull(requestedAt, "requestedAt");
        Checks.notNull(state, "state");
        Checks.notNull(decidedBy, "decidedBy");
        Checks.notNull(decidedAt, "decidedAt");
        Checks.notNull(invitationId, "invitationId");
        Checks.positive(version, "version");
        boolean decided = state != AccessRequestState.PENDING;
        if (decidedBy.isPresent() != decided || decidedAt.isPresent() != decided) {
            throw new IllegalArgumentException("decidedBy and decidedAt are present exactly when the request is decided");
        }
        if (invitationId.isPresent() != (state == AccessRequestState.APPROVED)) {
            throw new IllegalArgumentException("invitationId is present exactly when the request is approved");
        }
        if (state == AccessRequestState.APPROVED && customerId.isEmpty()) {
            throw new IllegalArgumentException("an approved request names its customer");
        }
    }

    /**
     * Whether this is a state a store may replace {@code read} with: the same request at the next
     * version. Stores check their {@code update} arguments with it.
     *
     * @param read the request as it was read
     * @return whether this request follows {@code read} by one change
     */
    public boolean follows(StoredAccessRequest read) {
        return id.equals(read.id) && version == read.version + 1;
    }

    /**
     * The request approved, as the next version.
     *
     * @param customer the customer the person was invited to
     * @param by who approved
     * @param at when
     * @param invitation the invitation the approval sent
     * @return the next version
     */
    public StoredAccessRequest approved(String customer, String by, Instant at, String invitation) {
        return new StoredAccessRequest(id, name, email, company, phone, function, reason, language, Optional.of(customer), requestedAt,
                AccessRequestState.APPROVED, Optional.of(by), Optional.of(at), Optional.of(invitation), version + 1);
    }

    /**
     * The request refused, as the next version.
     *
     * @param by who refused
     * @param at when
     * @return the next version
     */
    public StoredAccessRequest refused(String by, Instant at) {
        return new StoredAccessRequest(id, name, email, company, phone, function, reason, language, customerId, requestedAt,
                AccessRequestState.REFUSED, Optional.of(by), Optional.of(at), Optional.empty(), version + 1);
    }
}
