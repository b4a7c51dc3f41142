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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * Something a case may need an authorised contact of its customer to approve (guide 002: a case
 * filed by someone else; guide 003: the hours of an analysis, an estimate, the conditions of a
 * consultancy request). Agents (or the system) request it, an authorised contact of the case's
 * customer grants or refuses it; stages may be gated by it.
 *
 * @param code the code commands and events use, e.g. {@code estimate}
 * @param labels the display texts
 * @param subject what a request names as the thing to approve
 * @param requestedOnOpening the case types whose cases request this approval when they are opened
 *     (e.g. the conditions of a Consultant Request); empty: only on request
 * @param holdsWork whether a case waits while this approval is pending: it may be cancelled, but not
 *     move to another open or to a resolved status (guide 003: no work on a consultancy request before
 *     the customer accepts the conditions)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ApprovalKind(String code, Labels labels, ApprovalSubject subject, Set<String> requestedOnOpening,
        boolean holdsWork) {

    /**
     * A kind that does not hold the case while pending.
     *
     * @param code the code commands and events use
     * @param labels the display texts
     * @param subject what a request names as the thing to approve
     * @param requestedOnOpening the case types whose cases request this approval when opened
     */
    public ApprovalKind(String code, Labels labels, ApprovalSubject subject, Set<String> requestedOnOpening) {
        this(code, labels, subject, requestedOnOpening, false);
    }

    /**
     * Checks that the parts are present and copies the collections. The codes are checked against the
     * definition when it is built.
     *
     * @param code the code commands and events use, e.g. {@code estimate}
     * @param labels the display texts
     * @param subject what a request names as the thing to approve
     * @param requestedOnOpening the case types whose cases request this approval when they are opened
     *     (e.g. the conditions of a Consultant Request); empty: only on request
     * @param holdsWork whether a case waits while this approval is pending: it may be cancelled, but
     *     not move to another open or to a resolved status (guide 003: no work on a consultancy request
     *     before the customer accepts the conditions)
     */
    public ApprovalKind {
        requireNonNull(code, "approval.code");
        requireNonNull(labels, "approval.labels");
        requireNonNull(subject, "approval.subject");
        requestedOnOpening = Set.copyOf(requestedOnOpening);
    }

    /**
     * A kind with an English label, requested by agents only.
     *
     * @param code the code commands and events use
     * @param label the English display text
     * @param subject what a request names as the thing to approve
     * @return the approval kind
     */
    public static ApprovalKind of(String code, String label, ApprovalSubject subject) {
        return new ApprovalKind(code, Labels.of("en", label), subject, Set.of());
    }

    /**
     * This kind, requested as soon as a case of one of these types is opened.
     *
     * @param caseTypes the case type codes
     * @return a new one; this one is unchanged
     */
    public ApprovalKind requestedOnOpening(String... caseTypes) {
        return new ApprovalKind(code, labels, subject, Set.of(caseTypes), holdsWork);
    }

    /** {@return this kind, holding the case while pending: a new one; this one is unchanged} */
    public ApprovalKind holdingWork() {
        return new ApprovalKind(code, labels, subject, requestedOnOpening, true);
    }
}
