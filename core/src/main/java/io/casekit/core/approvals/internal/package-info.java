/**
 * Approvals: the ledger folded from a case's timeline, the deciders that request, grant and refuse, the filing approval, and the holds a pending approval puts on status rules. Internal: not part of the API, may change without notice; do not import it.
 */
@NullMarked
package io.casekit.core.approvals.internal;

import org.jspecify.annotations.NullMarked;
