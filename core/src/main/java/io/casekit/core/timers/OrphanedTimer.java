package io.casekit.core.timers;

import io.casekit.spi.model.CaseId;
import java.time.Instant;

/**
 * A due timer that could never act, completed instead of firing again: what the host lists for its
 * desk (see {@link Scheduler#orphanedTimers()}).
 *
 * @param caseId the timer's case
 * @param timer the timer's stored name
 * @param dueAt when it was due
 * @param reason why it cannot act
 * @param completedAt when the scheduler completed it
 */
public record OrphanedTimer(CaseId caseId, String timer, Instant dueAt, String reason, Instant completedAt) {}
