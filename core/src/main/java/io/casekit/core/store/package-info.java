/** The in-memory {@link io.casekit.spi.store.CaseStore}: for tests, examples and embedded use without a database. */
@NullMarked
package io.casekit.core.store;

import org.jspecify.annotations.NullMarked;
