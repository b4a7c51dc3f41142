/**
 * Delivery of the notifications the case engine stores in the outbox: the {@link
 * io.casekit.core.notify.Dispatcher} claims due ones under a lease, hands them to the host's
 * notifier, retries with exponential backoff ({@link io.casekit.core.notify.RetryPolicy}), and keeps
 * what cannot be delivered where the host can see and replay it.
 */
@NullMarked
package io.casekit.core.notify;

import org.jspecify.annotations.NullMarked;
