package io.casekit.spi.outbox;

/** Where a notification is on its way to its recipient. */
public enum DeliveryState {
    /** Not delivered yet: due at its next attempt time. */
    PENDING,
    /** Delivered; never sent again. */
    SENT,
    /** Given up on (a permanent failure, or too many attempts); waits for a host to replay it. */
    FAILED
}
