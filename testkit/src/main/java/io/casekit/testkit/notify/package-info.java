/**
 * The contract every {@link io.casekit.spi.notify.Notifier} passes, how a harness stages the failures it checks
 * ({@link io.casekit.testkit.notify.Simulation}, {@link io.casekit.testkit.notify.Outage}), and an in-memory notifier for
 * tests of code that uses one ({@link io.casekit.testkit.notify.RecordingNotifier}).
 */
@NullMarked
package io.casekit.testkit.notify;

import org.jspecify.annotations.NullMarked;
