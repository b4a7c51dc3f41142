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
import org.apiguardian.api.API;

/**
 * A due notification that one node claimed: no other node claims it until the lease ends. Only the
 * holder of the claim's {@link #leaseToken()} can end the attempt, and only until another node claims
 * the notification after the lease lapsed.
 *
 * @param notification the notification
 * @param attempts how many attempts ended before this one
 * @param owner the claiming node
 * @param leaseUntil when the claim lapses if the attempt has not ended
 * @param leaseToken a unique value of this claim
 */
@API(status = STABLE, since = "0.1.0")
public record ClaimedNotification(Notification notification, int attempts, String owner, Instant leaseUntil, String leaseToken) {

    /**
     * Checks the components.
     *
     * @param notification the notification
     * @param attempts how many attempts ended before this one
     * @param owner the claiming node
     * @param leaseUntil when the claim lapses if the attempt has not ended
     * @param leaseToken a unique value of this claim
     * @throws IllegalArgumentException if {@code attempts} is negative, or {@code owner} or {@code
     *     leaseToken} is blank
     */
    public ClaimedNotification {
        Checks.notNull(notification, "notification");
        Checks.notNegative(attempts, "attempts");
        Checks.notBlank(owner, "owner");
        Checks.notNull(leaseUntil, "leaseUntil");
        Checks.notBlank(leaseToken, "leaseToken");
    }

    /** {@return the notification's id, the message id of its message} */
    public String id() {
        return notification.id();
    }
}
