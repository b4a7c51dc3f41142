package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kinds of actor that act on cases; transitions say which kinds may take them. */
@API(status = STABLE, since = "0.1.0")
public enum ActorKind {
    /** Someone of the vendor's service desk. */
    AGENT,
    /** A person of a customer, acting through the portal or by mail. */
    CONTACT,
    /** Casekit itself or the host acting without a person (timers, imports, rules). */
    SYSTEM
}
