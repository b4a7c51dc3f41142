package io.casekit.core.timers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.CaseId;
import java.time.Instant;
import org.apiguardian.api.API;

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
@API(status = EXPERIMENTAL, since = "0.1.0")
public record OrphanedTimer(CaseId caseId, String timer, Instant dueAt, String reason, Instant completedAt) {}
