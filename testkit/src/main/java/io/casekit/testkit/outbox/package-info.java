/**
 * The contract every {@link io.casekit.spi.outbox.Outbox} passes: notifications are stored with their commit and
 * claimed under a lease by one node at a time.
 */
@NullMarked
package io.casekit.testkit.outbox;

import org.jspecify.annotations.NullMarked;
