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
package io.casekit.core.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one pass of background work (firing due timers, delivering due mail) every poll interval on
 * a daemon thread of its own, until stopped. A pass that throws is logged and the next one runs on
 * time. Thread-safe; start and stop are idempotent.
 */
public final class PollingLoop {

    private static final Logger LOG = LoggerFactory.getLogger(PollingLoop.class);

    private final String name;
    private final Duration interval;
    private final Duration stopTimeout;
    private final Runnable pass;
    private @Nullable ScheduledExecutorService executor;
    private volatile boolean stopping;

    /**
     * @param name the loop's name in thread names and logs, e.g. {@code casekit-scheduler-node-1}
     * @param interval the pause between the end of one pass and the start of the next
     * @param stopTimeout how long {@link #stop()} waits for a running pass before interrupting it
     * @param pass the work of one pass
     */
    public PollingLoop(String name, Duration interval, Duration stopTimeout, Runnable pass) {
        this.name = name;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, was " + interval);
        }
        this.interval = interval;
        this.stopTimeout = stopTimeout;
        this.pass = pass;
    }

    /** Starts polling; the first pass runs at once. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::runPass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
        LOG.info("{} started, polling every {}", name, interval);
    }

    private void runPass() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            LOG.error("{} pass failed", name, e);
        }
    }

    /**
     * {@return whether a {@link #stop()} is waiting for the current pass} A pass that sees it ends
     * early: it finishes the item under way and gives back the claims on the others, so that another
     * node takes them at once.
     */
    public boolean stopping() {
        return stopping;
    }

    /** Stops polling and waits (up to the stop timeout) for the current pass to finish. */
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        stopping = true;
        running.shutdown();
        try {
            if (!running.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            stopping = false;
        }
        LOG.info("{} stopped", name);
    }
}
