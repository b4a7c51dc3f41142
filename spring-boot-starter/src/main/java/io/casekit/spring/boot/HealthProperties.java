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

/** When the health indicators report Casekit as down. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public class HealthProperties {

    /** The outbox is down with more undelivered notifications than this. */
    @Min(0)
    private long outboxMaxPending = 10_000;

    /** The outbox is down when its oldest undelivered notification waited longer than this. */
    @PositiveDuration
    private Duration outboxMaxAge = Duration.ofMinutes(15);

    /** The scheduler is down when the earliest due timer is overdue by more than this. */
    @PositiveDuration
    private Duration schedulerMaxLag = Duration.ofMinutes(5);

    /** {@return the most undelivered notifications that are healthy} */
    public long getOutboxMaxPending() {
        return outboxMaxPending;
    }

    /** @param outboxMaxPending the most undelivered notifications that are healthy */
    public void setOutboxMaxPending(long outboxMaxPending) {
        this.outboxMaxPending = outboxMaxPending;
    }

    /** {@return the longest healthy wait of the oldest undelivered notification} */
    public Duration getOutboxMaxAge() {
        return outboxMaxAge;
    }

    /** @param outboxMaxAge the longest healthy wait of the oldest undelivered notification */
    public void setOutboxMaxAge(Duration outboxMaxAge) {
        this.outboxMaxAge = outboxMaxAge;
    }

    /** {@return the longest healthy lag of the earliest due timer} */
    public Duration getSchedulerMaxLag() {
        return schedulerMaxLag;
    }

    /** @param schedulerMaxLag the longest healthy lag of the earliest due timer */
    public void setSchedulerMaxLag(Duration schedulerMaxLag) {
        this.schedulerMaxLag = schedulerMaxLag;
    }
}
