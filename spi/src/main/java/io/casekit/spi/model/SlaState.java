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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where an SLA instance stands. */
@API(status = STABLE, since = "0.1.0")
public enum SlaState {
    /** The clock runs and the warning time has not come. */
    IN_PROGRESS,
    /** The clock runs and the warning time has passed. */
    NEARING_BREACH,
    /** The clock stands still while the case waits (on the customer, a supplier, a confirmation). */
    PAUSED,
    /** The promise was kept. */
    SUCCEEDED,
    /** The deadline passed before the promise was kept. */
    BREACHED,
    /** The promise no longer applies (the case was cancelled). */
    CANCELLED;

    /** {@return whether the clock still matters: in progress, nearing breach or paused} */
    public boolean isActive() {
        return this == IN_PROGRESS || this == NEARING_BREACH || this == PAUSED;
    }
}
