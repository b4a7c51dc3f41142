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
package io.casekit.spring.boot.health;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.outbox.OutboxBacklog;
import io.casekit.spi.store.CaseStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the outbox drains: down when more notifications wait than the threshold, or the oldest has
 * waited longer than allowed (the mail server is down, or no node delivers). Details: the pending
 * count, the oldest's age and the thresholds; never an address or a message.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final Optional<Outbox> outbox;
    private final Clock clock;
    private final long maxPending;
    private final Duration maxAge;
    private final boolean deliversHere;

    /**
     * @param store the store whose outbox is read
     * @param clock the clock the ages are measured by
     * @param maxPending the most pending notifications that are healthy
     * @param maxAge the longest healthy wait of the oldest pending notification
     * @param deliversHere whether this node runs a dispatcher (a detail only)
     */
    public OutboxHealthIndicator(CaseStore store, Clock clock, long maxPending, Duration maxAge, boolean deliversHere) {
        super("Casekit's outbox could not be read");
        this.outbox = requireNonNull(store, "store").outbox();
        this.clock = requireNonNull(clock, "clock");
        this.maxPending = maxPending;
        this.maxAge = requireNonNull(maxAge, "maxAge");
        this.deliversHere = deliversHere;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Optional<OutboxBacklog> read = outbox.flatMap(Outbox::backlog);
        if (read.isEmpty()) {
            builder.unknown().withDetail("reason", outbox.isEmpty() ? "the store has no outbox" : "the outbox cannot tell its backlog");
            return;
        }
        OutboxBacklog backlog = read.get();
        Duration age = backlog.oldestCreatedAt().map(oldest -> Duration.between(oldest, clock.instant()))
                .filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        boolean healthy = backlog.pending() <= maxPending && age.compareTo(maxAge) <= 0;
        (healthy ? builder.up() : builder.down())
                .withDetail("pending", backlog.pending())
                .withDetail("oldestAge", age.toString())
                .withDetail("maxPending", maxPending)
                .withDetail("maxAge", maxAge.toString())
                .withDetail("deliversOnThisNode", deliversHere);
    }
}
