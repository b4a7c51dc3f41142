/**
 * The vocabulary every decider speaks: the change a command makes to one case, the decision it is made in (actor, definition, the snapshot loaded before deciding), and the violations it collects. Internal: not part of the API, may change without notice; do not import it.
 */
@NullMarked
package io.casekit.core.change.internal;

import org.jspecify.annotations.NullMarked;
