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

import com.google.common.util.concurrent.Striped;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.CaseMergedException;
import io.casekit.core.cases.CaseNumberUnavailableException;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.lifecycle.internal.Opening;
import io.casekit.core.links.internal.FollowUps;
import io.casekit.core.links.internal.Involved;
import io.casekit.core.links.internal.ParentClosing;
import io.casekit.core.workflow.CaseNumberFormat;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.CasekitException;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.ConcurrentCounterUpdateException;
import io.casekit.spi.store.DuplicateCaseNumberException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes cases: every command goes load → decide → finish → commit. The load step reads one
 * snapshot of what the decision may need; the decision is pure (command, snapshot, definition and
 * time in; events or a typed refusal out); the finish step adds the SLA clocks, escalation and
 * notifications the events call for; the commit step writes every changed case in one atomic
 * commit. Stateless apart from its collaborators; thread-safe.
 */
final class CaseEngine {

    /** How many taken numbers an opening draws before it gives up (see {@link #run}). */
    static final int TAKEN_NUMBERS = 10;

    /**
     * How many times an opening reads a per-customer counter again because another node advanced it
     * first, before it gives up (see {@link #run}). Each such refusal means another opening succeeded.
     */
    static final int COUNTER_CONFLICTS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(CaseEngine.class);

    private final Clock clock;
    private final Access access;
    private final Definitions definitions;
    private final SnapshotLoader loader;
    private final Deciders deciders = Deciders.standard();
    private final MultiCaseCommands multi = MultiCaseCommands.standard();
    private final Finishing finishing;
    private final Commits commits;
    private final RecentCases recent;
    private final Striped<Lock> customerCounters = Striped.lock(64);

    CaseEngine(Clock clock, Access access, Definitions definitions, SnapshotLoader loader, Finishing finishing, Commits commits,
            RecentCases recent) {
        this.clock = clock;
        this.access = access;
        this.definitions = definitions;
        this.loader = loader;
        this.finishing = finishing;
        this.commits = commits;
        this.recent = recent;
    }

    /**
     * Runs a command whose own fields are valid, as the actor. A command that opens a case runs again
     * when the store refuses the number it drew by chance: with fresh random characters after a taken
     * number (up to {@value #TAKEN_NUMBERS} in all), with the counter read again after another
     * node advanced it (up to {@value #COUNTER_CONFLICTS} times); then it gives up with {@link
     * CaseNumberUnavailableException}.
     */
    Case run(Actor actor, CaseCommand command) {
        int taken = 0;
        int conflicts = 0;
        while (true) {
            try {
                return runOnce(actor, command);
            } catch (NumberRefused refused) {
                boolean conflict = refused.refusal instanceof ConcurrentCounterUpdateException;
                taken += conflict ? 0 : 1;
                conflicts += conflict ? 1 : 0;
                if (taken >= TAKEN_NUMBERS || conflicts >= COUNTER_CONFLICTS) {
                    LOG.warn("no case number found in {} attempts with format {}", taken + conflicts, refused.format.pattern());
                    throw new CaseNumberUnavailableException(refused.format.pattern(), taken + conflicts, refused.refusal);
                }
                LOG.debug("the store refused a case number ({}); opening with a fresh one", refused.refusal.getMessage());
            }
        }
    }

    private Case runOnce(Actor actor, CaseCommand command) {
        Instant now = now();
        if (command instanceof OpenCase open) {
            return open(actor, open, now);
        }
        if (command instanceof CaseCommand.OnCases onCases) {
            return onCases(actor, onCases, now);
        }
        return onCase(actor, (CaseCommand.OnCase) command, now);
    }

    private Case open(Actor actor, OpenCase cmd, Instant now) {
        Opening.Facts facts = loader.forOpening(actor, cmd);
        Change change = Opening.decide(actor, cmd, facts, now, false);
        WorkflowDefinition definition = definitions.of(change.state().definition());
        @Nullable Lock counter = counterLock(definition, change);
        if (counter != null) {
            counter.lock();
        }
        try {
            finishing.opened(definition, change, actor, facts.customer());
            return commits.commit("OpenCase", List.of(change)).get(0);
        } catch (DuplicateCaseNumberException | ConcurrentCounterUpdateException e) {
            throw NumberRefused.orRethrow(definition.caseNumberFormat(), e);
        } finally {
            if (counter != null) {
                counter.unlock();
            }
        }
    }

    /**
     * The lock that serialises, on this node, the openings that take a value of the same per-customer
     * counter, from reading it to committing: they would refuse each other otherwise. Openings on other
     * nodes can still advance the counter first; {@link #run} then opens again.
     *
     * @return the lock, or null if the definition does not number cases per customer
     */
    private @Nullable Lock counterLock(WorkflowDefinition definition, Change opening) {
        if (definition.caseNumberFormat().sequence() != CaseNumberFormat.Sequence.CUSTOMER) {
            return null;
        }
        return customerCounters.get(Finishing.customerCounter(definition, opening.state().customerId()));
    }

    private <C extends CaseCommand.OnCases> Case onCases(Actor actor, C command, Instant now) {
        MultiCaseCommands.Entry<C> entry = multi.entry(command);
        Involved involved = entry.load().load(loader, actor, command);
        List<Decision> decisions = entry.decide().decide(actor, command, involved, definitions::of, now);
        return commit(Plan.of(decisions, entry.result().apply(command)));
    }

