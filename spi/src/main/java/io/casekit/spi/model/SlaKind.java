package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The promises a case's SLA instances keep track of. */
@API(status = STABLE, since = "0.1.0")
public enum SlaKind {
    /** The desk reacts (the reaction time of the guides: P1 within 4 hours, ...). */
    FIRST_RESPONSE,
    /** The desk resolves the case. */
    RESOLUTION
}
