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
package io.casekit.core.approvals;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.ActorRef;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where one approval kind stands on a case: its latest request and the decision on it, as a portal
 * shows them ("Waiting for your approval: 16 hours"). Read with {@link io.casekit.core.cases.CaseService#approvals}.
 *
 * @param kind the approval kind's code
 * @param status pending, granted or refused
 * @param subject what is (or was) to be approved, e.g. the hours, if the kind has a subject
 * @param comment the request's explanation, if any
 * @param requestedBy who asked (an agent, the system, or the filer of a case that waits for its
 *     filing approval)
 * @param requestedAt when
 * @param decidedBy the authorised contact who decided, unless pending
 * @param decidedAt when, unless pending
 * @param refusalReason why it was refused, if it was
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Approval(
        String kind,
        Status status,
        Optional<String> subject,
        Optional<String> comment,
        ActorRef requestedBy,
        Instant requestedAt,
        Optional<ActorRef> decidedBy,
        Optional<Instant> decidedAt,
        Optional<String> refusalReason) {

    /** Where a request stands. */
    public enum Status {
        /** Waiting for an authorised contact's decision. */
        PENDING,
        /** Approved. */
        GRANTED,
        /** Refused. */
        REFUSED
    }

    /**
     * Checks that the decision parts agree with the status.
     *
     * @param kind the approval kind's code
     * @param status pending, granted or refused
     * @param subject what is (or was) to be approved, e.g. the hours, if the kind has a subject
     * @param comment the request's explanation, if any
     * @param requestedBy who asked (an agent, the system, or the filer of a case that waits for its
     *     filing approval)
     * @param requestedAt when
     * @param decidedBy the authorised contact who decided, unless pending
     * @param decidedAt when, unless pending
     * @param refusalReason why it was refused, if it was
     * @throws IllegalArgumentException if a pending approval has a decider or decision time, a decided
     *     one lacks either, or a refusal reason is present on anything but a refused approval
     */
    public Approval {
        requireNonNull(kind, "kind");
        requireNonNull(status, "status");
        requireNonNull(subject, "subject");
        requireNonNull(comment, "comment");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(requestedAt, "requestedAt");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(decidedAt, "decidedAt");
        requireNonNull(refusalReason, "refusalReason");
        if ((status == Status.PENDING) != decidedBy.isEmpty() || decidedBy.isPresent() != decidedAt.isPresent()) {
            throw new IllegalArgumentException("a pending approval has no decision, a decided one has who and when");
        }
        if (refusalReason.isPresent() != (status == Status.REFUSED)) {
            throw new IllegalArgumentException("only a refused approval has a refusal reason");
        }
    }
}
