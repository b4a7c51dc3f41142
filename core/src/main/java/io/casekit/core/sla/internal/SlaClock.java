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
package io.casekit.core.sla.internal;

import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.lifecycle.internal.Moves;
import io.casekit.core.sla.BusinessCalendar;
import io.casekit.core.workflow.FirstResponse;
import io.casekit.core.workflow.SlaPolicy;
import io.casekit.core.workflow.SlaTarget;
import io.casekit.core.workflow.StatusFlag;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaPause;
import io.casekit.spi.model.SlaState;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.timer.TimerKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a case's SLA clocks and timers in step with its changes: starts the instances when a case
 * opens, pauses and resumes them with the status, retargets them when the priority or type changes,
 * ends them when the promise is kept or no longer applies, and fires their warning and breach
 * timers; also opens and closes the feedback window of statuses awaiting confirmation.
 *
 * <p>The deadline rule: an instance's budget is its target in business time (working days are
 * converted when the clock starts); its deadline is the instant at which the budget plus the
 * business time spent in pauses has elapsed since the start, on the policy's calendar. A priority
 * change replaces the budget with the new priority's target and recomputes the deadline from the
 * original start; pauses keep counting. A breach is history: it stays breached.
 */
public final class SlaClock {

    private SlaClock() {}

    /** Whether the definition needs this class at all (no policies and no feedback window: nothing to do). */
    public static boolean inUse(WorkflowDefinition d) {
        return !d.slaPolicies().isEmpty() || d.feedbackWindow().isPresent();
    }

    /**
     * Starts the SLA instances of a case that is being opened, in the change that opens it.
     *
     * @param contract the support contract of the case's customer, if it has one
     */
    public static void start(WorkflowDefinition d, Change change, Optional<String> contract) {
        if (!inUse(d)) {
            return;
        }
        Case c = change.state();
        Optional<SlaPolicy> policy = d.slaPolicy(contract, c.caseType());
        if (policy.isEmpty()) {
            return;
        }
        for (SlaKind kind : SlaKind.values()) {
            Optional<SlaTarget> target = Optional.ofNullable(policy.get().targets().get(c.priority())).flatMap(t -> t.of(kind));
            if (target.isPresent()) {
                BusinessCalendar calendar = d.calendars().get(policy.get().calendar());
                Instant start = change.at();
                Duration budget = target.get().budget(calendar, start);
                SlaInstance started = new SlaInstance(kind, policy.get().id(), calendar.id(), start, budget,
                        policy.get().warningPercent(), SlaState.IN_PROGRESS, Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty());
                started = running(d, started, start, c);
                record(change, SlaChanged.Change.STARTED, started);
                scheduleTimers(d, change, started);
            }
        }
        pauseOrResume(d, change);
    }

    /**
     * Brings the SLA instances and the feedback window in step with the events a change recorded.
     *
     * @param contract the support contract of the case's customer, if it has one
     */
    public static void afterChange(WorkflowDefinition d, Change change, Optional<String> contract) {
        if (!inUse(d)) {
            return;
        }
        Case before = change.before();
        Case after = change.state();
        if (!before.priority().equals(after.priority()) || !before.caseType().equals(after.caseType())) {
            retarget(d, change, contract);
        }
        firstResponse(d, change);
        if (after.state() != CaseState.OPEN && before.state() == CaseState.OPEN) {
            end(d, change, after.state() == CaseState.RESOLVED ? SlaState.SUCCEEDED : SlaState.CANCELLED);
        } else if (after.state() == CaseState.OPEN) {
            pauseOrResume(d, change);
        }
        feedbackWindow(d, change);
    }

    /**
     * Decides a due timer: the end of the feedback window closes a case that still awaits the
     * customer's confirmation; an SLA warning or breach is recorded if the instance is still due.
     * Records nothing if the timer is stale (the case moved on).
     *
     * @return why the timer cannot act under the case's definition, if it cannot (an orphan)
     */
    public static Optional<String> fire(Decision ctx, CaseTimer timer) {
        WorkflowDefinition d = ctx.definition();
        Change change = ctx.change();
        if (timer instanceof CaseTimer.FeedbackWindow) {
            if (d.feedbackWindow().isEmpty()) {
                return Optional.of("definition " + d.ref() + " has no feedback window");
            }
            if (ctx.status().has(StatusFlag.AWAITING_CONFIRMATION)) {
                Moves.status(ctx, d.feedbackWindow().get().closeWith(), Optional.empty());
            }
            return Optional.empty();
        }
        CaseTimer.Sla sla = (CaseTimer.Sla) timer;
        Optional<SlaInstance> found = change.state().sla(sla.kind());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SlaInstance instance = found.get();
        Instant now = change.at();
        if (sla.moment() == CaseTimer.Moment.WARNING && instance.state() == SlaState.IN_PROGRESS
                && instance.warningAt().filter(w -> !w.isAfter(now)).isPresent()) {
            record(change, SlaChanged.Change.NEARING_BREACH, instance.with(SlaState.NEARING_BREACH, instance.deadline(), instance.warningAt()));
        } else if (sla.moment() == CaseTimer.Moment.BREACH
                && (instance.state() == SlaState.IN_PROGRESS || instance.state() == SlaState.NEARING_BREACH)
                && instance.deadline().filter(deadline -> !deadline.isAfter(now)).isPresent()) {
            record(change, SlaChanged.Change.BREACHED, instance.ended(SlaState.BREACHED, now));
        }
        return Optional.empty();
    }

