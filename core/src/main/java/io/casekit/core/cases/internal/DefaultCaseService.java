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

import static java.util.Objects.requireNonNull;

import io.casekit.core.approvals.Approval;
import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.cases.AllowedActions;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.CaseService;
import io.casekit.core.internal.SafeObserver;
import io.casekit.core.notify.internal.NotificationPlanner;
import io.casekit.core.observe.Observation.CommandCompleted;
import io.casekit.core.observe.Observation.CommandOutcome;
import io.casekit.core.timers.TimerOutcome;
import io.casekit.spi.CasekitException;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.TimerStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The {@link CaseService} of a Casekit instance: validates each command's own fields and finds its
 * actor, then hands changes to the engine and reads to the read path. Thread-safe.
 */
public final class DefaultCaseService implements CaseService {

    private final SafeObserver observer;
    private final CommandValidator validator;
    private final Access access;
    private final CaseEngine engine;
    private final TimerFiring timers;
    private final CaseReads reads;
    private final CaseLists lists;
    private final AllowedActionsReader allowed;

    /**
     * Wires the pipeline.
     *
     * @param recentCases how many recently committed cases to keep, so that a command on one of them
     *     need not read it first (0: always read)
     * @param attachmentStore where uploads are, if the instance has one: commands attach them from there
     * @param profiles the contact profiles notifications honour, if the store keeps them
     * @param observer told of every command and of the SLA instances committed changes pass
     */
    public DefaultCaseService(CaseStore store, IdentityProvider identity, Clock clock, Definitions definitions, RandomGenerator random,
            int recentCases, AttachmentPolicy attachmentPolicy, Optional<AttachmentStore> attachmentStore, Optional<ProfileStore> profiles,
            SafeObserver observer) {
        requireNonNull(store, "store");
        requireNonNull(identity, "identity");
        requireNonNull(clock, "clock");
        requireNonNull(definitions, "definitions");
        this.validator = new CommandValidator(attachmentPolicy);
        this.access = new Access(store, identity);
        RecentCases recent = new RecentCases(recentCases);
        Uploads uploads = new Uploads(requireNonNull(attachmentStore, "attachmentStore"), attachmentPolicy);
        SnapshotLoader loader = new SnapshotLoader(store, identity, access, definitions, uploads);
        Finishing finishing = new Finishing(store, random, new NotificationPlanner(identity, requireNonNull(profiles, "profiles")));
        this.engine = new CaseEngine(clock, access, definitions, loader, finishing, new Commits(store, recent, uploads, observer), recent);
        this.observer = requireNonNull(observer, "observer");
        this.timers = new TimerFiring(store, definitions, loader, engine);
        this.reads = new CaseReads(store, access);
        this.lists = new CaseLists(store.queries(), definitions);
        this.allowed = new AllowedActionsReader(access, definitions, engine);
    }

    @Override
    public Case execute(String actorId, CaseCommand command) {
        requireNonNull(actorId, "actorId");
        requireNonNull(command, "command");
        return observed(command, () -> {
            validator.check(command);
            return engine.run(access.actor(actorId), command);
        });
    }

    @Override
    public Case executeAsSystem(CaseCommand command) {
        requireNonNull(command, "command");
        return observed(command, () -> {
            validator.check(command);
            return engine.run(Access.SYSTEM, command);
        });
    }

    /** Runs a command, telling the observer how it ended and how long it took. */
    private Case observed(CaseCommand command, Supplier<Case> run) {
        if (!observer.listening()) {
            return run.get();
        }
        long start = System.nanoTime();
        CommandOutcome outcome = CommandOutcome.FAILED;
        Optional<String> refusal = Optional.empty();
        try {
            Case result = run.get();
            outcome = CommandOutcome.ACCEPTED;
            return result;
        } catch (RuntimeException e) {
            refusal = Optional.of(e.getClass().getSimpleName());
            outcome = e instanceof ConcurrentCaseUpdateException ? CommandOutcome.CONFLICT
                    : e instanceof CasekitException && e.getClass().getName().startsWith("io.casekit.core.") ? CommandOutcome.REFUSED
                    : CommandOutcome.FAILED;
            throw e;
        } finally {
            observer.observe(new CommandCompleted(command.getClass().getSimpleName(), outcome, refusal,
                    Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /**
     * Fires a claimed timer as the system, through the same pipeline as a command.
     *
     * @throws io.casekit.spi.store.ConcurrentCaseUpdateException if the case changed meanwhile (retry)
     */
    public TimerOutcome fire(TimerStore timerStore, ClaimedTimer claimed) {
        return timers.fire(timerStore, claimed);
    }

    @Override
    public Case get(String actorId, CaseId id) {
        return reads.get(access.actor(actorId), requireNonNull(id, "id"));
    }

    @Override
    public Case getByNumber(String actorId, String number) {
        return reads.getByNumber(access.actor(actorId), requireNonNull(number, "number"));
    }

    @Override
    public List<CaseEvent> timeline(String actorId, CaseId id) {
        return reads.timeline(access.actor(actorId), requireNonNull(id, "id"));
    }

    @Override
    public List<Approval> approvals(String actorId, CaseId id) {
        return reads.approvals(access.actor(actorId), requireNonNull(id, "id"));
    }

    @Override
    public CasePage search(String actorId, CaseQuery query) {
        return lists.search(access.actor(actorId), requireNonNull(query, "query"));
    }

    @Override
    public SortedMap<String, Long> count(String actorId, CaseFilter filter, CountDimension dimension) {
        return lists.count(access.actor(actorId), requireNonNull(filter, "filter"), requireNonNull(dimension, "dimension"));
    }

    @Override
    public CaseFilter viewFilter(String actorId, String viewCode) {
        return lists.viewFilter(access.actor(actorId), requireNonNull(viewCode, "viewCode"));
    }

    @Override
    public AllowedActions allowedActions(String actorId, CaseId caseId) {
        return allowed.read(access.actor(actorId), requireNonNull(caseId, "caseId"));
    }
}
