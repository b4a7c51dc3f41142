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
package io.casekit.core.cases.internal;

import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.sla.internal.CaseTimer;
import io.casekit.core.sla.internal.SlaClock;
import io.casekit.core.timers.TimerOutcome;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.CasekitException;
import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires a claimed timer through the same pipeline as a command, as the system: load the case (and
 * check the timer is still current), decide by the timer's kind, finish, commit. A timer that can
 * never act is an orphan: reported, so that the scheduler completes it instead of firing it again.
 * Thread-safe.
 */
final class TimerFiring {

    private static final Logger LOG = LoggerFactory.getLogger(TimerFiring.class);

    private final CaseStore store;
    private final Definitions definitions;
    private final SnapshotLoader loader;
    private final CaseEngine engine;

    TimerFiring(CaseStore store, Definitions definitions, SnapshotLoader loader, CaseEngine engine) {
        this.store = store;
        this.definitions = definitions;
        this.loader = loader;
        this.engine = engine;
    }

    /**
     * Fires the timer.
     *
     * @throws ConcurrentCaseUpdateException if the case changed meanwhile (retry)
     */
    TimerOutcome fire(TimerStore timers, ClaimedTimer claimed) {
        Timer timer = claimed.timer();
        boolean current = timers.find(timer.key()).map(t -> t.token().equals(timer.token())).orElse(false);
        Optional<Case> found = store.find(timer.key().caseId());
        if (!current || found.isEmpty()) {
            return new TimerOutcome.Stale();
        }
        Case c = found.get();
        Optional<CaseTimer> kind = CaseTimer.parse(timer.key().name());
        if (kind.isEmpty()) {
            return orphan(c, timer, "no timer kind is named '" + timer.key().name() + "'");
        }
        Optional<WorkflowDefinition> definition = definitions.find(c.definition());
        if (definition.isEmpty()) {
            return orphan(c, timer, "its definition " + c.definition() + " is not registered");
        }
        Decision decision = new Decision(Access.SYSTEM, definition.get(), new Change(c, Access.SYSTEM.ref(), engine.now()),
                "Timer " + timer.key().name(), loader.forTimer(c, definition.get()));
        try {
            Optional<String> orphaned = SlaClock.fire(decision, kind.get());
            if (orphaned.isPresent()) {
                return orphan(c, timer, orphaned.get());
            }
            if (decision.change().isEmpty()) {
                return new TimerOutcome.Stale();
            }
            engine.commit(engine.withClosedChildren(decision));
            return new TimerOutcome.Acted();
        } catch (ConcurrentCaseUpdateException e) {
            throw e;
        } catch (CasekitException e) {
            // The definition does not let the system do what the timer asks (no SYSTEM transition to
            // the feedback window's closing status, a parent whose open children block its closing):
            // nothing to retry.
            return orphan(c, timer, e.getMessage());
        }
    }

    private static TimerOutcome orphan(Case c, Timer timer, String reason) {
        LOG.warn("timer {} of case {} cannot act and is completed: {}", timer.key().name(), c.number(), reason);
        return new TimerOutcome.Orphaned(reason);
    }
}
