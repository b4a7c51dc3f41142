/**
 * The case engine behind {@link io.casekit.core.cases.CaseService}. Internal: not part of the API,
 * may change without notice; do not import it.
 */
@NullMarked
package io.casekit.core.cases.internal;

import org.jspecify.annotations.NullMarked;
