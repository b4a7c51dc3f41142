/**
 * The immutable events that make up a case's timeline, and the fold that replays them into the case state.
 */
@NullMarked
package io.casekit.spi.event;

import org.jspecify.annotations.NullMarked;
