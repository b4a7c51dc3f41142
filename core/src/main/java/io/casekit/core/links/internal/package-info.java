/**
 * Merges, links, follow-ups, and what closing a parent does to its children. Internal: not part of the API, may change without notice; do not import it.
 */
@NullMarked
package io.casekit.core.links.internal;

import org.jspecify.annotations.NullMarked;
