/**
 * Stateful properties of the case lifecycle that run Casekit on any store: random command sequences by
 * random actors against each preset, checked after every step.
 */
@NullMarked
package io.casekit.testkit.lifecycle;

import org.jspecify.annotations.NullMarked;
