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

import io.casekit.spi.access.AccessRequestState;
import io.casekit.spi.access.StoredAccessRequest;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Requests for portal access (guide 001: "you can request access for additional users"). Anyone may
 * submit one, at most {@value #PER_HOUR} an hour per mail address; the desk, or the customer's
 * authorised contacts where its definition {@linkplain
 * io.casekit.core.workflow.WorkflowDefinition#contactsMayInvite allows it}, list them and approve or
 * refuse each once. Approving sends the invitation.
 *
 * <p>Hosts get it from {@link io.casekit.core.Casekit#accessRequests()}. Thread-safe; safe on several
 * nodes sharing a store.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface AccessRequests {

    /** How many requests one mail address may submit in any hour. */
    int PER_HOUR = 3;

    /**
     * Submits a request. The portal calls it for a person who is not signed in.
     *
     * @param form what the person filled in
     * @return the request, pending
     * @throws io.casekit.core.cases.CommandValidationException naming each field that breaks a rule
     * @throws AccessRefusedException {@link AccessRefusedException.Reason#TOO_MANY_REQUESTS} if the
     *     address submitted {@value #PER_HOUR} requests in the last hour
     */
    StoredAccessRequest submit(AccessRequestForm form);

    /**
     * The requests an actor may decide, newest first: every request for an agent, its customer's for
     * an authorised contact whose definition allows it (at most 500).
     *
     * @param actorId who asks
     * @param state only those in this state; empty for all
     * @return the requests
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may decide no requests
     */
    List<StoredAccessRequest> list(String actorId, Optional<AccessRequestState> state);

    /**
     * Approves a pending request and sends the person an invitation.
     *
     * @param actorId who approves: an agent, or an authorised contact of the customer if its definition allows
     * @param requestId the request
     * @param customerId the customer the person becomes a contact of (an authorised contact can only name its own)
     * @param authorised whether the person becomes an authorised contact
     * @return the invitation sent and how its mail went
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not decide the request or invite to the customer
     * @throws AccessRefusedException {@link AccessRefusedException.Reason#USED} if it was decided already
     * @throws io.casekit.core.cases.CommandValidationException if the invitation breaks a rule (the
     *     address became a contact meanwhile, say); the request stays pending then
     */
    SentInvitation approve(String actorId, String requestId, String customerId, boolean authorised);

    /**
     * Refuses a pending request. The person is not told by Casekit.
     *
     * @param actorId who refuses: an agent, or an authorised contact of the request's customer if its definition allows
     * @param requestId the request
     * @return the request, refused
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not decide the request
     * @throws AccessRefusedException {@link AccessRefusedException.Reason#USED} if it was decided already
     */
    StoredAccessRequest refuse(String actorId, String requestId);
}
