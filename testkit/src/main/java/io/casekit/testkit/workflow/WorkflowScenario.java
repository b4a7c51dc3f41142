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
package io.casekit.testkit.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.sla.BusinessCalendar;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.timers.Scheduler;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.SlaPolicy;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.store.CaseStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One run of a workflow definition, for a test: Casekit on the definition, an in-memory store (or
 * the one given), a directory of the customers and actors the test sets up, and a manual clock that
 * only the test moves. Steps run as named actors through the public {@link
 * io.casekit.core.cases.CaseService} commands; time steps move the clock and fire the timers that
 * fall due (SLA warnings and breaches, escalations, feedback windows) through Casekit's {@link
 * Scheduler}; assertions read the cases, their SLA clocks, the outbox and what each actor may do.
 *
 * <p>The {@link CasekitWorkflowTest} extension hands one to each test method; {@link #builder()}
 * makes one by hand (a parameterised test over several definitions, a definition built in Java).
 *
 * <pre>{@code
 * @CasekitWorkflowTest(preset = "it-services")
 * class ContactReplyTest {
 *     @Test
 *     void aReplyPutsTheCaseBackInTheDesksHands(WorkflowScenario scenario) {
 *         scenario.customer("ACME").withContract("SLA").contact("anna").authorised();
 *         scenario.agent("bob").inTeam("first-line");
 *
 *         CaseRef c = scenario.as("anna").open(o -> o.title("VPN drops").priority("P2").customField("expertiseDomain", "MWI"));
 *         scenario.as("bob").assignTo(c, "bob");
 *         scenario.as("bob").move(c, "310", "Which client version?");
 *         scenario.afterWorkingDays(2);
 *         scenario.as("anna").comment(c, "5.2.1");
 *
 *         scenario.assertThat(c).hasStatus("200").hasSlaState(SlaKind.RESOLUTION, SlaState.IN_PROGRESS);
 *         scenario.outbox().to("anna").containsSubject("Status of your case: 310");
 *     }
 * }
 * }</pre>
 *
 * <p>Time stands where the test put it: {@link Builder#start} (default Monday 2 March 2026, 09:00 in
 * the definition's calendar zone). Case numbers come from a seeded random, the same on every run.
 * Not thread-safe: one test drives it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class WorkflowScenario {

    /** The default start: Monday 2 March 2026, 09:00 local time. */
    public static final LocalDateTime DEFAULT_START = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final WorkflowDefinition definition;
    private final ManualClock clock;
    private final Cast cast;
    private final CaseStore store;
    private final Casekit casekit;
    private final ZoneId zone;
    private final Map<CaseId, CaseRef> cases = new LinkedHashMap<>();
    private final TimeKeeper time;

    private WorkflowScenario(Builder b) {
        this.definition = requireNonNull(b.definition);
        this.zone = mainCalendar(definition).map(BusinessCalendar::zone).orElse(ZoneOffset.UTC);
        Instant start = b.startInstant != null ? b.startInstant
                : (b.startLocal != null ? b.startLocal : DEFAULT_START).atZone(zone).toInstant();
        this.clock = new ManualClock(start);
        this.cast = new Cast(new InMemoryDirectory());
        this.store = b.store != null ? b.store : new InMemoryCaseStore();
        this.casekit = Casekit.builder()
                .store(store)
                .identity(cast.directory())
                .clock(clock)
                .random(new Random(42))
                .nodeId("workflow-scenario")
                .definition(definition)
                .build();
        Optional<Scheduler> scheduler = store.timers().map(t -> casekit.scheduler());
        this.time = new TimeKeeper(clock, scheduler, store.timers(), cases::values, this::numberOf);
    }

    /** {@return a new, empty builder; give it a definition} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A scenario on a shipped preset, with the defaults: an in-memory store, the clock at {@link
     * #DEFAULT_START}.
     *
     * @param preset the preset's name, one of {@link Presets#names()}
     * @return the scenario, with no customers or actors yet
     * @throws IllegalArgumentException if there is no preset of that name
     */
    public static WorkflowScenario ofPreset(String preset) {
        return builder().preset(preset).build();
    }

    /**
     * A scenario on {@code definition}, with the defaults: an in-memory store, the clock at {@link
     * #DEFAULT_START}.
     *
     * @param definition the workflow definition under test
     * @return the scenario, with no customers or actors yet
     */
    public static WorkflowScenario of(WorkflowDefinition definition) {
        return builder().definition(definition).build();
    }

    // ------------------------------------------------------------------ the cast

    /**
     * A customer, added if new (named by its id, without a support contract), to set up. Its setup
     * adds its contacts.
     *
     * @param customerId the customer's id, not blank
     * @return the customer's setup; its changes apply to every later step
     * @throws IllegalArgumentException if {@code customerId} is blank
     */
    public CustomerSetup customer(String customerId) {
        return cast.customer(customerId);
    }

    /**
     * An agent, added if new, to set up: named after its id ({@code "bob"} is "Bob"), in no team,
     * English, notified by mail at {@code <id>@desk.test}.
     *
     * @param agentId the agent's id, not blank
     * @return the agent's setup; its changes apply to every later step
     * @throws IllegalArgumentException if {@code agentId} is blank, or the scenario has a contact of
     *     that id already
     */
    public AgentSetup agent(String agentId) {
        return cast.agent(agentId);
    }

    // ------------------------------------------------------------------ steps

    /**
     * The steps of one actor of the scenario.
     *
     * @param actorId the id of a contact or agent set up with {@link #customer} or {@link #agent}
     * @return the actor's steps
     * @throws IllegalArgumentException if the scenario has no such actor (the message says how to add it)
     */
    public ActorSteps as(String actorId) {
        cast.actor(actorId);
        return new ActorSteps(this, Optional.of(actorId));
    }

    /** {@return the steps of the Casekit system (what timers, imports and integrations do)} */
    public ActorSteps asSystem() {
        return new ActorSteps(this, Optional.empty());
    }

    // ------------------------------------------------------------------ time

    /**
     * Lets {@code duration} of real time pass: the clock moves on and every timer that falls due on
     * the way fires, at its due time, in due order.
     *
     * @param duration how long, zero or more
     * @return this scenario
     * @throws IllegalArgumentException if {@code duration} is negative
     * @throws AssertionError if a due timer did not fire or can never act
     */
    public WorkflowScenario after(Duration duration) {
        requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward in a scenario, not by " + duration);
        }
        time.advanceTo(now().plus(duration));
        return this;
    }

    /**
     * Lets {@code days} working days pass on the definition's business calendar ({@link
     * BusinessCalendar#plusWorkingDays}): the same local time on the {@code days}-th working day, or
     * the next opening after it; timers fire on the way as in {@link #after}.
     *
     * @param days how many working days, zero or more (zero moves to the next opening)
     * @return this scenario
     * @throws AssertionError if a timer due on the way did not fire or can never act
     * @throws IllegalArgumentException if {@code days} is negative
     * @throws IllegalStateException if the definition has no single business calendar (then name one)
     */
    public WorkflowScenario afterWorkingDays(int days) {
        return advanceTo(calendar().plusWorkingDays(now(), days));
    }

    /**
     * As {@link #afterWorkingDays(int)}, on the named calendar of the definition.
     *
     * @param days how many working days, zero or more (zero moves to the next opening)
     * @param calendarId the id of one of the definition's business calendars
     * @return this scenario
     * @throws AssertionError if a timer due on the way did not fire or can never act
     * @throws IllegalArgumentException if {@code days} is negative, or the definition has no calendar
     *     of that id
     */
    public WorkflowScenario afterWorkingDays(int days, String calendarId) {
        return advanceTo(calendar(calendarId).plusWorkingDays(now(), days));
    }

    /**
     * Lets {@code businessTime} of business time pass on the definition's business calendar ("4
     * hours" counted in opening hours only); timers fire on the way as in {@link #after}. Out of
     * hours, the count starts at the next opening.
     *
     * @param businessTime how much business time, zero or more
     * @return this scenario
     * @throws AssertionError if a timer due on the way did not fire or can never act
     * @throws IllegalArgumentException if {@code businessTime} is negative
     * @throws IllegalStateException if the definition has no single business calendar
     */
    public WorkflowScenario afterBusinessTime(Duration businessTime) {
        requireNonNull(businessTime, "businessTime");
        return advanceTo(calendar().plus(now(), businessTime));
    }

    /**
     * Moves the clock forward to {@code moment}, timers firing on the way as in {@link #after}.
     *
     * @param moment the new time, not before {@link #now()}
     * @return this scenario
     * @throws AssertionError if a timer due on the way did not fire or can never act
     * @throws IllegalArgumentException if {@code moment} is before now
     */
    public WorkflowScenario advanceTo(Instant moment) {
        time.advanceTo(requireNonNull(moment, "moment"));
        return this;
    }

    /**
     * Moves the clock forward to this local date and time in the scenario's {@link #zone()}, timers
     * firing on the way as in {@link #after}.
     *
     * @param localMoment the new time, local, not before {@link #now()}
     * @return this scenario
     * @throws AssertionError if a timer due on the way did not fire or can never act
     * @throws IllegalArgumentException if {@code localMoment} is before now
     */
    public WorkflowScenario advanceTo(LocalDateTime localMoment) {
        return advanceTo(instant(localMoment));
    }

    /** {@return the scenario's time now} */
    public Instant now() {
        return time.now();
    }

    /**
     * The instant of a local date and time in the scenario's {@link #zone()}.
     *
     * @param localDateTime the local date and time in ISO form, e.g. {@code "2026-03-09T12:00"}
     * @return the instant
     * @throws java.time.format.DateTimeParseException if {@code localDateTime} is not in ISO form
     */
    public Instant instant(String localDateTime) {
        return instant(LocalDateTime.parse(requireNonNull(localDateTime, "localDateTime")));
    }

    /**
     * The instant of a local date and time in the scenario's {@link #zone()}.
     *
     * @param localDateTime the local date and time
     * @return the instant
     */
    public Instant instant(LocalDateTime localDateTime) {
        return requireNonNull(localDateTime, "localDateTime").atZone(zone).toInstant();
    }

    /**
     * The time zone of the definition's business calendar (the one its SLA policies use, if it has
     * several); UTC if it has none.
     *
     * @return the zone that local times of the scenario are in
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The definition's business calendar: its only one, or the one all its SLA policies use.
     *
     * @return the calendar that working days and business time count on
     * @throws IllegalStateException if it has none, or several in use
     */
    public BusinessCalendar calendar() {
        return mainCalendar(definition).orElseThrow(() -> new IllegalStateException("the definition " + definition.ref()
                + " has " + (definition.calendars().isEmpty() ? "no business calendar" : "the business calendars "
                + definition.calendars().keySet() + "; name one") + " for working days and business time"));
    }

    /**
     * The definition's business calendar with this id.
     *
     * @param calendarId the calendar's id in the definition
     * @return the calendar
     * @throws IllegalArgumentException if it has none of that id
     */
    public BusinessCalendar calendar(String calendarId) {
        requireNonNull(calendarId, "calendarId");
        return Optional.ofNullable(definition.calendars().get(calendarId)).orElseThrow(() -> new IllegalArgumentException(
                "the definition " + definition.ref() + " has no calendar '" + calendarId + "'; it has " + definition.calendars().keySet()));
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads the case as it is stored now (every field, as an agent sees it).
     *
     * @param c the case
     * @return the case's latest committed version
     * @throws IllegalStateException if the case is not in the store
     */
    public Case read(CaseRef c) {
        requireNonNull(c, "case");
        return store.find(c.id()).orElseThrow(() -> new IllegalStateException("case " + c + " is not in the store"));
    }

    /**
     * Reads the case's events as stored (internal comments included).
     *
     * @param c the case
     * @return the events, oldest first
     */
    public List<CaseEvent> events(CaseRef c) {
        return store.events(requireNonNull(c, "case").id());
    }

    /** {@return every case the scenario's steps opened or touched, in the order they were first seen} */
    public List<CaseRef> cases() {
        return List.copyOf(cases.values());
    }

    /**
     * Every notification queued for the scenario's cases, in the order they were queued: what the
     * desk's dispatcher would deliver (a scenario delivers nothing).
     *
     * @return the notifications, a copy
     * @throws IllegalStateException if the store keeps no outbox
     */
    public List<Mail> mails() {
        Outbox outbox = store.outbox().orElseThrow(() -> new IllegalStateException(
                "the store " + store.getClass().getSimpleName() + " keeps no outbox"));
        List<Mail> mails = new ArrayList<>();
        for (CaseRef c : cases.values()) {
            outbox.notifications(c.id()).forEach(e -> mails.add(Mail.of(c, e)));
        }
        mails.sort(Comparator.comparing(Mail::queuedAt)); // stable: a case's own mails keep their order
        return mails;
    }

    // ------------------------------------------------------------------ assertions

    /**
     * Assertions on the case as it is now; read again for a later moment.
     *
     * @param c the case
     * @return the assertions on the case's current version
     * @throws IllegalStateException if the case is not in the store
     */
    public CaseAssert assertThat(CaseRef c) {
        return new CaseAssert(read(c), this);
    }

    /**
     * Assertions on every notification queued so far ({@link #mails()}).
     *
     * @return the assertions; narrow them to a recipient or a case
     * @throws IllegalStateException if the store keeps no outbox
     */
    public OutboxAssert outbox() {
        return new OutboxAssert(mails(), "the outbox");
    }

    // ------------------------------------------------------------------ what it runs on

    /** {@return the Casekit instance the steps run on} */
    public Casekit casekit() {
        return casekit;
    }

    /** {@return the workflow definition under test} */
    public WorkflowDefinition definition() {
        return definition;
    }

    /** {@return the clock; move it with the time steps, which fire timers, rather than directly} */
    public ManualClock clock() {
        return clock;
    }

    /** {@return the store the cases live in} */
    public CaseStore store() {
        return store;
    }

    /** {@return the directory of the scenario's customers and actors; change them through their setups} */
    public InMemoryDirectory directory() {
        return cast.directory();
    }

    // ------------------------------------------------------------------ for the steps

    CaseRef remember(Case c) {
        return cases.computeIfAbsent(c.id(), id -> CaseRef.of(c));
    }

    String numberOf(CaseId id) {
        return Optional.ofNullable(cases.get(id)).map(CaseRef::number).orElse(id.value());
    }

    /** The version of every known case now. */
    Map<CaseId, Long> versions() {
        Map<CaseId, Long> versions = new HashMap<>();
        cases.keySet().forEach(id -> store.find(id).ifPresent(c -> versions.put(id, c.version())));
        return versions;
    }

    /** The business calendar working days and business time count on, if the definition names one clearly. */
    private static Optional<BusinessCalendar> mainCalendar(WorkflowDefinition d) {
        if (d.calendars().size() == 1) {
            return d.calendars().values().stream().findFirst();
        }
        Set<String> used = d.slaPolicies().stream().map(SlaPolicy::calendar).collect(Collectors.toCollection(TreeSet::new));
        return used.size() == 1 ? Optional.ofNullable(d.calendars().get(used.iterator().next())) : Optional.empty();
    }

    /**
     * Collects what a {@link WorkflowScenario} runs on. Exactly one definition is required; each
     * setter checks its argument at once and may be called once. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable WorkflowDefinition definition;
        private @Nullable String definitionFrom;
        private @Nullable Instant startInstant;
        private @Nullable LocalDateTime startLocal;
        private @Nullable CaseStore store;

        private Builder() {}

        /**
         * Runs a shipped preset.
         *
         * @param name the preset's name, one of {@link Presets#names()}
         * @return this builder
         * @throws IllegalArgumentException if there is no preset of that name
         * @throws IllegalStateException if a definition was already set
         */
        public Builder preset(String name) {
            requireNonNull(name, "preset");
            return definition(Presets.load(name), "preset '" + name + "'");
        }

        /**
         * Runs this definition.
         *
         * @param value the definition, built in Java or read with {@link
         *     io.casekit.core.workflow.WorkflowDefinitions}
         * @return this builder
         * @throws IllegalStateException if a definition was already set
         */
        public Builder definition(WorkflowDefinition value) {
            return definition(requireNonNull(value, "definition"), "definition " + value.ref());
        }

        /**
         * Runs the definition at {@code location}: {@code classpath:acme/workflow.yaml}, {@code
         * file:config/acme.json}, or a class-path resource without prefix. A name ending in {@code
         * .json} is read as JSON, any other as YAML; {@code extends:} finds the shipped presets.
         *
         * @param location where the definition is: a {@code classpath:} or {@code file:} location, or a
         *     class-path resource
         * @return this builder
         * @throws IllegalArgumentException if there is nothing at the location
         * @throws io.casekit.core.workflow.InvalidDefinitionException if the definition is invalid
         * @throws IllegalStateException if a definition was already set
         */
        public Builder definitionAt(String location) {
            requireNonNull(location, "location");
            return definition(DefinitionSource.read(location, Thread.currentThread().getContextClassLoader()), location);
        }

        private Builder definition(WorkflowDefinition value, String from) {
            if (definition != null) {
                throw new IllegalStateException("the definition was already set (" + definitionFrom + "); a scenario runs one");
            }
            definition = value;
            definitionFrom = from;
            return this;
        }

        /**
         * Where the clock starts: this instant (default {@link WorkflowScenario#DEFAULT_START} in the
         * definition's calendar zone).
         *
         * @param value the start
         * @return this builder
         * @throws IllegalStateException if a start was already set
         */
        public Builder start(Instant value) {
            requireNonNull(value, "start");
            checkStartUnset();
            startInstant = value;
            return this;
        }

        /**
         * Where the clock starts: this local date and time in the definition's calendar zone (UTC
         * without one).
         *
         * @param value the start, local
         * @return this builder
         * @throws IllegalStateException if a start was already set
         */
        public Builder start(LocalDateTime value) {
            requireNonNull(value, "start");
            checkStartUnset();
            startLocal = value;
            return this;
        }

        private void checkStartUnset() {
            if (startInstant != null || startLocal != null) {
                throw new IllegalStateException("start was already set");
            }
        }

        /**
         * Runs on this store instead of a new {@link InMemoryCaseStore} (your own store, say); it must
         * be empty. A store without timers runs no timers; one without an outbox shows no mail.
         *
         * @param value the store, empty
         * @return this builder
         * @throws IllegalStateException if a store was already set
         */
        public Builder store(CaseStore value) {
            requireNonNull(value, "store");
            if (store != null) {
                throw new IllegalStateException("store was already set");
            }
            store = value;
            return this;
        }

        /**
         * Builds the scenario.
         *
         * @return the scenario, with no customers or actors yet, its clock at the start
         * @throws IllegalStateException if no definition was given
         * @throws io.casekit.core.MissingCapabilityException if the definition needs a capability the store lacks
         */
        public WorkflowScenario build() {
            if (definition == null) {
                throw new IllegalStateException("a scenario needs a definition: preset(...), definition(...) or definitionAt(...)");
            }
            return new WorkflowScenario(this);
        }
    }
}
