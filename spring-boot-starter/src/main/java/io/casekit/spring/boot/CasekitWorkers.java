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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.Casekit;
import io.casekit.core.notify.Dispatcher;
import io.casekit.core.timers.Scheduler;
import java.util.Optional;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * This node's background work, started and stopped with the application context: the {@link
 * Scheduler} that fires due timers and the {@link Dispatcher} that delivers the outbox, each
 * switchable off per node ({@code casekit.scheduler.enabled}, {@code casekit.dispatcher.enabled}).
 * Stopping is graceful: the mail and the timer under way are finished and recorded, and the claims
 * on the rest are given back, so that another node (or this one, restarted) takes them at once.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CasekitWorkers implements SmartLifecycle, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(CasekitWorkers.class);

    private final Optional<Scheduler> scheduler;
    private final Optional<Dispatcher> dispatcher;
    private volatile boolean running;

    /**
     * @param casekit the instance whose work runs here
     * @param scheduler whether this node fires timers (if the store keeps timers)
     * @param dispatcher whether this node delivers notifications (if there is a notifier and the store has an outbox)
     */
    public CasekitWorkers(Casekit casekit, boolean scheduler, boolean dispatcher) {
        requireNonNull(casekit, "casekit");
        this.scheduler = scheduler && casekit.store().timers().isPresent() ? Optional.of(casekit.scheduler()) : Optional.empty();
        this.dispatcher = dispatcher && casekit.notifier().isPresent() && casekit.store().outbox().isPresent()
                ? Optional.of(casekit.dispatcher()) : Optional.empty();
    }

    /** {@return the scheduler this node runs; empty if it runs none} */
    public Optional<Scheduler> scheduler() {
        return scheduler;
    }

    /** {@return the dispatcher this node runs; empty if it runs none} */
    public Optional<Dispatcher> dispatcher() {
        return dispatcher;
    }

    @Override
    public void start() {
        scheduler.ifPresent(Scheduler::start);
        dispatcher.ifPresent(Dispatcher::start);
        running = true;
        LOG.info("Casekit on this node: scheduler {}, dispatcher {}", scheduler.map(s -> "running as " + s.nodeId()).orElse("off"),
                dispatcher.map(d -> "running as " + d.nodeId()).orElse("off"));
    }

    @Override
    public void stop() {
        dispatcher.ifPresent(Dispatcher::stop);
        scheduler.ifPresent(Scheduler::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        dispatcher.ifPresent(Dispatcher::close);
        scheduler.ifPresent(Scheduler::close);
    }
}
