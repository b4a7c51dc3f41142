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
package io.casekit.core.approvals.internal;

import io.casekit.core.approvals.Approval;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Stage;
import io.casekit.core.workflow.StagePipeline;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.StageChanged;
import io.casekit.spi.model.Case;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a case's approvals stand, folded from its timeline: the last approval event of each kind,
 * and when the case last entered a stage gated by each kind. The case record does not keep
 * approvals; the few commands that need them (approval decisions, gated stage moves) read the
 * timeline. Immutable once read.
 */
public final class ApprovalLedger {

    private final Map<String, CaseEvent> last = new HashMap<>();
    private final Map<String, ApprovalRequested> requests = new LinkedHashMap<>();
    private final Map<String, Long> lastGatedEntry = new HashMap<>();

    private ApprovalLedger() {}

    /**
     * The ledger of the case a decision works on: its timeline as loaded, and the events the
     * decision recorded so far.
     */
    public static ApprovalLedger of(Decision decision, Optional<StagePipeline> pipeline) {
        List<CaseEvent> events = new ArrayList<>(decision.snapshot().requireTimeline());
        events.addAll(decision.change().events());
        return of(events, pipeline);
    }

    /** The ledger of the case a decision works on, with the gates of its case type's stage pipeline. */
    public static ApprovalLedger of(Decision decision) {
        Case c = decision.current();
        return of(decision, decision.definition().caseType(c.caseType()).flatMap(CaseType::stagePipeline)
                .flatMap(decision.definition()::stagePipeline));
    }

    /** The ledger of a timeline, first event first; gates are looked up in the case type's pipeline. */
    public static ApprovalLedger of(List<CaseEvent> events, Optional<StagePipeline> pipeline) {
        ApprovalLedger ledger = new ApprovalLedger();
        for (CaseEvent event : events) {
            if (event instanceof ApprovalRequested e) {
                ledger.last.put(e.kind(), e);
                ledger.requests.remove(e.kind()); // keeps the kinds in the order of their latest requests
                ledger.requests.put(e.kind(), e);
            } else if (event instanceof ApprovalGranted e) {
                ledger.last.put(e.kind(), e);
            } else if (event instanceof ApprovalRefused e) {
                ledger.last.put(e.kind(), e);
            } else if (event instanceof StageChanged e) {
                pipeline.flatMap(p -> p.stage(e.to())).flatMap(Stage::gate)
                        .ifPresent(kind -> ledger.lastGatedEntry.put(kind, e.header().sequence()));
            }
        }
        return ledger;
    }

    /** Where each kind stands: its latest request and the decision on it, in the order of those requests. */
    public List<Approval> approvals() {
        List<Approval> result = new ArrayList<>();
        requests.forEach((kind, request) -> {
            CaseEvent latest = last.get(kind);
            Approval.Status status = latest instanceof ApprovalGranted ? Approval.Status.GRANTED
                    : latest instanceof ApprovalRefused ? Approval.Status.REFUSED : Approval.Status.PENDING;
            boolean decided = status != Approval.Status.PENDING;
            result.add(new Approval(kind, status, request.subject(), request.comment(), request.header().actor(),
                    request.header().at(), decided ? Optional.of(latest.header().actor()) : Optional.empty(),
                    decided ? Optional.of(latest.header().at()) : Optional.empty(),
                    latest instanceof ApprovalRefused refused ? Optional.of(refused.reason()) : Optional.empty()));
        });
        return List.copyOf(result);
    }

    /** The request of the kind that waits for a decision, if any. */
    public Optional<ApprovalRequested> pending(String kind) {
        return last.get(kind) instanceof ApprovalRequested request ? Optional.of(request) : Optional.empty();
    }

    /** The kinds with a request waiting for a decision, sorted. */
    public Set<String> pendingKinds() {
        Set<String> kinds = new TreeSet<>();
        last.forEach((kind, event) -> {
            if (event instanceof ApprovalRequested) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /**
     * Whether a stage gated by the kind may be entered: the kind's last event is a grant, made after
     * the case last entered a stage gated by the kind (a grant opens a gate once).
     */
    public boolean opens(String kind) {
        return last.get(kind) instanceof ApprovalGranted granted
                && granted.header().sequence() > lastGatedEntry.getOrDefault(kind, 0L);
    }
}
