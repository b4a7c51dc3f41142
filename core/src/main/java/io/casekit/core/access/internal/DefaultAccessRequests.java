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

import io.casekit.core.access.AccessRefusedException;
import io.casekit.core.access.AccessRefusedException.Reason;
import io.casekit.core.access.AccessRequestForm;
import io.casekit.core.access.AccessRequests;
import io.casekit.core.access.Invite;
import io.casekit.core.access.SentInvitation;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.access.AccessRequestState;
import io.casekit.spi.access.AccessRequestStore;
import io.casekit.spi.access.StoredAccessRequest;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link AccessRequests} of {@link io.casekit.core.Casekit}. Thread-safe. */
public final class DefaultAccessRequests implements AccessRequests {

    private static final Logger LOG = LoggerFactory.getLogger(AccessRequests.class);
    private static final int LIST_LIMIT = 500;

    private final AccessRequestStore store;
    private final IdentityProvider identity;
    private final DefaultInvitations invitations;
    private final Clock clock;
    private final Gatekeeper gatekeeper;

    /**
     * Made by {@link io.casekit.core.Casekit#accessRequests()}.
     *
     * @param store where the requests are kept
     * @param identity who the actors and customers are
     * @param invitations what an approval sends
     * @param clock when requests are made and decided
     * @param definitionOf the definition a customer's new cases get: it says whether its authorised contacts decide
     */
    public DefaultAccessRequests(AccessRequestStore store, IdentityProvider identity, DefaultInvitations invitations, Clock clock,
            Function<String, WorkflowDefinition> definitionOf) {
        this.store = requireNonNull(store, "store");
        this.identity = requireNonNull(identity, "identity");
        this.invitations = requireNonNull(invitations, "invitations");
        this.clock = requireNonNull(clock, "clock");
        this.gatekeeper = new Gatekeeper(identity, requireNonNull(definitionOf, "definitionOf"));
    }

    @Override
    public StoredAccessRequest submit(AccessRequestForm form) {
        requireNonNull(form, "form");
        FieldChecks checks = new FieldChecks("AccessRequestForm").line("name", form.name(), 200).email("email", form.email())
                .line("company", form.company(), 200).line("function", form.function(), 200).text("reason", form.reason(), 2000)
                .require(!form.language().getLanguage().isEmpty(), "language", "Language", "must name a language")
                .require(form.customerId().map(id -> identity.findCustomer(id).isPresent()).orElse(true), "customerId", "Exists",
                        "must be a known customer");
        form.phone().ifPresent(phone -> checks.phone("phone", phone));
        checks.throwIfBroken();
        Instant now = clock.instant();
        String email = form.email().strip();
        if (store.madeSince(email, now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            LOG.info("access request refused: {} from one address in the last hour", PER_HOUR);
            throw new AccessRefusedException(Reason.TOO_MANY_REQUESTS, "too many requests from this address in the last hour; try again later");
        }
        StoredAccessRequest request = new StoredAccessRequest(UUID.randomUUID().toString(), form.name().strip(), email, form.company().strip(),
                form.phone().map(String::strip), form.function().map(String::strip), form.reason().strip(), form.language(), form.customerId(),
                now, AccessRequestState.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), 1);
        store.insert(request);
        LOG.info("access request {} submitted{}", request.id(), request.customerId().map(c -> " for customer " + c).orElse(""));
        return request;
    }

    @Override
    public List<StoredAccessRequest> list(String actorId, Optional<AccessRequestState> state) {
        Actor actor = gatekeeper.mayDecideSome(requireNonNull(actorId, "actorId"));
        return store.list(actor.kind() == ActorKind.AGENT ? Optional.empty() : actor.customerId(), requireNonNull(state, "state"), LIST_LIMIT);
    }

    @Override
    public SentInvitation approve(String actorId, String requestId, String customerId, boolean authorised) {
        requireNonNull(actorId, "actorId");
        requireNonNull(customerId, "customerId");
        while (true) {
            StoredAccessRequest read = pending(actorId, requestId);
            Invite invite = new Invite(customerId, read.email(), read.name(), read.language(), authorised);
            invitations.check(actorId, invite);
            String invitationId = UUID.randomUUID().toString();
            if (store.update(read, read.approved(customerId, actorId, clock.instant(), invitationId))) {
                LOG.info("access request {} approved by {}: invitation {}", read.id(), actorId, invitationId);
                return invitations.send(actorId, invite, invitationId);
            }
        }
    }

    @Override
    public StoredAccessRequest refuse(String actorId, String requestId) {
        requireNonNull(actorId, "actorId");
        while (true) {
            StoredAccessRequest read = pending(actorId, requestId);
            StoredAccessRequest next = read.refused(actorId, clock.instant());
            if (store.update(read, next)) {
                LOG.info("access request {} refused by {}", read.id(), actorId);
                return next;
            }
        }
    }

    /** The request, if the actor may decide it and it is pending. */
    private StoredAccessRequest pending(String actorId, String requestId) {
        Actor actor = gatekeeper.mayDecideSome(actorId);
        StoredAccessRequest request = store.find(requireNonNull(requestId, "requestId"))
                .filter(r -> actor.kind() == ActorKind.AGENT || r.customerId().equals(actor.customerId()))
                .orElseThrow(() -> new AccessDeniedException(actorId, "no such access request"));
        if (request.state() != AccessRequestState.PENDING) {
            LOG.info("access request {}: decided already ({})", request.id(), request.state());
            throw new AccessRefusedException(Reason.USED, "the request was " + request.state().name().toLowerCase(Locale.ROOT) + " already");
        }
        return request;
    }
}
