/**
 * The SLA clock: {@link io.casekit.core.sla.BusinessCalendar} (a time zone, weekly opening hours,
 * holidays and partial closures) and the business-time arithmetic on it — open at an instant, the
 * next opening, the deadline after a business duration or a number of working days, and the
 * business time between two instants. All instants are UTC; opening hours are local to the
 * calendar's zone (see the class documentation for the daylight-saving rules).
 */
@NullMarked
package io.casekit.core.sla;

import org.jspecify.annotations.NullMarked;
