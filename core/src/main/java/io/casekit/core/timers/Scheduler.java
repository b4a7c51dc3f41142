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
package io.casekit.core.timers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.observe.Backlog;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Fires due timers. Each pass claims the timers due by the injected clock under a lease (so that
 * other nodes sharing the store leave them alone), fires each one as a system operation on its case,
 * and completes it. A node that dies mid-pass loses its leases when they lapse, and another node
 * fires those timers; firing is idempotent (a timer whose effect is already there records nothing),
 * so a timer acts once even then.
 *
 * <p>Hosts get it from {@link io.casekit.core.Casekit#scheduler()}, start and stop it ({@link
 * #start()}, {@link #stop()}); tests call {@link #runDue()} with a clock they control. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Scheduler extends AutoCloseable {

    /** {@return this node's name in leases} */
    String nodeId();

    /**
     * Fires every timer due now that no other node holds, batch after batch, until none is left.
     *
     * @return how many timers changed their case (stale timers and repeats count as none)
     */
    int runDue();

    /**
     * The timers this scheduler completed because they can never act (their kind no longer exists in
     * their case's definition, or the definition refuses what they ask), oldest first: the last 1,000
     * since this scheduler was made. Each one is also logged at WARN.
     *
     * @return the orphaned timers; empty if there were none
     */
    List<OrphanedTimer> orphanedTimers();

    /**
     * {@return the timers that are due now and not yet fired, and how long the earliest is overdue; empty if the store cannot tell}
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    Optional<Backlog> backlog();

    /** Starts polling for due timers every poll interval on a daemon thread. Idempotent. */
    void start();

    /**
     * Stops polling and waits for the timer under way to be fired; the claims on the rest of the
     * current batch are given back, so that another node fires them at once. Idempotent.
     */
    void stop();

    /** Stops polling, as {@link #stop()}. */
    @Override
    void close();
}
