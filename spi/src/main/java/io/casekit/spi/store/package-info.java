/**
 * The storage contract: load a case, commit a change atomically under an optimistic version check, read the timeline, hand out case-number sequence values.
 */
@NullMarked
package io.casekit.spi.store;

import org.jspecify.annotations.NullMarked;
