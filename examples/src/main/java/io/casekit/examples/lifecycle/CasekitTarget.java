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
package io.casekit.examples.lifecycle;

import static io.casekit.examples.lifecycle.Workload.CLOSED;
import static io.casekit.examples.lifecycle.Workload.IN_PROGRESS;
import static io.casekit.examples.lifecycle.Workload.READY;
import static io.casekit.examples.lifecycle.Workload.RECEIVED;
import static io.casekit.examples.lifecycle.Workload.WAITING;

import io.casekit.core.Casekit;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Resolve;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.StatusFlag;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.examples.lifecycle.Workload.CaseData;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseHistory;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.CaseStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Casekit on a {@link CaseStore}, running the workload through the public API only: {@link OpenCase}
 * as the contact, {@link Assign} (the {@code onAssign} rule of {@code Received} moves the case to
 * {@code In Progress}), {@link ChangeStatus} to {@code Waiting for customer}, the contact's public
 * {@link AddComment} (the {@code onContactComment} rule moves it back), {@link Resolve} and
 * {@link Close}, each one {@link CaseService#execute} call and one store commit.
 *
 * <p>Casekit records what happened as events, so the two rule-driven transactions commit two events
 * each (the assignment or the comment, and the status change it caused): 8 events in 6 commits per
 * case, where the floor writes 6 audit records.
 */
public final class CasekitTarget implements LifecycleTarget<CaseId> {

    /** The events of one case, in order, that the verification expects. */
    static final int EVENTS_PER_CASE = 8;

    /**
     * A fresh, empty store for one run and what to release after it (the database behind it).
     *
     * @param store the store
     * @param resources closed by {@link #tearDown()}
     */
    public record OpenedStore(CaseStore store, AutoCloseable resources) {}

    /** Makes the fresh store of one run. */
    public interface StoreSource {
        OpenedStore open() throws Exception;
    }

    private final String name;
    private final StoreSource storeSource;
    private @Nullable OpenedStore opened;
    private @Nullable CaseStore store;
    private @Nullable CaseService cases;

    /**
     * @param name the name in reports, e.g. {@code casekit-memory}
     * @param storeFactory makes the fresh, empty store of the run (called by {@link #setUp()})
     */
    public CasekitTarget(String name, Supplier<CaseStore> storeFactory) {
        this(name, () -> new OpenedStore(storeFactory.get(), () -> {}));
    }

    /**
     * @param name the name in reports, e.g. {@code casekit-h2}
     * @param storeSource makes the fresh, empty store of the run (called by {@link #setUp()}); what
     *     it opened is closed by {@link #tearDown()}
     */
    public CasekitTarget(String name, StoreSource storeSource) {
        this.name = name;
        this.storeSource = storeSource;
    }

    /**
     * The benchmark's workflow: exactly the workload's five statuses, one case type and one priority.
     * {@code Received} moves to {@code In Progress} when assigned, {@code Waiting for customer} moves
     * back to {@code In Progress} when the contact comments; agents may ask the customer, resolve
     * (to {@code Ready}) and close (to {@code Closed}, the only RESOLVED status).
     */
    public static WorkflowDefinition definition() {
        return WorkflowDefinition.builder("lifecycle-benchmark", 1)
                .name("Lifecycle benchmark")
                .caseNumber("SD-{seq:8}", 1)
                .priority(Priority.of(Workload.PRIORITY, 3, "P3 - Medium"))
                .caseType(CaseType.of(Workload.CASE_TYPE, "Incident", Workload.PRIORITY))
                .status(StatusReason.of(RECEIVED, "Received", CaseState.OPEN).onAssign(IN_PROGRESS))
                .status(StatusReason.of(IN_PROGRESS, "In Progress", CaseState.OPEN))
                .status(StatusReason.of(WAITING, "Waiting for customer", CaseState.OPEN)
                        .flagged(StatusFlag.WAITING_ON_CUSTOMER)
                        .onContactComment(IN_PROGRESS))
                .status(StatusReason.of(READY, "Ready", CaseState.OPEN))
                .status(StatusReason.of(CLOSED, "Closed", CaseState.RESOLVED))
                .initialStatus(RECEIVED)
                .transition(Transition.from(IN_PROGRESS).to(WAITING).by(ActorKind.AGENT))
                .transition(Transition.from(IN_PROGRESS).to(READY).by(ActorKind.AGENT))
                .transition(Transition.from(READY).to(CLOSED).by(ActorKind.AGENT))
                .action(Action.RESOLVE, READY)
                .action(Action.CLOSE, CLOSED)
                .build();
    }

    /** The directory of the workload: 500 customers with a support contract, 5000 contacts, 25 agents. */
    public static InMemoryDirectory directory() {
        InMemoryDirectory directory = new InMemoryDirectory();
        for (int c = 0; c < Workload.CUSTOMERS; c++) {
            directory.add(new Customer(Workload.customerId(c), "Customer " + c, Optional.of("SLA")));
        }
        for (int c = 0; c < Workload.CONTACTS; c++) {
            directory.add(Actor.contact(Workload.contactId(c), "Contact " + c, Workload.customerId(c % Workload.CUSTOMERS)).build());
        }
        for (int a = 0; a < Workload.AGENTS; a++) {
            directory.add(Actor.agent(Workload.agentId(a), "Agent " + a).build());
        }
        return directory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void setUp() throws Exception {
        OpenedStore fresh = storeSource.open();
        opened = fresh;
        store = fresh.store();
        cases = Casekit.builder()
                .store(store)
                .identity(directory())
                .clock(Clock.systemUTC())
                .definition(definition())
                .build()
                .cases();
    }

    private CaseService cases() {
        CaseService service = cases;
        if (service == null) {
            throw new IllegalStateException("setUp() has not run");
        }
        return service;
    }

    @Override
    public CaseId create(CaseData c) {
        return cases().execute(c.contactId(), OpenCase.builder()
                .title(c.title())
                .description(c.description())
                .caseType(Workload.CASE_TYPE)
                .priority(Workload.PRIORITY)
                .customer(c.customerId())
                .build()).id();
    }

    @Override
    public void assign(CaseId id, CaseData c) {
        cases().execute(c.owner(), new Assign(id, Owner.agent(c.owner())));
    }

    @Override
    public void waitForCustomer(CaseId id, CaseData c) {
        cases().execute(c.owner(), new ChangeStatus(id, WAITING));
    }

    @Override
    public void customerComment(CaseId id, CaseData c) {
        cases().execute(c.contactId(), new AddComment(id, c.comment(), Visibility.PUBLIC));
    }

    @Override
    public void resolve(CaseId id, CaseData c) {
        cases().execute(c.owner(), new Resolve(id));
    }

    @Override
    public void closeCase(CaseId id, CaseData c) {
        cases().execute(c.owner(), new Close(id));
    }

    @Override
    public Verification verify(CaseData[] all, AtomicReferenceArray<CaseId> handles) {
        CaseStore s = store;
        if (s == null) {
            throw new IllegalStateException("setUp() has not run");
        }
        Verification.Collector v = new Verification.Collector();
        for (CaseData c : all) {
            CaseId id = handles.get(c.index());
            Optional<Case> found = id == null ? Optional.empty() : s.find(id);
            if (found.isEmpty()) {
                v.problem("case " + c.index() + " (" + c.number() + ") is missing");
                continue;
            }
            Case state = found.get();
            List<CaseEvent> events = s.events(state.id());
            String at = "case " + c.index() + " (" + state.number() + ")";
            v.check(state.statusReason().equals(CLOSED) && state.state() == CaseState.RESOLVED && state.version() == 6,
                    at + " is '" + state.statusReason() + "' (" + state.state() + ") at version " + state.version()
                            + ", expected 'Closed' (RESOLVED) at version 6");
            v.check(state.title().equals(c.title()) && state.description().equals(c.description())
                            && state.customerId().equals(c.customerId()) && state.contactId().equals(Optional.of(c.contactId()))
                            && state.priority().equals(Workload.PRIORITY) && state.caseType().equals(Workload.CASE_TYPE),
                    at + " does not hold the workload's case data");
            v.check(state.owner().equals(Optional.of(Owner.agent(c.owner()))), at + " is owned by " + state.owner());
            v.check(events.size() == EVENTS_PER_CASE, at + " has " + events.size() + " events, expected " + EVENTS_PER_CASE);
            v.check(events.stream().mapToLong(e -> e.header().version()).distinct().count() == 6,
                    at + " has events of " + events.stream().mapToLong(e -> e.header().version()).distinct().count()
                            + " commits, expected 6");
            v.check(expectedTimeline(events, c), () -> at + " has an unexpected timeline: " + events);
            v.check(CaseHistory.replay(events).equals(Optional.of(state)), at + " differs from the replay of its events");
            v.checked(events.size());
        }
        return v.result();
    }

    /** Opened, assigned + moved by rule, moved, commented + moved by rule, resolved, closed, by the right actors. */
    private static boolean expectedTimeline(List<CaseEvent> e, CaseData c) {
        return e.size() == EVENTS_PER_CASE
                && e.get(0) instanceof CaseOpened && by(e.get(0), c.contactId())
                && e.get(1) instanceof Assigned a && a.to().equals(Optional.of(Owner.agent(c.owner()))) && by(e.get(1), c.owner())
                && status(e.get(2), RECEIVED, IN_PROGRESS, StatusChanged.Cause.RULE) && by(e.get(2), c.owner())
                && status(e.get(3), IN_PROGRESS, WAITING, StatusChanged.Cause.REQUESTED) && by(e.get(3), c.owner())
                && e.get(4) instanceof CommentAdded comment && comment.body().length() == 200
                        && comment.body().equals(c.comment()) && comment.visibility() == Visibility.PUBLIC
                        && by(e.get(4), c.contactId())
                && status(e.get(5), WAITING, IN_PROGRESS, StatusChanged.Cause.RULE) && by(e.get(5), c.contactId())
                && status(e.get(6), IN_PROGRESS, READY, StatusChanged.Cause.REQUESTED) && by(e.get(6), c.owner())
                && status(e.get(7), READY, CLOSED, StatusChanged.Cause.REQUESTED) && by(e.get(7), c.owner());
    }

    private static boolean status(CaseEvent event, String from, String to, StatusChanged.Cause cause) {
        return event instanceof StatusChanged s && s.from().equals(from) && s.to().equals(to) && s.cause() == cause;
    }

    private static boolean by(CaseEvent event, String actorId) {
        return event.header().actor().id().equals(actorId);
    }

    @Override
    public void tearDown() throws Exception {
        OpenedStore fresh = opened;
        opened = null;
        store = null;
        cases = null;
        if (fresh != null) {
            fresh.resources().close();
        }
    }
}
