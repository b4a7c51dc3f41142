/**
 * Runnable programs that show Casekit doing its real job: {@link io.casekit.examples.QuickstartExample}
 * (one case from opened to closed, in memory) and {@link io.casekit.examples.LifecycleBenchmark}
 * (the "lifecycle" benchmark driver, see {@code benchmarks/lifecycle.md}).
 */
@NullMarked
package io.casekit.examples;

import org.jspecify.annotations.NullMarked;
