package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Behaviour a status reason switches on while a case is in it. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum StatusFlag {
    /** The SLA clock stops while the case is in this status. */
    PAUSES_SLA,
    /** The service desk waits for the customer's input. */
    WAITING_ON_CUSTOMER,
    /** The service desk waits for an external supplier. */
    WAITING_ON_SUPPLIER,
    /** Resolved by the desk; waits for the customer's confirmation (starts the feedback window). */
    AWAITING_CONFIRMATION
}
