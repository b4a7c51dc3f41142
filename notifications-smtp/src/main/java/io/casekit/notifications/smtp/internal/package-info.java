/**
 * Implementation detail of the SMTP plug-in. Not part of the API: do not import it; it may change
 * without notice.
 */
@NullMarked
package io.casekit.notifications.smtp.internal;

import org.jspecify.annotations.NullMarked;
