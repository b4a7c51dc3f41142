/**
 * The identity contract: who an actor is, which customer it belongs to and how it wants to be reached.
 */
@NullMarked
package io.casekit.spi.identity;

import org.jspecify.annotations.NullMarked;
