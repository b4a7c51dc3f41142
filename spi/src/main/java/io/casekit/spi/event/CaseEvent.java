package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One immutable entry of a case's timeline. Every change to a case is recorded as one or more
 * events, committed atomically with the new case state; the timeline a portal shows is the case's
 * event list in {@link EventHeader#sequence()} order.
 *
 * <p>The set of events is closed: a store can persist each kind, and {@link CaseHistory} replays
 * any timeline into the case state.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface CaseEvent permits CaseOpened, CaseChange {

    /** {@return the case, position in the timeline, version, time and actor of this event} */
    EventHeader header();
}
