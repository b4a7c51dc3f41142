package io.casekit.testkit.notify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Takes a notifier's transport away and brings it back, for the outage tests of a
 * {@link NotifierContract}: stop the server, close the port, cut the network. A notifier that is
 * created or asked to deliver between {@link #begin()} and {@link #end()} must find the transport
 * unreachable; after {@link #end()} it must find it reachable again, at the same place.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Outage {

    /** Makes the transport unreachable. */
    void begin();

    /** Makes the transport reachable again; the suite calls it even when a test fails. */
    void end();
}
