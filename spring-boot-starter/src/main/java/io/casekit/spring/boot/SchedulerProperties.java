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
package io.casekit.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spring.boot.internal.PositiveDuration;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.apiguardian.api.API;

/** The timer scheduler of this node. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public class SchedulerProperties {

    /** Whether this node fires due timers (SLA warnings and breaches, feedback windows, ...). */
    private boolean enabled = true;

    /** How often the scheduler looks for due timers. */
    @PositiveDuration
    private Duration pollInterval = Duration.ofSeconds(1);

    /** How long this node holds the timers it claimed before other nodes may take them. */
    @PositiveDuration
    private Duration lease = Duration.ofMinutes(1);

    /** How many due timers one claim takes at most. */
    @Min(1)
    private int batchSize = 100;

    /** {@return whether this node fires due timers} */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether this node fires due timers */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@return how often the scheduler looks for due timers} */
    public Duration getPollInterval() {
        return pollInterval;
    }

    /** @param pollInterval how often the scheduler looks for due timers */
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** {@return how long a claim on timers holds} */
    public Duration getLease() {
        return lease;
    }

    /** @param lease how long a claim on timers holds */
    public void setLease(Duration lease) {
        this.lease = lease;
    }

    /** {@return how many timers one claim takes at most} */
    public int getBatchSize() {
        return batchSize;
    }

    /** @param batchSize how many timers one claim takes at most */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
