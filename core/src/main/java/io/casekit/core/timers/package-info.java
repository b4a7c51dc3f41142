/**
 * The {@link io.casekit.core.timers.Scheduler} that fires due timers (SLA warnings and breaches, the
 * end of feedback windows) as ordinary system operations on their cases, safely on several nodes.
 */
@NullMarked
package io.casekit.core.timers;

import org.jspecify.annotations.NullMarked;
