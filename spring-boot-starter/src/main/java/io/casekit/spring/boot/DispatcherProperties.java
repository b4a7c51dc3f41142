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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.apiguardian.api.API;

/** The notification dispatcher of this node. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public class DispatcherProperties {

    /** Whether this node delivers the outbox's notifications (needs a notifier). */
    private boolean enabled = true;

    /** How often the dispatcher looks for due notifications. */
    @PositiveDuration
    private Duration pollInterval = Duration.ofSeconds(1);

    /** How long this node holds the notifications it claimed before other nodes may take them. */
    @PositiveDuration
    private Duration lease = Duration.ofMinutes(5);

    /** How many due notifications one claim takes at most. */
    @Min(1)
    private int batchSize = 20;

    /** On how many threads a claimed batch is delivered (1 to 64; at most casekit.mail.max-connections is useful). */
    @Min(1)
    @Max(64)
    private int deliveryThreads = 1;

    /** {@return whether this node delivers notifications} */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether this node delivers notifications */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@return how often the dispatcher looks for due notifications} */
    public Duration getPollInterval() {
        return pollInterval;
    }

    /** @param pollInterval how often the dispatcher looks for due notifications */
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** {@return how long a claim on notifications holds} */
    public Duration getLease() {
        return lease;
    }

    /** @param lease how long a claim on notifications holds */
    public void setLease(Duration lease) {
        this.lease = lease;
    }

    /** {@return how many notifications one claim takes at most} */
    public int getBatchSize() {
        return batchSize;
    }

    /** @param batchSize how many notifications one claim takes at most */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /** {@return on how many threads a batch is delivered} */
    public int getDeliveryThreads() {
        return deliveryThreads;
    }

    /** @param deliveryThreads on how many threads a batch is delivered */
    public void setDeliveryThreads(int deliveryThreads) {
        this.deliveryThreads = deliveryThreads;
    }
}
