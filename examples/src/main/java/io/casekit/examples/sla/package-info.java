/**
 * Benchmarks of the SLA clock: {@link io.casekit.examples.sla.DeadlineBenchmark} (deadline
 * computation on a realistic business calendar, against naive minute stepping).
 */
@NullMarked
package io.casekit.examples.sla;

import org.jspecify.annotations.NullMarked;
