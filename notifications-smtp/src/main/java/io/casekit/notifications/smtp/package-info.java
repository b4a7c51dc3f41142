/**
 * The SMTP notification plug-in: {@link io.casekit.notifications.smtp.SmtpNotifier} delivers
 * Casekit's rendered messages as mail over SMTP with Jakarta Mail (Angus).
 */
@NullMarked
package io.casekit.notifications.smtp;

import org.jspecify.annotations.NullMarked;
