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
