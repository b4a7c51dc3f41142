/**
 * The SLA clock: instances started, paused, retargeted and ended with a case's changes, their typed timers and how a due timer fires. Internal: not part of the API, may change without notice; do not import it.
 */
@NullMarked
package io.casekit.core.sla.internal;

import org.jspecify.annotations.NullMarked;