    private static void retarget(WorkflowDefinition d, Change change, Optional<String> contract) {
        Case c = change.state();
        Optional<SlaPolicy> policy = d.slaPolicy(contract, c.caseType());
        for (SlaInstance instance : c.slas()) {
            if (!instance.state().isActive()) {
                continue;
            }
            Optional<SlaTarget> target = policy.flatMap(p -> Optional.ofNullable(p.targets().get(c.priority()))).flatMap(t -> t.of(instance.kind()));
            if (target.isEmpty()) {
                finish(d, change, instance, SlaState.CANCELLED);
                continue;
            }
            BusinessCalendar calendar = calendar(d, instance);
            Duration budget = target.get().budget(calendar, instance.start());
            SlaInstance retargeted = instance.retargeted(policy.get().id(), budget, policy.get().warningPercent(),
                    instance.deadline(), instance.warningAt());
            if (retargeted.state() != SlaState.PAUSED) {
                retargeted = running(d, retargeted, change.at(), c);
            }
            record(change, SlaChanged.Change.RETARGETED, retargeted);
            scheduleTimers(d, change, retargeted);
        }
    }

    private static void firstResponse(WorkflowDefinition d, Change change) {
        Optional<SlaInstance> instance = change.state().sla(SlaKind.FIRST_RESPONSE).filter(s -> s.state().isActive());
        if (instance.isEmpty()) {
            return;
        }
        FirstResponse rule = policy(d, instance.get()).map(SlaPolicy::firstResponse).orElse(FirstResponse.FIRST_PUBLIC_AGENT_COMMENT);
        boolean responded = switch (rule) {
            case FIRST_PUBLIC_AGENT_COMMENT -> change.events().stream().anyMatch(e -> e instanceof CommentAdded comment
                    && comment.visibility() == Visibility.PUBLIC && comment.header().actor().kind() == ActorKind.AGENT);
            case LEAVING_INITIAL_STATUS -> change.before().statusReason().equals(d.initialStatus())
                    && !change.state().statusReason().equals(d.initialStatus());
        };
        if (responded) {
            finish(d, change, instance.get(), SlaState.SUCCEEDED);
        }
    }

    private static void end(WorkflowDefinition d, Change change, SlaState finalState) {
        for (SlaInstance instance : change.state().slas()) {
            if (instance.state().isActive()) {
                finish(d, change, instance, finalState);
            }
        }
    }

    /**
     * Ends an active instance and cancels its timers. A paused instance first ends its pause, and
     * keeps the deadline it would have had, so that the record shows whether the promise was kept.
     */
    private static void finish(WorkflowDefinition d, Change change, SlaInstance instance, SlaState finalState) {
        SlaInstance ended = instance.state() == SlaState.PAUSED
                ? running(d, close(instance, change.at()), change.at(), change.state())
                : instance;
        record(change, finalState == SlaState.SUCCEEDED ? SlaChanged.Change.SUCCEEDED : SlaChanged.Change.CANCELLED,
                ended.ended(finalState, change.at()));
        cancelTimers(change, instance.kind());
    }

    /** Ends the open pause of a paused instance (its times are computed by {@link #running}). */
    private static SlaInstance close(SlaInstance paused, Instant at) {
        return paused.resumed(at, SlaState.IN_PROGRESS, at, at);
    }

    private static void pauseOrResume(WorkflowDefinition d, Change change) {
        Case c = change.state();
        StatusReason status = d.statusReason(c.statusReason()).orElseThrow();
        for (SlaInstance instance : c.slas()) {
            if (!instance.state().isActive()) {
                continue;
            }
            boolean pauses = policy(d, instance).map(p -> p.pauseOn().stream().anyMatch(status::has)).orElse(false);
            if (pauses && instance.state() != SlaState.PAUSED) {
                record(change, SlaChanged.Change.PAUSED, instance.paused(change.at(), status.code()));
                cancelTimers(change, instance.kind());
            } else if (!pauses && instance.state() == SlaState.PAUSED) {
                SlaInstance resumed = running(d, close(instance, change.at()), change.at(), c);
                record(change, SlaChanged.Change.RESUMED, resumed);
                scheduleTimers(d, change, resumed);
            }
        }
    }

