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
package io.casekit.core.timers.internal;

import io.casekit.core.timers.TimerOutcome;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.TimerStore;

/** What firing one timer does: Casekit's engine runs it as a system operation on its case. */
@FunctionalInterface
public interface TimerAction {
    /**
     * Fires the timer.
     *
     * @param timers the store the timer lives in, for the firing to read other timers of the case
     * @param claimed the claimed timer
     * @return what the firing came to; the scheduler completes the timer whatever it is
     * @throws ConcurrentCaseUpdateException if the case changed meanwhile (the scheduler retries)
     */
    TimerOutcome fire(TimerStore timers, ClaimedTimer claimed);
}
