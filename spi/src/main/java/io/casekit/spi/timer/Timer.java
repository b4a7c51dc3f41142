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
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A scheduled timer.
 *
 * @param key which timer
 * @param dueAt when it is due
 * @param token a unique value of this scheduling: rescheduling the same key gives a new token, so a
 *     node that claimed an older scheduling can tell it is stale
 */
@API(status = STABLE, since = "0.1.0")
public record Timer(TimerKey key, Instant dueAt, String token) {

    /**
     * Checks the components.
     *
     * @param key which timer
     * @param dueAt when it is due
     * @param token a unique value of this scheduling: rescheduling the same key gives a new token, so
     *     a node that claimed an older scheduling can tell it is stale
     * @throws IllegalArgumentException if {@code token} is blank
     */
    public Timer {
        Checks.notNull(key, "timer.key");
        Checks.notNull(dueAt, "timer.dueAt");
        Checks.notBlank(token, "timer.token");
    }
}
