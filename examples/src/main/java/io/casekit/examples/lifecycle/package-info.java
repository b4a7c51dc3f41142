/**
 * The parts of the "lifecycle" benchmark: the exact {@link io.casekit.examples.lifecycle.Workload},
 * the {@link io.casekit.examples.lifecycle.LifecycleTarget} contract that each measured
 * implementation fulfils (Casekit on a store, and the floor: the least work that does the same
 * thing on the same storage), one measured run ({@link io.casekit.examples.lifecycle.LifecycleRun})
 * and its statistics. The driver is {@link io.casekit.examples.LifecycleBenchmark}.
 */
@NullMarked
package io.casekit.examples.lifecycle;

import org.jspecify.annotations.NullMarked;
