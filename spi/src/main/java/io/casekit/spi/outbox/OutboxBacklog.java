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
package io.casekit.spi.outbox;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The notifications an outbox still has to deliver: for health checks and metrics.
 *
 * @param pending how many notifications are pending (due now or later, claimed or not)
 * @param oldestCreatedAt when the oldest pending notification's change was committed; empty if none is pending
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record OutboxBacklog(long pending, Optional<Instant> oldestCreatedAt) {

    /**
     * Checks the components.
     *
     * @param pending how many notifications are pending, 0 or more
     * @param oldestCreatedAt the oldest pending one's creation, present exactly when one is pending
     * @throws IllegalArgumentException if the count is negative or does not match the oldest
     */
    public OutboxBacklog {
        Checks.notNegative(pending, "pending");
        Checks.notNull(oldestCreatedAt, "oldestCreatedAt");
        if (oldestCreatedAt.isPresent() != (pending > 0)) {
            throw new IllegalArgumentException("oldestCreatedAt is present exactly when a notification is pending");
        }
    }
}
