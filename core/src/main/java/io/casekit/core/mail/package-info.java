/**
 * Mail into cases: the {@link io.casekit.core.mail.InboundMailRouter} turns a parsed inbound mail
 * into a public comment of the case whose tracking token its subject carries, or into a new case,
 * and refuses, with a reason and without changing anything, what it cannot attribute safely.
 */
@NullMarked
package io.casekit.core.mail;

import org.jspecify.annotations.NullMarked;
