package io.casekit.spi.model;

/** Who may read a comment. */
public enum Visibility {
    /** The customer's contacts and the agents. */
    PUBLIC,
    /** Agents only: never shown or sent to a contact. */
    INTERNAL
}
