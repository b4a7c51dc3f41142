/**
 * The notification contract: deliver one rendered message to one recipient and report the outcome.
 */
@NullMarked
package io.casekit.spi.notify;

import org.jspecify.annotations.NullMarked;
