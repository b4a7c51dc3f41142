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
import io.casekit.core.internal.SafeObserver;
import io.casekit.core.observe.Observation.SlaPassed;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The commit step of the pipeline: one atomic commit of every change a command made, under each
 * case's version check, and the committed states remembered for the next command. The uploads the
 * changes attach are claimed first ({@link Uploads}), and released again if the commit certainly
 * failed. Thread-safe.
 */
final class Commits {

    private final CaseStore store;
    private final RecentCases recent;
    private final Uploads uploads;
    private final SafeObserver observer;

    Commits(CaseStore store, RecentCases recent, Uploads uploads, SafeObserver observer) {
        this.store = store;
        this.recent = recent;
        this.uploads = uploads;
        this.observer = observer;
    }

    /**
     * Commits the changes, one case's alone or several cases' together.
     *
     * @param command the command's name, for a refusal
     * @param changes at least one non-empty change, of distinct cases
     * @return the committed states, in the order of the changes
     * @throws io.casekit.core.cases.CommandValidationException if an upload a change attaches was
     *     attached meanwhile by another command, or deleted; nothing was committed
     */
    List<Case> commit(String command, List<Change> changes) {
        List<AttachmentId> claimed = uploads.claim(command, changes);
        try {
            List<Case> committed = write(changes);
            if (observer.listening()) {
                changes.forEach(this::observeSla);
            }
            return committed;
        } catch (RuntimeException e) {
            uploads.afterFailedCommit(claimed, changes, store, e);
            throw e;
        }
    }

    private List<Case> write(List<Change> changes) {
        if (changes.size() == 1) {
            Change change = changes.get(0);
            store.commit(change.commit());
            recent.put(change.state());
            return List.of(change.state());
        }
        List<CaseCommit> commits = new ArrayList<>(changes.size());
        List<Case> committed = new ArrayList<>(changes.size());
        for (Change change : changes) {
            commits.add(change.commit());
            committed.add(change.state());
        }
        store.commitAll(commits);
        committed.forEach(recent::put);
        return committed;
    }

    /** Tells the observer of each SLA instance the committed change moved past its warning time or deadline. */
    private void observeSla(Change change) {
        for (CaseEvent event : change.events()) {
            if (event instanceof SlaChanged sla && (sla.change() == SlaChanged.Change.NEARING_BREACH || sla.change() == SlaChanged.Change.BREACHED)) {
                observer.observe(new SlaPassed(sla.sla().policy(), sla.sla().kind(), sla.change() == SlaChanged.Change.BREACHED));
            }
        }
    }

    /** Forgets what this instance remembers of a case, after a refusal or a conflict on it. */
    void forget(Case c) {
        recent.forget(c.id());
    }
}
