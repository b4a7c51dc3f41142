package io.casekit.spi.model;

/** The kinds of actor that act on cases; transitions say which kinds may take them. */
public enum ActorKind {
    /** Someone of the vendor's service desk. */
    AGENT,
    /** A person of a customer, acting through the portal or by mail. */
    CONTACT,
    /** Casekit itself or the host acting without a person (timers, imports, rules). */
    SYSTEM
}
