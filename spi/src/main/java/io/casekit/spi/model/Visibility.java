package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who may read a comment. */
@API(status = STABLE, since = "0.1.0")
public enum Visibility {
    /** The customer's contacts and the agents. */
    PUBLIC,
    /** Agents only: never shown or sent to a contact. */
    INTERNAL
}
