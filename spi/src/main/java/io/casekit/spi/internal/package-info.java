/**
 * Implementation detail of the SPI module. Not part of the API: do not import from other modules.
 */
@NullMarked
package io.casekit.spi.internal;

import org.jspecify.annotations.NullMarked;
