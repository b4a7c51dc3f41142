package io.casekit.spi.outbox;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a notification is on its way to its recipient. */
@API(status = STABLE, since = "0.1.0")
public enum DeliveryState {
    /** Not delivered yet: due at its next attempt time. */
    PENDING,
    /** Delivered; never sent again. */
    SENT,
    /** Given up on (a permanent failure, or too many attempts); waits for a host to replay it. */
    FAILED
}
