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

import io.casekit.core.change.internal.Decision;
import io.casekit.core.workflow.ApprovalKind;
import io.casekit.core.workflow.StatusReason;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import java.util.List;
import java.util.Optional;

/**
 * The hold a pending approval puts on a case's work: while an approval kind that holds work waits
 * for the customer, the case moves to no status but a cancelled one, and the status rules (on
 * assignment, on a contact's comment, on a decision) leave it where it is.
 */
public final class Holds {

    private Holds() {}

    /**
     * Applies a rule of the current status (on assignment, on a contact's comment, on an approval
     * decision), if it names a target. A case held by a pending approval stays where it is (the
     * assignment, comment or decision itself stands).
     */
    public static void rule(Decision d, Optional<String> target) {
        target.flatMap(code -> d.definition().statusReason(code))
                .filter(to -> holding(d, to).isEmpty())
                .ifPresent(to -> {
                    Case c = d.current();
                    d.change().record(h -> new StatusChanged(h, c.statusReason(), to.code(), c.state(), to.state(),
                            StatusChanged.Cause.RULE));
                });
    }

    /**
     * The pending approval that holds the case's work, if the move to {@code to} is one it holds: any
     * move but a cancellation, while an approval kind with {@code holdsWork} waits for the customer.
     */
    public static Optional<String> holding(Decision d, StatusReason to) {
        if (d.definition().approvals().isEmpty()) {
            return Optional.empty();
        }
        List<String> holding = d.definition().approvals().stream().filter(ApprovalKind::holdsWork).map(ApprovalKind::code).toList();
        if (holding.isEmpty() || to.state() == CaseState.CANCELLED) {
            return Optional.empty();
        }
        ApprovalLedger ledger = ApprovalLedger.of(d, Optional.empty());
        return holding.stream().filter(kind -> ledger.pending(kind).isPresent()).findFirst();
    }
}
