/**
 * Approvals as a portal shows them: where each approval kind of a case stands ({@link
 * io.casekit.core.approvals.Approval}).
 */
@NullMarked
package io.casekit.core.approvals;

import org.jspecify.annotations.NullMarked;
