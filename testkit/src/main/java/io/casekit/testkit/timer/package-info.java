/**
 * The contract every {@link io.casekit.spi.timer.TimerStore} passes: timers change with case commits and are claimed
 * under a lease by one node at a time.
 */
@NullMarked
package io.casekit.testkit.timer;

import org.jspecify.annotations.NullMarked;
