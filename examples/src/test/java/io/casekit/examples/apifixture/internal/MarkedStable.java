package io.casekit.examples.apifixture.internal;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A type of an internal package that claims to be stable: the architecture test checks that its
 * rule rejects it. Its package holds nothing else.
 */
@API(status = STABLE, since = "0.1.0")
public final class MarkedStable {

    private MarkedStable() {}
}
