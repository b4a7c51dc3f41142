/**
 * How the inbound mail router reads a mail: sender addresses, subjects, tracking tokens. Not API.
 */
@NullMarked
package io.casekit.core.mail.internal;

import org.jspecify.annotations.NullMarked;
