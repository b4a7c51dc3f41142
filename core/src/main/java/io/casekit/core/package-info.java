/**
 * The entry point: {@link io.casekit.core.Casekit}, built with {@link io.casekit.core.Casekit#builder()}
 * from a store, an identity provider, a clock and workflow definitions.
 */
@NullMarked
package io.casekit.core;

import org.jspecify.annotations.NullMarked;
