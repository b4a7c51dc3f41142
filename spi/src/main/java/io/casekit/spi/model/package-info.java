/**
 * The case as it is stored: immutable values shared by the engine and every plug-in.
 */
@NullMarked
package io.casekit.spi.model;

import org.jspecify.annotations.NullMarked;
