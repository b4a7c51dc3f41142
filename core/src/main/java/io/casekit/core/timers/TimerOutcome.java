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

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * What firing one due timer came to. Every outcome completes the timer; only a conflict with a
 * concurrent writer ({@link io.casekit.spi.store.ConcurrentCaseUpdateException}, thrown instead)
 * or an outage leaves it to fire again.
 */
@API(status = INTERNAL, since = "0.1.0")
public sealed interface TimerOutcome {

    /** The timer changed its case. */
    record Acted() implements TimerOutcome {}

    /** The timer was stale (rescheduled, cancelled, or its case moved on): it records nothing. */
    record Stale() implements TimerOutcome {}

    /**
     * The timer can never act: its kind no longer exists in its case's definition (an SLA kind
     * renamed, a feedback window removed), its case's definition is not registered, or the
     * definition does not let the system do what it asks. It is completed and listed with {@link
     * Scheduler#orphanedTimers()}, never fired again.
     *
     * @param reason why, for the desk
     */
    record Orphaned(String reason) implements TimerOutcome {}
}
