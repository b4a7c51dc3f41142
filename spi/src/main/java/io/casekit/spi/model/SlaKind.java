package io.casekit.spi.model;

/** The promises a case's SLA instances keep track of. */
public enum SlaKind {
    /** The desk reacts (the reaction time of the guides: P1 within 4 hours, ...). */
    FIRST_RESPONSE,
    /** The desk resolves the case. */
    RESOLUTION
}