    private static void feedbackWindow(WorkflowDefinition d, Change change) {
        if (d.feedbackWindow().isEmpty() || change.before().statusReason().equals(change.state().statusReason())) {
            return;
        }
        boolean awaiting = d.statusReason(change.state().statusReason())
                .map(s -> s.has(StatusFlag.AWAITING_CONFIRMATION)).orElse(false);
        TimerKey key = new CaseTimer.FeedbackWindow().key(change.state().id());
        if (awaiting) {
            change.schedule(key, change.at().plus(d.feedbackWindow().get().after()));
        } else {
            change.cancel(key);
        }
    }

    /**
     * The instance running (not paused) at {@code now}: its deadline and warning time from the start,
     * the budget and the pause ledger, and whether the warning time has passed. A working-day
     * deadline that falls on a closing time moves to the next opening (the same local time on the
     * working day), where a business-time deadline stays at the closing time.
     */
    private static SlaInstance running(WorkflowDefinition d, SlaInstance instance, Instant now, Case c) {
        boolean workingDays = policy(d, instance)
                .map(p -> p.targets().get(c.priority()))
                .flatMap(t -> t.of(instance.kind()))
                .filter(t -> t instanceof SlaTarget.WorkingDays)
                .isPresent();
        BusinessCalendar calendar = calendar(d, instance);
        Duration paused = Duration.ZERO;
        for (SlaPause pause : instance.pauses()) {
            paused = paused.plus(calendar.between(pause.from(), pause.until().orElse(pause.from())));
        }
        Instant deadline = calendar.plus(instance.start(), instance.budget().plus(paused));
        if (workingDays && !calendar.isOpen(deadline)) {
            deadline = calendar.nextOpening(deadline); // "N working days": on the working day, not at the eve's closing
        }
        Instant warningAt = calendar.plus(instance.start(),
                instance.budget().multipliedBy(instance.warningPercent()).dividedBy(100).plus(paused));
        SlaState state = instance.state() == SlaState.NEARING_BREACH || !warningAt.isAfter(now) && instance.warningPercent() < 100
                ? SlaState.NEARING_BREACH : SlaState.IN_PROGRESS;
        return instance.with(state, Optional.of(deadline), Optional.of(warningAt));
    }

    private static void scheduleTimers(WorkflowDefinition d, Change change, SlaInstance instance) {
        TimerKey warning = new CaseTimer.Sla(instance.kind(), CaseTimer.Moment.WARNING).key(change.state().id());
        TimerKey breach = new CaseTimer.Sla(instance.kind(), CaseTimer.Moment.BREACH).key(change.state().id());
        if (instance.state() == SlaState.IN_PROGRESS && instance.warningAt().isPresent() && instance.warningPercent() < 100) {
            Instant at = instance.warningAt().get();
            Optional<BusinessCalendar> officeHours = policy(d, instance).flatMap(SlaPolicy::warningCalendar).map(d.calendars()::get);
            change.schedule(warning, officeHours.map(c -> c.nextOpening(at)).orElse(at));
        } else {
            change.cancel(warning);
        }
        if (instance.deadline().isPresent() && (instance.state() == SlaState.IN_PROGRESS || instance.state() == SlaState.NEARING_BREACH)) {
            change.schedule(breach, instance.deadline().get());
        } else {
            change.cancel(breach);
        }
    }

    private static void cancelTimers(Change change, SlaKind kind) {
        change.cancel(new CaseTimer.Sla(kind, CaseTimer.Moment.WARNING).key(change.state().id()));
        change.cancel(new CaseTimer.Sla(kind, CaseTimer.Moment.BREACH).key(change.state().id()));
    }

    private static void record(Change change, SlaChanged.Change what, SlaInstance instance) {
        change.record(h -> new SlaChanged(h, what, instance));
    }

    private static Optional<SlaPolicy> policy(WorkflowDefinition d, SlaInstance instance) {
        return d.slaPolicies().stream().filter(p -> p.id().equals(instance.policy())).findFirst();
    }

    private static BusinessCalendar calendar(WorkflowDefinition d, SlaInstance instance) {
        BusinessCalendar calendar = d.calendars().get(instance.calendar());
        if (calendar == null) {
            throw new IllegalStateException("SLA calendar '" + instance.calendar() + "' is not in " + d);
        }
        return calendar;
    }
}
