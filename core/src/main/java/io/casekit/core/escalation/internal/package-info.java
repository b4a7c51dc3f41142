/**
 * Escalation: an agent's step up the ladder, and the level an SLA breach takes a case to. Internal: not part of the API, may change without notice; do not import it.
 */
@NullMarked
package io.casekit.core.escalation.internal;

import org.jspecify.annotations.NullMarked;
