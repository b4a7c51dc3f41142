/**
 * The timer contract: timers (SLA warnings and breaches, the end of a feedback window) are scheduled
 * and cancelled in the same commit as the case change that caused them, and claimed under a lease
 * so that two nodes never fire the same one at once.
 */
@NullMarked
package io.casekit.spi.timer;

import org.jspecify.annotations.NullMarked;
