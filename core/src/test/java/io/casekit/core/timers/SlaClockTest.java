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
package io.casekit.core.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.ChangePriority;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Resolve;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.sla.BusinessCalendar;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.timers.internal.DefaultScheduler;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.FeedbackWindow;
import io.casekit.core.workflow.FirstResponse;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.SlaPolicy;
import io.casekit.core.workflow.SlaTarget;
import io.casekit.core.workflow.SlaTargets;
import io.casekit.core.workflow.StatusFlag;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.TitleChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaState;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SLA clocks and their timers, driven by a clock the test moves. */
class SlaClockTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String CONTACT = "anna";
    private static final String AGENT = "alice";

    private final ManualClock clock = new ManualClock(at(2026, 3, 6, "16:30")); // a Friday
    private final InMemoryCaseStore store = new InMemoryCaseStore();
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(Actor.contact(CONTACT, "Anna", "ACME").build())
            .add(Actor.agent(AGENT, "Alice").build());

    private static Instant at(int year, int month, int day, String time) {
        return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.parse(time)).atZone(AMSTERDAM).toInstant();
    }

    private static BusinessCalendar office() {
        BusinessCalendar.Builder b = BusinessCalendar.builder("office", AMSTERDAM);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            b.open(day, LocalTime.of(8, 30), LocalTime.of(17, 0));
        }
        return b.holiday(LocalDate.of(2026, 4, 27)).build();
    }

    private static WorkflowDefinition definition(Optional<String> warningCalendar, String calendar) {
        return withoutFeedbackWindow(warningCalendar, calendar).feedbackWindow(new FeedbackWindow(Duration.ofDays(7), "closed")).build();
    }

    private static WorkflowDefinition.Builder withoutFeedbackWindow(Optional<String> warningCalendar, String calendar) {
        return WorkflowDefinition.builder("desk", 1)
                .priority(Priority.of("P1", 1, "Critical"))
                .priority(Priority.of("P3", 3, "Normal"))
                .caseType(CaseType.of("Incident", "Incident", "P3"))
                .status(StatusReason.of("new", "New", CaseState.OPEN).onAssign("working"))
                .status(StatusReason.of("working", "Working", CaseState.OPEN))
                .status(StatusReason.of("waiting", "Waiting for customer", CaseState.OPEN)
                        .flagged(StatusFlag.WAITING_ON_CUSTOMER, StatusFlag.PAUSES_SLA).onContactComment("working"))
                .status(StatusReason.of("resolved", "Resolved", CaseState.OPEN).flagged(StatusFlag.AWAITING_CONFIRMATION, StatusFlag.PAUSES_SLA))
                .status(StatusReason.of("closed", "Closed", CaseState.RESOLVED))
                .initialStatus("new")
                .transition(Transition.from("working").to("waiting").by(ActorKind.AGENT))
                .transition(Transition.from("working").to("resolved").by(ActorKind.AGENT))
                .transition(Transition.from("resolved").to("closed").by(ActorKind.SYSTEM, ActorKind.CONTACT))
                .action(Action.RESOLVE, "resolved")
                .calendar(office())
                .calendar(BusinessCalendar.always("always"))
                .slaPolicy(new SlaPolicy("sla", "SLA", Set.of(), calendar, 75, FirstResponse.FIRST_PUBLIC_AGENT_COMMENT,
                        Set.of(StatusFlag.PAUSES_SLA), warningCalendar, Map.of(
                                "P1", new SlaTargets(Optional.of(SlaTarget.parse("4 hours")), Optional.of(SlaTarget.parse("2 working days"))),
                                "P3", new SlaTargets(Optional.of(SlaTarget.parse("3 working days")), Optional.empty()))));
    }

    private Casekit casekit(WorkflowDefinition definition, String node) {
        return Casekit.builder().store(store).identity(directory).clock(clock).definition(definition).nodeId(node).build();
    }

    /** A node on the same store whose definition was changed in place on purpose (same id and version, other content). */
    private Casekit redefined(WorkflowDefinition definition, String node) {
        return Casekit.builder().store(store).identity(directory).clock(clock).definition(definition).nodeId(node)
                .redefined(definition.ref().id(), definition.ref().version()).build();
    }

    private final Casekit casekit = casekit(definition(Optional.empty(), "office"), "node-1");
    private final CaseService cases = casekit.cases();

    private Case open(String priority) {
        return cases.execute(CONTACT, OpenCase.builder().title("Down").description("All down").caseType("Incident").priority(priority).build());
    }

    private SlaInstance sla(CaseId id, SlaKind kind) {
        return cases.get(AGENT, id).sla(kind).orElseThrow();
    }

    private List<SlaChanged.Change> slaChanges(CaseId id, SlaKind kind) {
        List<SlaChanged.Change> changes = new ArrayList<>();
        for (CaseEvent e : cases.timeline(AGENT, id)) {
            if (e instanceof SlaChanged s && s.sla().kind() == kind) {
                changes.add(s.change());
            }
        }
        return changes;
    }

    @Test
    void aP1FiledFridayAtHalfPastFourIsDueMondayAtNoon() {
        Case c = open("P1");

        SlaInstance response = sla(c.id(), SlaKind.FIRST_RESPONSE);
        assertThat(response.state()).isEqualTo(SlaState.IN_PROGRESS);
        assertThat(response.budget()).isEqualTo(Duration.ofHours(4));
        assertThat(response.deadline()).contains(at(2026, 3, 9, "12:00"));
        assertThat(response.warningAt()).contains(at(2026, 3, 9, "11:00"));
        // 2 working days: the same local time on the second following working day
        assertThat(sla(c.id(), SlaKind.RESOLUTION).deadline()).contains(at(2026, 3, 10, "16:30"));
        assertThat(store.timers(c.id())).extracting(t -> t.key().name()).containsExactlyInAnyOrder(
                "sla/FIRST_RESPONSE/warning", "sla/FIRST_RESPONSE/breach", "sla/RESOLUTION/warning", "sla/RESOLUTION/breach");
    }

    @Test
    void warningThenBreachFireOnTime() {
        Case c = open("P1");
        Scheduler scheduler = casekit.scheduler();

        clock.advanceTo(at(2026, 3, 9, "10:59"));
        assertThat(scheduler.runDue()).isZero();
        clock.advanceTo(at(2026, 3, 9, "11:00"));
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(sla(c.id(), SlaKind.FIRST_RESPONSE).state()).isEqualTo(SlaState.NEARING_BREACH);
        clock.advanceTo(at(2026, 3, 9, "12:00"));
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(scheduler.runDue()).isZero();

        SlaInstance response = sla(c.id(), SlaKind.FIRST_RESPONSE);
        assertThat(response.state()).isEqualTo(SlaState.BREACHED);
        assertThat(response.endedAt()).contains(at(2026, 3, 9, "12:00"));
        assertThat(slaChanges(c.id(), SlaKind.FIRST_RESPONSE))
                .containsExactly(SlaChanged.Change.STARTED, SlaChanged.Change.NEARING_BREACH, SlaChanged.Change.BREACHED);
        assertThat(cases.timeline(AGENT, c.id())).filteredOn(e -> e instanceof SlaChanged)
                .allMatch(e -> e.header().actor().kind() == ActorKind.SYSTEM || e.header().actor().kind() == ActorKind.CONTACT);
    }

    @Test
    void theFirstPublicAgentCommentKeepsTheFirstResponsePromise() {
        Case c = open("P1");
        clock.advanceTo(at(2026, 3, 9, "09:00"));

        cases.execute(AGENT, new AddComment(c.id(), "internal only", Visibility.INTERNAL));
        assertThat(sla(c.id(), SlaKind.FIRST_RESPONSE).state()).isEqualTo(SlaState.IN_PROGRESS);
        cases.execute(AGENT, new AddComment(c.id(), "We are looking into it", Visibility.PUBLIC));

        SlaInstance response = sla(c.id(), SlaKind.FIRST_RESPONSE);
        assertThat(response.state()).isEqualTo(SlaState.SUCCEEDED);
        assertThat(response.endedAt()).contains(at(2026, 3, 9, "09:00"));
        assertThat(store.timers(c.id())).extracting(t -> t.key().name())
                .containsExactlyInAnyOrder("sla/RESOLUTION/warning", "sla/RESOLUTION/breach");
        clock.advanceTo(at(2026, 3, 9, "13:00"));
        casekit.scheduler().runDue();
        assertThat(sla(c.id(), SlaKind.FIRST_RESPONSE).state()).isEqualTo(SlaState.SUCCEEDED);
    }

    @Test
    void waitingOnTheCustomerPausesTheClockAndMovesTheDeadline() {
        clock.advanceTo(at(2026, 3, 9, "09:00"));
        Case c = open("P1");
        cases.execute(AGENT, new Assign(c.id(), Owner.agent(AGENT)));
        assertThat(sla(c.id(), SlaKind.FIRST_RESPONSE).deadline()).contains(at(2026, 3, 9, "13:00"));

        clock.advanceTo(at(2026, 3, 9, "10:00"));
        cases.execute(AGENT, new ChangeStatus(c.id(), "waiting"));
        SlaInstance paused = sla(c.id(), SlaKind.FIRST_RESPONSE);
        assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.deadline()).isEmpty();
        assertThat(store.timers(c.id())).isEmpty();

        clock.advanceTo(at(2026, 3, 9, "14:00"));
        assertThat(casekit.scheduler().runDue()).isZero();
        cases.execute(CONTACT, new AddComment(c.id(), "Here is the log", Visibility.PUBLIC));

        SlaInstance resumed = sla(c.id(), SlaKind.FIRST_RESPONSE);
        assertThat(resumed.state()).isEqualTo(SlaState.IN_PROGRESS);
        assertThat(resumed.deadline()).contains(at(2026, 3, 9, "17:00"));
        assertThat(resumed.pauses()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(at(2026, 3, 9, "10:00"));
            assertThat(p.until()).contains(at(2026, 3, 9, "14:00"));
            assertThat(p.statusReason()).isEqualTo("waiting");
        });
        assertThat(slaChanges(c.id(), SlaKind.FIRST_RESPONSE))
                .containsExactly(SlaChanged.Change.STARTED, SlaChanged.Change.PAUSED, SlaChanged.Change.RESUMED);
        assertThat(store.timers(c.id())).extracting(Timer::dueAt).contains(at(2026, 3, 9, "17:00"));
    }

    @Test
    void aPriorityChangeRecomputesTheDeadlineFromTheOriginalStart() {
        clock.advanceTo(at(2026, 3, 9, "09:00"));
        Case c = open("P3");
        assertThat(sla(c.id(), SlaKind.FIRST_RESPONSE).deadline()).contains(at(2026, 3, 12, "09:00"));
        assertThat(c.sla(SlaKind.RESOLUTION)).isEmpty();

        clock.advanceTo(at(2026, 3, 9, "10:00"));
        cases.execute(AGENT, new ChangePriority(c.id(), "P1"));

        SlaInstance retargeted = sla(c.id(), SlaKind.FIRST_RESPONSE);
        assertThat(retargeted.start()).isEqualTo(at(2026, 3, 9, "09:00"));
        assertThat(retargeted.budget()).isEqualTo(Duration.ofHours(4));
        assertThat(retargeted.deadline()).contains(at(2026, 3, 9, "13:00"));
        assertThat(slaChanges(c.id(), SlaKind.FIRST_RESPONSE)).containsExactly(SlaChanged.Change.STARTED, SlaChanged.Change.RETARGETED);
    }

    @Test
    void theFeedbackWindowClosesTheCaseAfterSevenDays() {
        clock.advanceTo(at(2026, 3, 9, "09:00"));
        Case c = open("P1");
        cases.execute(AGENT, new Assign(c.id(), Owner.agent(AGENT)));
        cases.execute(AGENT, new Resolve(c.id(), "Fixed"));
        assertThat(store.timers(c.id())).extracting(t -> t.key().name()).contains("feedback-window");

        clock.advanceTo(at(2026, 3, 16, "08:59"));
        casekit.scheduler().runDue();
        assertThat(cases.get(AGENT, c.id()).statusReason()).isEqualTo("resolved");
        clock.advanceTo(at(2026, 3, 16, "09:00"));
        casekit.scheduler().runDue();

        Case closed = cases.get(AGENT, c.id());
        assertThat(closed.statusReason()).isEqualTo("closed");
        assertThat(closed.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(closed.sla(SlaKind.RESOLUTION).orElseThrow().state()).isEqualTo(SlaState.SUCCEEDED);
        assertThat(store.timers(c.id())).isEmpty();
    }

    @Test
    void aFeedbackWindowTimerWhoseWindowWasRemovedIsCompletedAndListedNotFiredForever() {
        clock.advanceTo(at(2026, 3, 9, "09:00"));
        Case c = open("P1");
        cases.execute(AGENT, new Assign(c.id(), Owner.agent(AGENT)));
        cases.execute(AGENT, new Resolve(c.id(), "Fixed"));
        assertThat(store.timers(c.id())).extracting(t -> t.key().name()).contains("feedback-window");
        // the definition loses its feedback window while the timer is stored
        Casekit changed = redefined(withoutFeedbackWindow(Optional.empty(), "office").build(), "node-2");

        clock.advanceTo(at(2026, 3, 16, "09:00"));
        assertThat(changed.scheduler().runDue()).isZero();

        assertThat(cases.get(AGENT, c.id()).statusReason()).isEqualTo("resolved");
        assertThat(store.timers(c.id())).extracting(t -> t.key().name()).doesNotContain("feedback-window");
        assertThat(changed.scheduler().orphanedTimers()).singleElement().satisfies(orphan -> {
            assertThat(orphan.caseId()).isEqualTo(c.id());
            assertThat(orphan.timer()).isEqualTo("feedback-window");
            assertThat(orphan.dueAt()).isEqualTo(at(2026, 3, 16, "09:00"));
            assertThat(orphan.reason()).contains("no feedback window");
        });
        clock.advanceTo(at(2026, 3, 17, "09:00"));
        assertThat(changed.scheduler().runDue()).isZero();
        assertThat(changed.scheduler().orphanedTimers()).hasSize(1);
    }

    @Test
    void aTimerOfAnSlaKindThatNoLongerExistsIsCompletedAndListed() {
        clock.advanceTo(at(2026, 3, 9, "09:00"));
        Case c = open("P1");
        // a timer stored by an older version, under an SLA kind renamed since
        Case current = store.find(c.id()).orElseThrow();
        TitleChanged retitled = new TitleChanged(new EventHeader(c.id(), current.eventCount() + 1, current.version() + 1,
                clock.instant(), ActorRef.SYSTEM), current.title(), "Down, still");
        Timer renamed = new Timer(new TimerKey(c.id(), "sla/FIRST_REPLY/breach"), at(2026, 3, 9, "10:00"), "t-1");
        store.commit(new CaseCommit(retitled.applyTo(current), current.version(), List.of(retitled),
                List.of(new TimerChange.Schedule(renamed)), List.of()));

        clock.advanceTo(at(2026, 3, 9, "10:00"));
        casekit.scheduler().runDue();
        clock.advanceTo(at(2026, 3, 9, "10:05"));
        casekit.scheduler().runDue();

        assertThat(store.timers(c.id())).extracting(t -> t.key().name()).doesNotContain("sla/FIRST_REPLY/breach");
        assertThat(casekit.scheduler().orphanedTimers()).singleElement().satisfies(orphan -> {
            assertThat(orphan.timer()).isEqualTo("sla/FIRST_REPLY/breach");
            assertThat(orphan.reason()).contains("no timer kind");
        });
        // the case's own SLA timers still act
        assertThat(sla(c.id(), SlaKind.FIRST_RESPONSE).state()).isEqualTo(SlaState.IN_PROGRESS);
    }

    @Test
    void reactingInTheWindowCancelsTheAutomaticClose() {
        clock.advanceTo(at(2026, 3, 9, "09:00"));
        Case c = open("P1");
        cases.execute(AGENT, new Assign(c.id(), Owner.agent(AGENT)));
        cases.execute(AGENT, new Resolve(c.id(), "Fixed"));
        cases.execute(CONTACT, new ChangeStatus(c.id(), "closed"));

        assertThat(store.timers(c.id())).isEmpty();
        clock.advanceTo(at(2026, 3, 20, "09:00"));
        assertThat(casekit.scheduler().runDue()).isZero();
    }

    @Test
    void aStaleClaimDoesNothing() {
        clock.advanceTo(at(2026, 3, 9, "09:00"));
        Case c = open("P1");
        clock.advanceTo(at(2026, 3, 9, "13:00"));
        List<ClaimedTimer> claimed = store.claimDue(clock.instant(), 10, "slow-node", Duration.ofMinutes(5));
        assertThat(claimed).isNotEmpty();

        cases.execute(AGENT, new AddComment(c.id(), "On it", Visibility.PUBLIC)); // first response: its timers are cancelled
        int acted = 0;
        for (ClaimedTimer timer : claimed) {
            if (timer.timer().key().name().startsWith("sla/FIRST_RESPONSE") && casekitFire(timer)) {
                acted++;
            }
        }
        assertThat(acted).isZero();
        assertThat(sla(c.id(), SlaKind.FIRST_RESPONSE).state()).isEqualTo(SlaState.SUCCEEDED);
    }

    private boolean casekitFire(ClaimedTimer timer) {
        // the scheduler's own path: fire through a scheduler whose store returns exactly this claim
        Scheduler single = new DefaultScheduler(new OneClaim(store, timer), (timers, claim) ->
                ((io.casekit.core.cases.internal.DefaultCaseService) cases).fire(timers, claim), clock, "slow-node",
                Duration.ofMinutes(5), Duration.ofSeconds(1), 10);
        return single.runDue() > 0;
    }

    @Test
    void aWarningOutsideOfficeHoursWaitsForTheNextOpening() {
        Casekit roundTheClock = redefined(definition(Optional.of("office"), "always"), "node-2");
        clock.advanceTo(at(2026, 3, 7, "10:00")); // Saturday
        Case c = roundTheClock.cases().execute(CONTACT,
                OpenCase.builder().title("Down").description("All down").caseType("Incident").priority("P1").build());

        SlaInstance response = c.sla(SlaKind.FIRST_RESPONSE).orElseThrow();
        assertThat(response.warningAt()).contains(at(2026, 3, 7, "13:00"));
        assertThat(response.deadline()).contains(at(2026, 3, 7, "14:00"));
        assertThat(store.find(new io.casekit.spi.timer.TimerKey(c.id(), "sla/FIRST_RESPONSE/warning")).orElseThrow().dueAt())
                .isEqualTo(at(2026, 3, 9, "08:30"));
        clock.advanceTo(at(2026, 3, 7, "14:00"));
        roundTheClock.scheduler().runDue();
        assertThat(roundTheClock.cases().get(AGENT, c.id()).sla(SlaKind.FIRST_RESPONSE).orElseThrow().state())
                .isEqualTo(SlaState.BREACHED);
        clock.advanceTo(at(2026, 3, 9, "08:30"));
        roundTheClock.scheduler().runDue();
        // a breached instance is not warned about afterwards, and nothing fires twice
        assertThat(slaChanges(c.id(), SlaKind.FIRST_RESPONSE)).containsExactly(SlaChanged.Change.STARTED, SlaChanged.Change.BREACHED);
    }

    @Test
    void twoSchedulersOnOneStoreFireEveryTimerOnce() throws Exception {
        clock.advanceTo(at(2026, 3, 9, "09:00"));
        int count = 600;
        List<CaseId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(open("P1").id());
        }
        Casekit other = casekit(definition(Optional.empty(), "office"), "node-2");
        clock.advanceTo(at(2026, 3, 20, "09:00")); // every warning and breach is due
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> nodes = List.of(
                    () -> { start.await(); return casekit.scheduler().runDue(); },
                    () -> { start.await(); return other.scheduler().runDue(); });
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> node : nodes) {
                results.add(pool.submit(node));
            }
            start.countDown();
            int acted = 0;
            for (Future<Integer> result : results) {
                acted += result.get(2, TimeUnit.MINUTES);
            }
            // The two nodes may fire a case's breach before its warning; then the warning has nothing
            // left to do. What counts: every instance breached exactly once, nothing happened twice,
            // and every firing that acted shows as exactly one event.
            int events = 0;
            for (CaseId id : ids) {
                for (SlaKind kind : SlaKind.values()) {
                    List<SlaChanged.Change> changes = slaChanges(id, kind);
                    assertThat(changes).startsWith(SlaChanged.Change.STARTED).endsWith(SlaChanged.Change.BREACHED)
                            .doesNotHaveDuplicates()
                            .isSubsetOf(SlaChanged.Change.STARTED, SlaChanged.Change.NEARING_BREACH, SlaChanged.Change.BREACHED);
                    events += changes.size() - 1;
                }
                assertThat(store.timers(id)).isEmpty();
            }
            assertThat(acted).isEqualTo(events).isBetween(2 * count, 4 * count);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A timer store that hands out one given claim, and otherwise is the real store. */
    private record OneClaim(InMemoryCaseStore store, ClaimedTimer claim) implements io.casekit.spi.timer.TimerStore {
        @Override
        public List<ClaimedTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
            return List.of(claim);
        }

        @Override
        public void complete(ClaimedTimer claimed) {
            store.complete(claimed);
        }

        @Override
        public Optional<Timer> find(io.casekit.spi.timer.TimerKey key) {
            return store.find(key);
        }

        @Override
        public List<Timer> timers(CaseId caseId) {
            return store.timers(caseId);
        }
    }
}
