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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A notification and how its delivery went so far, as the outbox reports it.
 *
 * @param notification the notification
 * @param state pending, sent or failed
 * @param attempts how many delivery attempts ended (successful or not)
 * @param nextAttemptAt when a pending notification is due; for a sent or failed one, when it ended
 * @param lastFailure why the last attempt failed, if it did (without secrets)
 */
@API(status = STABLE, since = "0.1.0")
public record OutboxEntry(Notification notification, DeliveryState state, int attempts, Instant nextAttemptAt,
        Optional<String> lastFailure) {

    /**
     * Checks the components.
     *
     * @param notification the notification
     * @param state pending, sent or failed
     * @param attempts how many delivery attempts ended (successful or not)
     * @param nextAttemptAt when a pending notification is due; for a sent or failed one, when it ended
     * @param lastFailure why the last attempt failed, if it did (without secrets)
     * @throws IllegalArgumentException if {@code attempts} is negative
     */
    public OutboxEntry {
        Checks.notNull(notification, "notification");
        Checks.notNull(state, "state");
        Checks.notNegative(attempts, "attempts");
        Checks.notNull(nextAttemptAt, "nextAttemptAt");
        Checks.notNull(lastFailure, "lastFailure");
    }

    /** {@return the notification's id, the message id of its message} */
    public String id() {
        return notification.id();
    }
}
