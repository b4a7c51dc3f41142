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
package io.casekit.core.mail;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Why an inbound mail changed nothing. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum RefusalReason {
    /** The sender address is unreadable, or no actor (or more than one) has it. */
    UNKNOWN_SENDER,
    /** The sender is an agent or the system, not a customer's contact. */
    NOT_A_CONTACT,
    /** The subject has something that starts like a tracking token but is not a valid one. */
    MALFORMED_TOKEN,
    /** The subject names more than one case. */
    AMBIGUOUS_TOKENS,
    /**
     * The token's case number is well-formed, but no case of the sender's customer has it: either no
     * case has it, or a case of another customer does. The two are not told apart, so that a contact
     * cannot learn which numbers exist (the router logs the difference for the desk).
     */
    UNKNOWN_CASE,
    /** The case is resolved or cancelled and takes no comment until it is reopened. */
    CASE_NOT_OPEN,
    /** The mail has no text to add. */
    EMPTY_MESSAGE,
    /** The workflow refused the comment or the new case (see the message). */
    REFUSED_BY_WORKFLOW
}
