/**
 * The case's own lifecycle: opening, edits of its fields, status and stage moves, comments and assignment. Internal: not part of the API, may change without notice; do not import it.
 */
@NullMarked
package io.casekit.core.lifecycle.internal;

import org.jspecify.annotations.NullMarked;
