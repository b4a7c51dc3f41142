/**
 * The case state machine: the {@link io.casekit.core.cases.CaseService} that runs the
 * {@link io.casekit.core.cases.CaseCommand commands} of portals and back offices (open, change,
 * comment, assign, move, resolve, close, cancel, reopen), and the typed errors it raises.
 */
@NullMarked
package io.casekit.core.cases;

import org.jspecify.annotations.NullMarked;
