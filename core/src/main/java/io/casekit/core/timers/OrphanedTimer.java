/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
