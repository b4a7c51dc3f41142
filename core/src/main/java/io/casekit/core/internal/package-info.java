/** Plumbing that several core packages share; not part of the API. */
@NullMarked
package io.casekit.core.internal;

import org.jspecify.annotations.NullMarked;
