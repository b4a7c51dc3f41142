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

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.change.internal.Violations;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.RefuseApproval;
import io.casekit.core.cases.RequestApproval;
import io.casekit.core.workflow.ApprovalKind;
import io.casekit.core.workflow.FilingApproval;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Approvals: agents request them, authorised contacts of the case's customer grant or refuse them;
 * cases filed by someone who is not an authorised contact wait for one (the definition's filing
 * approval), and some case types request one when they are opened.
 */
public final class Approvals {

    private Approvals() {}

    /** Decides a {@link RequestApproval}. */
    public static void request(Decision ctx, RequestApproval cmd) {
        ctx.requireStaff("request approvals");
        ctx.requireOpen();
        ApprovalKind kind = kind(ctx, cmd.kind());
        Violations violations = ctx.violations();
        switch (kind.subject()) {
            case NONE -> cmd.subject().ifPresent(s -> violations.add("subject", "NoSubject",
                    "approval '" + kind.code() + "' has no subject"));
            case TEXT -> {
                if (cmd.subject().isEmpty()) {
                    violations.add("subject", "Required", "approval '" + kind.code() + "' needs a subject");
                }
            }
            case HOURS -> {
                if (cmd.subject().isEmpty() || !isHours(cmd.subject().get())) {
                    violations.add("subject", "Hours", "approval '" + kind.code() + "' needs a number of hours above 0, such as 2 or 16.5");
                }
            }
        }
        violations.throwIfAny();
        ctx.change().record(h -> new ApprovalRequested(h, kind.code(), cmd.subject(), cmd.comment()));
    }

    /** Decides an {@link Approve}. */
    public static void approve(Decision ctx, Approve cmd) {
        requireAuthorisedContact(ctx, "approve");
        ctx.requireOpen();
        ApprovalRequested request = pending(ctx, kind(ctx, cmd.kind()));
        ctx.change().record(h -> new ApprovalGranted(h, request.kind(), request.subject()));
        filingRule(ctx, request.kind(), FilingApproval::onGrant);
    }

    /** Decides a {@link RefuseApproval}. */
    public static void refuse(Decision ctx, RefuseApproval cmd) {
        requireAuthorisedContact(ctx, "refuse approvals");
        ctx.requireOpen();
        ApprovalRequested request = pending(ctx, kind(ctx, cmd.kind()));
        ctx.change().record(h -> new ApprovalRefused(h, request.kind(), request.subject(), cmd.reason()));
        filingRule(ctx, request.kind(), FilingApproval::onRefuse);
    }

    /**
     * Records, in the change that opens a case, the approvals it requests from the start: the filing
     * approval (moving the case to the waiting status) and the kinds its case type requests.
     */
    public static void opened(WorkflowDefinition d, Change change, Actor filer, Optional<Actor> requester) {
        Case c = change.state();
        Optional<FilingApproval> filing = d.filingApproval().filter(f -> needsFilingApproval(filer, requester, c));
        filing.ifPresent(f -> {
            change.record(h -> new ApprovalRequested(h, f.approval(), Optional.empty(), Optional.empty()));
            StatusReason waiting = d.statusReason(f.waitingStatus()).orElseThrow();
            change.record(h -> new StatusChanged(h, c.statusReason(), waiting.code(), c.state(), waiting.state(),
                    StatusChanged.Cause.RULE));
        });
        for (ApprovalKind kind : d.approvals()) {
            boolean requestedAlready = filing.map(FilingApproval::approval).filter(kind.code()::equals).isPresent();
            if (kind.requestedOnOpening().contains(c.caseType()) && !requestedAlready) {
                change.record(h -> new ApprovalRequested(h, kind.code(), Optional.empty(), Optional.empty()));
            }
        }
    }

    /**
     * Whether the filing needs the customer's approval. The rule follows who files, whoever the case
     * names: a contact who is not an authorised contact needs one, also when it names an authorised
     * colleague as the case's contact (an authorised contact filing for a colleague approves it by
     * filing). An agent files on a contact's behalf: the case needs one if it names a contact who is
     * not authorised; an agent filing without a contact needs none.
     *
     * @param requester the case's contact, as the identity provider knows it
     */
    private static boolean needsFilingApproval(Actor filer, Optional<Actor> requester, Case c) {
        if (filer.kind() == ActorKind.CONTACT) {
            return !isAuthorisedContact(filer);
        }
        return c.contactId().isPresent() && requester.filter(Approvals::isAuthorisedContact).isEmpty();
    }

    private static boolean isAuthorisedContact(Actor actor) {
        return actor.kind() == ActorKind.CONTACT && actor.authorisedContact();
    }

    private static void requireAuthorisedContact(Decision ctx, String what) {
        Actor actor = ctx.actor();
        if (!isAuthorisedContact(actor) || !actor.customerId().equals(Optional.of(ctx.current().customerId()))) {
            throw new AccessDeniedException(actor.id(), "only an authorised contact of the case's customer may " + what);
        }
    }

    private static ApprovalKind kind(Decision ctx, String code) {
        return ctx.definition().approval(code).orElseThrow(() -> Violations.single(ctx.command(), "kind", "KnownApproval",
                "unknown approval '" + code + "'; known: " + ctx.definition().approvals().stream().map(ApprovalKind::code).toList()));
    }

    private static ApprovalRequested pending(Decision ctx, ApprovalKind kind) {
        Case c = ctx.current();
        ApprovalLedger ledger = ApprovalLedger.of(ctx);
        return ledger.pending(kind.code()).orElseThrow(() -> new IllegalTransitionException(
                IllegalTransitionException.Dimension.APPROVAL, c.number(), "", Optional.of(kind.code()), ledger.pendingKinds(),
                "no request of approval '" + kind.code() + "' waits for a decision"));
    }

    /** A decision on the filing approval moves a case that waits for it, by rule. */
    private static void filingRule(Decision ctx, String kind, java.util.function.Function<FilingApproval, String> target) {
        ctx.definition().filingApproval()
                .filter(f -> f.approval().equals(kind) && f.waitingStatus().equals(ctx.current().statusReason()))
                .ifPresent(f -> Holds.rule(ctx, Optional.of(target.apply(f))));
    }

    private static boolean isHours(String text) {
        try {
            BigDecimal hours = new BigDecimal(text.strip());
            return hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(100_000)) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
