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
package io.casekit.spi.timer;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.CaseId;
import org.apiguardian.api.API;

/**
 * Names a timer: a case has at most one timer of each name, and scheduling a name again replaces it.
 *
 * @param caseId the case
 * @param name what the timer is for, e.g. {@code sla/RESOLUTION/breach}
 */
@API(status = STABLE, since = "0.1.0")
public record TimerKey(CaseId caseId, String name) {

    /**
     * Checks the components.
     *
     * @param caseId the case
     * @param name what the timer is for, e.g. {@code sla/RESOLUTION/breach}
     * @throws IllegalArgumentException if {@code name} is blank or longer than 100 characters
     */
    public TimerKey {
        Checks.notNull(caseId, "timer.caseId");
        Checks.notBlank(name, "timer.name");
        if (name.length() > 100) {
            throw new IllegalArgumentException("timer.name must be at most 100 characters");
        }
    }
}
