/**
 * The outbox contract: notifications are stored in the same commit as the case change that caused
 * them, then claimed under a lease by one node at a time, delivered, and marked sent, rescheduled or
 * failed; failures stay where a host can see and replay them.
 */
@NullMarked
package io.casekit.spi.outbox;

import org.jspecify.annotations.NullMarked;