    private Case onCase(Actor actor, CaseCommand.OnCase command, Instant now) {
        Optional<Case> cached = recent.get(command.caseId()).filter(c -> Access.canSee(actor, c));
        if (cached.isPresent()) {
            // Fast path: run on the state this instance committed last. Only a commit can make it
            // final, and the store's version check proves the state was current. Anything else (a
            // refusal, a no-op, a conflict) may come from a stale state, so it is decided again
            // below on the stored state; nothing was written in those cases.
            try {
                Optional<Case> committed = attempt(actor, command, cached.get(), now);
                if (committed.isPresent()) {
                    return committed.get();
                }
            } catch (ConcurrentCaseUpdateException | CommandValidationException | IllegalTransitionException
                    | AccessDeniedException | CaseMergedException e) {
                commits.forget(cached.get());
            }
        }
        Case current = access.visible(actor, command.caseId());
        return attempt(actor, command, current, now).orElse(current);
    }

    /**
     * Runs the command on {@code base}.
     *
     * @return the committed state, or empty if the command changes nothing
     */
    private Optional<Case> attempt(Actor actor, CaseCommand.OnCase command, Case base, Instant now) {
        return plan(actor, command, base, now).map(this::commit);
    }

    /**
     * Loads and decides the command on {@code base}, without finishing or committing anything: what
     * {@link #run} would commit, or the refusal it would throw.
     *
     * @return the plan, or empty if the command changes nothing
     */
    Optional<Plan> plan(Actor actor, CaseCommand.OnCase command, Case base, Instant now) {
        Optional<CaseLink> merged = base.mergedInto();
        if (merged.isPresent()) {
            // A merged case is read-only; a comment on it (a late reply) lands on the case it is merged into.
            if (command instanceof AddComment comment) {
                Case target = access.visible(actor, merged.get().other());
                return plan(actor, new AddComment(target.id(), comment.body(), comment.visibility(), comment.attachments(),
                        comment.format()), target, now);
            }
            throw new CaseMergedException(base.number(), merged.get().other());
        }
        WorkflowDefinition definition = definitions.of(base.definition());
        if (command instanceof AddComment comment && FollowUps.applies(actor, base, definition, comment)) {
            Opening.Facts facts = loader.forFollowUp(actor, comment);
            FollowUps.FollowUp followUp = FollowUps.open(actor, comment, base, definition, facts, now);
            Change opened = followUp.opened();
            return Optional.of(new Plan(List.of(followUp.closed()), Optional.of(new Plan.NewCase(opened, actor, facts.customer())),
                    opened.state().id()));
        }
        Decision decision = new Decision(actor, definition, new Change(base, actor.ref(), now), command.getClass().getSimpleName(),
                loader.forCase(actor, command, base, definition));
        deciders.decide(decision, command);
        if (decision.change().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withClosedChildren(decision));
    }

    /** The decision, and those that close the case's open children with it, as its definition says. */
    Plan withClosedChildren(Decision decision) {
        List<Decision> all = new ArrayList<>();
        all.add(decision);
        all.addAll(ParentClosing.childrenOf(decision, definitions::of));
        return Plan.of(all, decision.current().id());
    }

    /**
     * Finishes the plan's decisions and commits them with its new case in one atomic commit.
     *
     * @return the plan's result case, as committed (or as it is, if the plan changes nothing)
     */
    Case commit(Plan plan) {
        @Nullable Lock counter = plan.created()
                .map(created -> counterLock(definitions.of(created.change().state().definition()), created.change()))
                .orElse(null);
        if (counter == null) {
            return commitLocked(plan);
        }
        counter.lock();
        try {
            return commitLocked(plan);
        } finally {
            counter.unlock();
        }
    }

    private Case commitLocked(Plan plan) {
        List<Change> changes = new ArrayList<>();
        plan.created().ifPresent(created -> {
            finishing.opened(definitions.of(created.change().state().definition()), created.change(), created.actor(), created.customer());
            changes.add(created.change());
        });
        List<Case> unchanged = new ArrayList<>();
        for (Decision decision : plan.updates()) {
            if (decision.change().isEmpty()) {
                unchanged.add(decision.current());
            } else {
                finishing.changed(decision);
                changes.add(decision.change());
            }
        }
        String command = plan.updates().isEmpty() ? "OpenCase" : plan.updates().get(0).command();
        List<Case> states = new ArrayList<>();
        if (!changes.isEmpty()) {
            try {
                states.addAll(commits.commit(command, changes));
            } catch (DuplicateCaseNumberException | ConcurrentCounterUpdateException e) {
                if (plan.created().isEmpty()) {
                    throw e;
                }
                throw NumberRefused.orRethrow(definitions.of(plan.created().get().change().state().definition()).caseNumberFormat(), e);
            }
        }
        states.addAll(unchanged);
        for (Case state : states) {
            if (state.id().equals(plan.result())) {
                return state;
            }
        }
        throw new IllegalStateException("the plan does not change its result case " + plan.result());
    }

    /**
     * The store refused the number of a case being opened, which the format drew by chance: a taken
     * random number, or a per-customer counter that another opening advanced first. Nothing was
     * written; {@link #run} opens the case again. Never leaves this class.
     */
    private static final class NumberRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient CaseNumberFormat format;
        private final CasekitException refusal;

        private NumberRefused(CaseNumberFormat format, CasekitException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.format = format;
            this.refusal = refusal;
        }

        /**
         * The refusal as a reason to draw again, or {@code refusal} itself if a fresh number cannot
         * help: a taken number of a format that counts store-wide is a misconfiguration.
         */
        static RuntimeException orRethrow(CaseNumberFormat format, CasekitException refusal) {
            if (refusal instanceof DuplicateCaseNumberException && format.sequence() == CaseNumberFormat.Sequence.STORE) {
                return refusal;
            }
            return new NumberRefused(format, refusal);
        }
    }

    /** Stores keep microseconds; so does the engine, so that a reloaded case equals the one returned. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
