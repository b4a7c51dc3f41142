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
package io.casekit.testkit.lifecycle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.Cancel;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.CaseMergedException;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.ChangeCaseType;
import io.casekit.core.cases.ChangeDescription;
import io.casekit.core.cases.ChangePriority;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.ChangeTitle;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Link;
import io.casekit.core.cases.Merge;
import io.casekit.core.cases.MoveStage;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.RefuseApproval;
import io.casekit.core.cases.Reopen;
import io.casekit.core.cases.RequestApproval;
import io.casekit.core.cases.Resolve;
import io.casekit.core.cases.SetCustomField;
import io.casekit.core.cases.Unlink;
import io.casekit.core.cases.Unmerge;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.ApprovalKind;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.Stage;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.CasekitException;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseHistory;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.StageChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.CaseStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.apiguardian.api.API;

/**
 * The model of the case lifecycle, for any store: stateful jqwik properties of the case state
 * machine. Random sequences of commands by random actors (agents, contacts of two customers, the
 * system), with valid and invalid input, run against each preset on Casekit built over the store
 * under test. After every step the store and every actor's view are checked: events replay to the
 * stored case, versions and SLA timers agree, a contact sees only its own customer's cases and no
 * internal comment. Merges, unmerges and links run among the other commands: a merged case never
 * accepts a change, every comment of a merged source is visible on its target, links are symmetric,
 * and a refused command of several cases changes none of them. Every accepted change is checked
 * against what the definition allows its actor, including approvals: gates and the filing approval
 * are passed only with a grant by an authorised contact of the case's customer.
 *
 * <p>A store's test subclasses it, says how to make a fresh store for one chain, and declares the
 * properties it runs with their number of tries, each on one of the chains this class provides:
 *
 * <pre>{@code
 * class MyStoreLifecycleTest extends CaseLifecycleProperties {
 *     protected StoreUnderTest newStore() {
 *         MyStore store = new MyStore(freshDatabase());
 *         return new StoreUnderTest() {
 *             public CaseStore store() { return store; }
 *             public List<Timer> timers(CaseId id) { return store.timers(id); }
 *             public long caseCount() { return store.count(); }
 *         };
 *     }
 *
 *     @Property(tries = 20)
 *     void itServices(@ForAll("itServicesChains") ActionChain<World> chain) {
 *         runChecked(chain);
 *     }
 * }
 * }</pre>
 *
 * <p>The chains: {@link #itServicesChains()}, {@link #softwareVendorChains()}, {@link
 * #erpVendorChains()}, {@link #erpConsultancyChains()} (every kind of command, time passing,
 * merges and links) and {@link #erpConsultancyApprovalChains()}, {@link #erpVendorApprovalChains()}
 * (biased towards approvals and gated stages). {@link #runChecked} checks every step; {@link #run}
 * also checks that the chains drove cases through their lifecycle, which needs many tries.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public abstract class CaseLifecycleProperties {

    // The cast: two customers (ACME with a support contract, GLOBEX without), their contacts, two agents.
    private static final String ANNA = "acme-anna";
    private static final String BOB = "acme-bob";
    private static final String GINA = "globex-gina";
    private static final String ALICE = "agent-alice";
    private static final String BERT = "agent-bert";
    private static final String SYSTEM = "<system>";
    private static final List<String> ACTORS = List.of(ANNA, BOB, GINA, ALICE, BERT, SYSTEM);
    private static final int STEPS = 40;

    /**
     * The store one chain runs on, fresh and empty, with what the properties read back from it
     * beyond the SPI.
     */
    public interface StoreUnderTest extends AutoCloseable {

        /** {@return the store Casekit runs on} */
        CaseStore store();

        /**
         * Reads the case as stored; by default through {@link #store()}.
         *
         * @param id the case's id
         * @return the case as last committed, or empty if the store has no such case
         */
        default Optional<Case> find(CaseId id) {
            return store().find(id);
        }

        /**
         * Reads the case's events as stored; by default through {@link #store()}.
         *
         * @param id the case's id
         * @return the events in sequence order; empty if the store has no such case
         */
        default List<CaseEvent> events(CaseId id) {
            return store().events(id);
        }

        /**
         * Every timer the store holds for the case, read from the store's side: the properties check
         * them against the case's SLA clocks.
         *
         * @param id the case's id
         * @return the timers, in any order; empty if there are none
         */
        List<io.casekit.spi.timer.Timer> timers(CaseId id);

        /** {@return how many cases the store holds} */
        long caseCount();

        /** Releases the store (a database, say); called once the chain has run. */
        @Override
        default void close() {}
    }

    /**
     * Makes a fresh, empty store for one chain; called once per try. The chain closes it when it has
     * run.
     *
     * @return the store under test, with no cases
     */
    protected abstract StoreUnderTest newStore();

    /**
     * Chains on the erp-consultancy preset biased towards approvals and its gated change-request
     * stages.
     *
     * @return the chains, for a property's {@code @ForAll} parameter
     */
    @Provide
    protected Arbitrary<ActionChain<World>> erpConsultancyApprovalChains() {
        return approvalChains("erp-consultancy");
    }

    /**
     * Chains on the erp-vendor preset biased towards deciding the filing approval.
     *
     * @return the chains, for a property's {@code @ForAll} parameter
     */
    @Provide
    protected Arbitrary<ActionChain<World>> erpVendorApprovalChains() {
        return approvalChains("erp-vendor");
    }

    private Arbitrary<ActionChain<World>> approvalChains(String preset) {
        return ActionChain.startWith(() -> new World(preset, newStore()))
                .withAction(1, new OpenAction(true))
                .withAction(8, new ApprovalAction())
                .withAction(3, new CommandAction())
                .withMaxTransformations(STEPS);
    }

    /**
     * Chains of every kind of step on the it-services preset: commands, time passing, merges,
     * unmerges and links.
     *
     * @return the chains, for a property's {@code @ForAll} parameter
     */
    @Provide
    protected Arbitrary<ActionChain<World>> itServicesChains() {
        return chains("it-services");
    }

    /**
     * Chains of every kind of step on the software-vendor preset: commands, time passing, merges,
     * unmerges and links.
     *
     * @return the chains, for a property's {@code @ForAll} parameter
     */
    @Provide
    protected Arbitrary<ActionChain<World>> softwareVendorChains() {
        return chains("software-vendor");
    }

    /**
     * Chains of every kind of step on the erp-vendor preset: commands, time passing, merges,
     * unmerges and links.
     *
     * @return the chains, for a property's {@code @ForAll} parameter
     */
    @Provide
    protected Arbitrary<ActionChain<World>> erpVendorChains() {
        return chains("erp-vendor");
    }

    /**
     * Chains of every kind of step on the erp-consultancy preset: commands, time passing, merges,
     * unmerges and links.
     *
     * @return the chains, for a property's {@code @ForAll} parameter
     */
    @Provide
    protected Arbitrary<ActionChain<World>> erpConsultancyChains() {
        return chains("erp-consultancy");
    }

    private Arbitrary<ActionChain<World>> chains(String preset) {
        return ActionChain.startWith(() -> new World(preset, newStore()))
                .withAction(1, new OpenAction())
                .withAction(6, new CommandAction())
                .withAction(1, new TimePasses())
                .withAction(2, new MergeAction())
                .withAction(1, new UnmergeAction())
                .withAction(1, new CommentOnMergedAction())
                .withAction(1, new LinkAction())
                .withMaxTransformations(STEPS);
    }

    /**
     * Runs a chain as {@link #runChecked} does, and checks that the chains drive cases through their
     * lifecycle: across all tries of the property, more than 3% of the commands must move a case to
     * another status, more than 10% change one otherwise and more than 10% be refused. That takes
     * many tries; with few, use {@link #runChecked}.
     *
     * @param chain the chain the property was given
     * @throws AssertionError if a step breaks an invariant (the coverage fails the property at its
     *     end)
     */
    protected static void run(ActionChain<World> chain) {
        runChecked(chain);
        // The generators must drive cases through their lifecycle, not only into refusals.
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("moved").percentage(p -> p > 3);
            coverage.check("changed").percentage(p -> p > 10);
            coverage.check("refused").percentage(p -> p > 10);
        });
    }

    /**
     * Runs a chain, checking every case and every actor's view after every step; closes the chain's
     * store.
     *
     * @param chain the chain the property was given
     * @throws AssertionError if a step breaks an invariant
     */
    protected static void runChecked(ActionChain<World> chain) {
        try {
            World world = chain.withInvariant("every case replays and every contact sees only its own", World::checkEveryView).run();
            assertThat(world.steps).isPositive();
        } finally {
            chain.finalState().ifPresent(World::close);
        }
    }

    /** The system under test and what the properties remember about it. */
    public static final class World implements AutoCloseable {
        final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z"));
        final InMemoryDirectory directory = new InMemoryDirectory();
        final StoreUnderTest store;
        final Casekit casekit;
        final WorkflowDefinition definition;
        final List<CaseId> cases = new ArrayList<>();
        /** Each merged case as it was when it was first seen merged. */
        final Map<CaseId, Case> merged = new HashMap<>();
        int steps;

        World(String preset, StoreUnderTest store) {
            this.store = store;
            definition = Presets.load(preset);
            directory.add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                    .add(new Customer("GLOBEX", "Globex BV", Optional.empty()))
                    .add(Actor.contact(ANNA, "Anna Acme", "ACME").authorised().language(Locale.forLanguageTag("nl")).build())
                    .add(Actor.contact(BOB, "Bob Acme", "ACME").build())
                    .add(Actor.contact(GINA, "Gina Globex", "GLOBEX").authorised().build())
                    .add(Actor.agent(ALICE, "Alice Agent").teams("first-line").build())
                    .add(Actor.agent(BERT, "Bert Agent").teams("second-line").build());
            casekit = Casekit.builder().store(store.store()).identity(directory).clock(clock).random(new Random(42)).definition(definition)
                    .build();
        }

        CaseService cases() {
            return casekit.cases();
        }

        /** Releases the store under test. */
        @Override
        public void close() {
            store.close();
        }

        Optional<Actor> actor(String id) {
            return id.equals(SYSTEM) ? Optional.empty() : directory.findActor(id);
        }

        Case execute(String actor, CaseCommand command) {
            return actor.equals(SYSTEM) ? cases().executeAsSystem(command) : cases().execute(actor, command);
        }

        ActorKind kind(String actor) {
            return actor(actor).map(Actor::kind).orElse(ActorKind.SYSTEM);
        }

        boolean isForeignContact(String actor, Case c) {
            return actor(actor).flatMap(Actor::customerId).filter(customer -> !customer.equals(c.customerId())).isPresent();
        }

        /** Every case as it is now. */
        Map<CaseId, Case> snapshot() {
            Map<CaseId, Case> all = new HashMap<>();
            cases.forEach(id -> all.put(id, store.find(id).orElseThrow()));
            return all;
        }

        /** Every case but the given ones is as it was. */
        void assertUnchangedExcept(Map<CaseId, Case> before, java.util.Collection<CaseId> changed) {
            before.forEach((id, c) -> {
                if (!changed.contains(id)) {
                    assertThat(store.find(id)).as("case %s changed", c.number()).contains(c);
                }
            });
        }

        void checkEveryView() {
            for (CaseId id : cases) {
                Case stored = store.find(id).orElseThrow();
                checkLinks(stored);
                List<CaseEvent> events = store.events(id);
                assertThat(CaseHistory.replay(events)).contains(stored);
                StatusReason status = definition.statusReason(stored.statusReason()).orElseThrow(
                        () -> new AssertionError("status " + stored.statusReason() + " is not in the definition"));
                assertThat(stored.state()).isEqualTo(status.state());
                assertThat(stored.version()).isEqualTo(events.get(events.size() - 1).header().version());
                checkSlaTimers(stored);
                for (String contact : List.of(ANNA, BOB, GINA)) {
                    if (isForeignContact(contact, stored)) {
                        assertRefused(() -> cases().get(contact, id));
                        assertRefused(() -> cases().timeline(contact, id));
                    } else {
                        assertThat(cases().timeline(contact, id))
                                .noneMatch(e -> e instanceof CommentAdded c && c.visibility() == Visibility.INTERNAL);
                    }
                }
            }
        }

        /**
         * Links are symmetric; a merged case never accepts a change; the target's timeline holds
         * every comment of its merged sources (the public ones for its customer's contacts).
         */
        private void checkLinks(Case c) {
            for (CaseLink link : c.links()) {
                Case other = store.find(link.other()).orElseThrow();
                assertThat(other.links()).as("the inverse of %s", link)
                        .anySatisfy(back -> assertThat(back.is(link.kind().inverse(), c.id())).isTrue());
            }
            Optional<CaseLink> into = c.mergedInto();
            if (into.isEmpty()) {
                merged.remove(c.id());
            } else {
                Case first = merged.putIfAbsent(c.id(), c);
                if (first != null) {
                    assertThat(c).as("a merged case accepted a change").isEqualTo(first);
                }
                assertThat(c.state()).isEqualTo(io.casekit.spi.model.CaseState.CANCELLED);
                assertThat(Optional.of(c.statusReason())).isEqualTo(definition.merging().map(m -> m.status()));
            }
            List<CaseId> sources = c.linked(LinkKind.MERGED_FROM);
            if (sources.isEmpty()) {
                return;
            }
            List<CaseEvent> agentView = cases().timeline(ALICE, c.id());
            String contact = c.customerId().equals("ACME") ? ANNA : GINA;
            List<CaseEvent> contactView = cases().timeline(contact, c.id());
            for (CaseId source : sources) {
                List<CommentAdded> comments = store.events(source).stream()
                        .filter(e -> e instanceof CommentAdded).map(e -> (CommentAdded) e).toList();
                assertThat(agentView).as("the comments of merged case %s", source).containsAll(comments);
                assertThat(contactView).containsAll(comments.stream().filter(e -> e.visibility() == Visibility.PUBLIC).toList());
            }
        }

        /** Running SLA clocks have their breach timer at the deadline; paused and ended ones have no timers. */
        private void checkSlaTimers(Case c) {
            List<io.casekit.spi.timer.Timer> timers = store.timers(c.id());
            for (io.casekit.spi.model.SlaInstance sla : c.slas()) {
                String prefix = "sla/" + sla.kind() + "/";
                List<io.casekit.spi.timer.Timer> own = timers.stream().filter(t -> t.key().name().startsWith(prefix)).toList();
                switch (sla.state()) {
                    case IN_PROGRESS, NEARING_BREACH -> assertThat(own)
                            .filteredOn(t -> t.key().name().endsWith("breach"))
                            .singleElement()
                            .satisfies(t -> assertThat(Optional.of(t.dueAt())).isEqualTo(sla.deadline()));
                    default -> assertThat(own).as("timers of a %s instance", sla.state()).isEmpty();
                }
                for (int i = 1; i < sla.pauses().size(); i++) {
                    assertThat(sla.pauses().get(i).from()).isAfterOrEqualTo(sla.pauses().get(i - 1).until().orElseThrow());
                }
            }
        }

        private static void assertRefused(Runnable read) {
            try {
                read.run();
                fail("a contact read another customer's case");
            } catch (CaseNotFoundException expected) {
                // the case does not exist for this contact
            }
        }
    }

    /** Opens a case with valid or invalid input, as a random actor. */
    static final class OpenAction implements Action.Independent<World> {
        /** Whether mostly case types with stages are opened (for the approval chains). */
        private final boolean staged;

        OpenAction() {
            this(false);
        }

        OpenAction(boolean staged) {
            this.staged = staged;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.integers().between(0, 1_000_000),
                            Arbitraries.of(true, true, true, false), texts())
                    .as((actor, seed, valid, title) -> Transformer.mutate("open as " + actor + " (" + seed + ", " + valid + ", '" + title + "')",
                            world -> open(world, actor, seed, valid, title, staged)));
        }

        private static void open(World world, String actor, int seed, boolean valid, String title, boolean staged) {
            WorkflowDefinition d = world.definition;
            java.util.Random random = new java.util.Random(seed);
            CaseType type = d.caseTypes().get(random.nextInt(d.caseTypes().size()));
            List<CaseType> withStages = d.caseTypes().stream().filter(t -> t.stagePipeline().isPresent()).toList();
            if (staged && !withStages.isEmpty() && random.nextInt(4) != 0) {
                type = withStages.get(random.nextInt(withStages.size()));
            }
            OpenCase.Builder command = OpenCase.builder()
                    .title(valid ? "Case " + seed : title)
                    .description("Opened by the property test")
                    .caseType(valid || random.nextBoolean() ? type.code() : "Bogus");
            if (random.nextBoolean()) {
                command.priority(d.priorities().get(random.nextInt(d.priorities().size())).code());
            }
            if (world.kind(actor) != ActorKind.CONTACT) {
                command.customer(random.nextBoolean() ? "ACME" : "GLOBEX");
            }
            for (CustomField field : d.customFields()) {
                if (field.appliesTo(type.code()) && (field.required() || random.nextBoolean())) {
                    command.customField(field.name(), valueFor(field, random));
                }
            }
            long before = world.store.caseCount();
            world.steps++;
            try {
                Case opened = world.execute(actor, command.build());
                world.cases.add(opened.id());
                assertThat(world.store.find(opened.id())).contains(opened);
                assertThat(opened.version()).isEqualTo(1);
                // guide 002: a case filed by a contact who is not an authorised contact waits for an approval
                boolean waits = d.filingApproval().isPresent() && world.actor(actor)
                        .filter(a -> a.kind() == ActorKind.CONTACT && !a.authorisedContact()).isPresent();
                assertThat(opened.statusReason())
                        .isEqualTo(waits ? d.filingApproval().orElseThrow().waitingStatus() : d.initialStatus());
                world.actor(actor).flatMap(Actor::customerId).ifPresent(customer -> assertThat(opened.customerId()).isEqualTo(customer));
                if (opened.customerId().equals("GLOBEX")) {
                    assertThat(opened.priority()).isEqualTo(d.noContractPriority().orElseThrow());
                }
            } catch (CasekitException refused) {
                assertThat(world.store.caseCount()).isEqualTo(before);
            }
        }
    }

    /**
     * Approval steps on a random case by a random actor, biased towards what moves a case through
     * its gates: requesting the approval the next stage's gate needs, deciding the latest request,
     * moving to a next stage, setting the fields a stage requires. Every step is checked like any
     * other command ({@link CommandAction#apply}), and so are the gates it passes.
     */
    static final class ApprovalAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !world.cases.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                            Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 1_000_000))
                    .as((who, index, step, seed) -> Transformer.mutate("actor #" + who + " on case #" + index + ": approval step " + step
                            + " (" + seed + ")", w -> {
                                // mostly agents request and move, mostly the case's authorised contact decides;
                                // all of them try everything
                                CaseId id = pick(w, index);
                                boolean decision = step >= 2 && step <= 4;
                                List<String> actors = decision ? DECIDERS : MOVERS;
                                String actor = decision && who % 2 == 0
                                        ? (w.store.find(id).orElseThrow().customerId().equals("ACME") ? ANNA : GINA)
                                        : actors.get(who % actors.size());
                                CaseCommand.OnCase command = command(w, id, step, seed);
                                boolean gated = command instanceof MoveStage move && CommandAction.stageOf(w.definition,
                                        w.store.find(move.caseId()).orElseThrow(), move.stage()).flatMap(Stage::gate).isPresent();
                                int eventsBefore = w.store.events(command.caseId()).size();
                                CommandAction.apply(w, actor, command);
                                if (gated && w.store.events(command.caseId()).size() == eventsBefore) {
                                    Statistics.label("gates").collect("refused");
                                } else if (gated) {
                                    Statistics.label("gates").collect("passed");
                                }
                            }));
        }

        private static final List<String> DECIDERS = List.of(ANNA, ANNA, GINA, GINA, BOB,
                ALICE, SYSTEM);
        private static final List<String> MOVERS = List.of(ALICE, BERT, SYSTEM, ALICE, BERT, ANNA,
                BOB, GINA);

        /** A case, mostly one that has stages. */
        private static CaseId pick(World world, int index) {
            List<CaseId> staged = world.cases.stream()
                    .filter(id -> world.store.find(id).flatMap(c -> world.definition.caseType(c.caseType()))
                            .flatMap(CaseType::stagePipeline).isPresent())
                    .toList();
            List<CaseId> from = staged.isEmpty() || index % 5 == 0 ? world.cases : staged;
            return from.get(index % from.size());
        }

        private static CaseCommand.OnCase command(World world, CaseId id, int step, int seed) {
            WorkflowDefinition d = world.definition;
            Case c = world.store.find(id).orElseThrow();
            java.util.Random random = new java.util.Random(seed);
            List<CaseEvent> timeline = world.store.events(id);
            Optional<String> next = nextStage(d, c, random);
            Optional<String> nextGate = next.flatMap(stage -> CommandAction.stageOf(d, c, stage)).flatMap(Stage::gate);
            ApprovalKind any = d.approvals().get(random.nextInt(d.approvals().size()));
            Optional<String> lastRequested = timeline.stream().filter(e -> e instanceof ApprovalRequested)
                    .map(e -> ((ApprovalRequested) e).kind()).reduce((a, b) -> b);
            return switch (step) {
                case 0, 1 -> {
                    ApprovalKind kind = nextGate.filter(g -> random.nextInt(4) != 0).flatMap(d::approval).orElse(any);
                    yield new RequestApproval(id, kind.code(), subject(kind, random), Optional.empty());
                }
                case 2, 3 -> new Approve(id, lastRequested.filter(k -> random.nextInt(5) != 0).orElse(any.code()));
                case 4 -> new RefuseApproval(id, lastRequested.orElse(any.code()), "Not like this");
                case 5, 6, 7 -> new MoveStage(id, next.orElse("Nowhere"));
                case 8 -> next.flatMap(stage -> CommandAction.stageOf(d, c, stage)).flatMap(stage -> stage.requiredFields().stream().findFirst())
                        .flatMap(d::customField)
                        .<CaseCommand.OnCase>map(field -> new SetCustomField(id, field.name(), Optional.of(valueFor(field, random))))
                        .orElse(new AddComment(id, "Any news?", Visibility.PUBLIC));
                default -> new AddComment(id, "Please go ahead.", Visibility.PUBLIC);
            };
        }

        private static Optional<String> subject(ApprovalKind kind, java.util.Random random) {
            return switch (kind.subject()) {
                case HOURS -> Optional.of(random.nextInt(8) == 0 ? "0" : Integer.toString(1 + random.nextInt(40)));
                case TEXT -> Optional.of("EUR " + random.nextInt(1000));
                case NONE -> random.nextInt(8) == 0 ? Optional.of("2") : Optional.empty();
            };
        }

        /** A stage the case may move to next (or, now and then, one it may not). */
        private static Optional<String> nextStage(WorkflowDefinition d, Case c, java.util.Random random) {
            Optional<io.casekit.core.workflow.StagePipeline> pipeline = d.caseType(c.caseType())
                    .flatMap(CaseType::stagePipeline).flatMap(d::stagePipeline);
            if (pipeline.isEmpty()) {
                return d.stagePipelines().stream().findFirst().map(p -> p.first().code());
            }
            List<Stage> stages = pipeline.get().stages();
            if (random.nextInt(10) == 0) {
                return Optional.of(stages.get(random.nextInt(stages.size())).code());
            }
            List<String> successors = c.stage().flatMap(pipeline.get()::stage).map(pipeline.get()::successors)
                    .orElse(List.of(pipeline.get().first().code()));
            return successors.isEmpty() ? Optional.empty() : Optional.of(successors.get(random.nextInt(successors.size())));
        }
    }

    /** Time passes and the scheduler fires what is due. */
    static final class TimePasses implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.integers().between(1, 96).map(hours -> Transformer.mutate(hours + " hours pass", world -> {
                world.clock.advance(java.time.Duration.ofHours(hours));
                world.casekit.scheduler().runDue();
                world.steps++;
            }));
        }
    }

    /** Runs a random command with valid or invalid input on a random case, as a random actor. */
    static final class CommandAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !world.cases.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            // The case is chosen by position when the step runs, not by id when it is generated, so
            // that shrinking (which drops earlier steps) never points a step at a case that is gone.
            return Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.integers().between(0, 1000),
                            commands(world.definition))
                    .as((actor, index, command) -> Transformer.mutate(
                            actor + " on case #" + index + ": " + command.apply(new CaseId("case-" + index)),
                            w -> apply(w, actor, command.apply(w.cases.get(index % w.cases.size())))));
        }

        static void apply(World world, String actor, CaseCommand.OnCase command) {
            CaseId id = command.caseId();
            Case before = world.store.find(id).orElseThrow();
            List<CaseEvent> eventsBefore = world.store.events(id);
            Map<CaseId, Case> all = world.snapshot();
            world.steps++;
            try {
                Case result = world.execute(actor, command);
                assertThat(world.isForeignContact(actor, before)).as("a contact changed another customer's case").isFalse();
                Optional<CaseId> target = before.mergedInto().map(CaseLink::other);
                if (target.isPresent()) {
                    // a merged case never accepts a change: a comment on it lands on its target
                    assertThat(command).isInstanceOf(AddComment.class);
                    assertThat(world.store.find(id)).contains(before);
                    assertThat(world.store.events(id)).isEqualTo(eventsBefore);
                    if (!result.id().equals(target.get())) {
                        assertThat(result.linked(LinkKind.FOLLOW_UP_OF)).containsExactly(target.get());
                        world.cases.add(result.id());
                    } else {
                        assertThat(world.store.events(target.get())).filteredOn(e -> e instanceof CommentAdded).last()
                                .satisfies(e -> assertThat(((CommentAdded) e).body()).isEqualTo(((AddComment) command).body()));
                    }
                    world.assertUnchangedExcept(all, List.of(target.get()));
                    Statistics.label("links").collect("comment redirected");
                    return;
                }
                if (!result.id().equals(id)) {
                    // feedback on a closed case opens a follow-up case linked to it
                    assertThat(command).isInstanceOf(AddComment.class);
                    assertThat(world.kind(actor)).isEqualTo(ActorKind.CONTACT);
                    assertThat(before.state()).isEqualTo(io.casekit.spi.model.CaseState.RESOLVED);
                    assertThat(result.linked(LinkKind.FOLLOW_UP_OF)).containsExactly(id);
                    assertThat(Optional.of(result.statusReason())).isEqualTo(world.definition.followUpStatus());
                    Case old = world.store.find(id).orElseThrow();
                    assertThat(old.linked(LinkKind.FOLLOWED_UP_BY)).contains(result.id());
                    assertThat(old.statusReason()).isEqualTo(before.statusReason());
                    world.cases.add(result.id());
                    world.assertUnchangedExcept(all, List.of(id));
                    Statistics.label("links").collect("followed up");
                    return;
                }
                Case after = world.store.find(id).orElseThrow();
                assertThat(result).isEqualTo(after);
                List<CaseEvent> eventsAfter = world.store.events(id);
                if (after.version() == before.version()) {
                    assertThat(after).isEqualTo(before);
                    assertThat(eventsAfter).isEqualTo(eventsBefore);
                    Statistics.label("outcome").collect("unchanged");
                    return;
                }
                assertThat(after.version()).isEqualTo(before.version() + 1);
                assertThat(eventsAfter.subList(0, eventsBefore.size())).isEqualTo(eventsBefore);
                List<CaseEvent> added = eventsAfter.subList(eventsBefore.size(), eventsAfter.size());
                assertThat(added).isNotEmpty();
                checkAccepted(world, actor, before, added);
                Statistics.label("outcome").collect(after.statusReason().equals(before.statusReason()) ? "changed" : "moved");
            } catch (CasekitException refused) {
                Statistics.label("outcome").collect("refused");
                assertThat(world.store.find(id)).as("a refused command changed the case").contains(before);
                assertThat(world.store.events(id)).isEqualTo(eventsBefore);
                world.assertUnchangedExcept(all, List.of());
                if (before.mergedInto().isPresent() && !(command instanceof AddComment)) {
                    assertThat(refused).isInstanceOfAny(CaseMergedException.class, CaseNotFoundException.class,
                            CommandValidationException.class);
                }
                if (world.isForeignContact(actor, before)) {
                    // a command's own fields are checked before the case is looked up; past that,
                    // the case does not exist for a contact of another customer
                    assertThat(refused).isInstanceOfAny(CaseNotFoundException.class, CommandValidationException.class);
                }
            }
        }

        /** Every accepted change is something the definition allows this actor. */
        private static void checkAccepted(World world, String actor, Case before, List<CaseEvent> added) {
            WorkflowDefinition d = world.definition;
            ActorKind kind = world.kind(actor);
            checkApprovals(world, before, added);
            assertThat(before.state().isOpen() || added.stream().anyMatch(e -> e instanceof StatusChanged))
                    .as("a closed case changed without a transition out").isTrue();
            for (CaseEvent event : added) {
                assertThat(event.header().actor().kind()).isEqualTo(kind);
                if (event instanceof CommentAdded comment && kind == ActorKind.CONTACT) {
                    assertThat(comment.visibility()).isEqualTo(Visibility.PUBLIC);
                }
                if (event instanceof Assigned) {
                    assertThat(kind).isNotEqualTo(ActorKind.CONTACT);
                }
                if (event instanceof StatusChanged moved) {
                    StatusReason from = d.statusReason(moved.from()).orElseThrow();
                    if (moved.cause() == StatusChanged.Cause.REQUESTED) {
                        assertThat(d.transition(moved.from(), moved.to(), kind))
                                .as("transition %s -> %s for %s", moved.from(), moved.to(), kind).isPresent();
                    } else {
                        boolean byAssignment = added.stream().anyMatch(e -> e instanceof Assigned)
                                && from.onAssign().equals(Optional.of(moved.to()));
                        boolean byContactComment = kind == ActorKind.CONTACT
                                && from.onContactComment().equals(Optional.of(moved.to()));
                        boolean byDecision = d.filingApproval().filter(f -> f.waitingStatus().equals(moved.from())
                                && (added.stream().anyMatch(e -> e instanceof ApprovalGranted g && g.kind().equals(f.approval()))
                                        && f.onGrant().equals(moved.to())
                                    || added.stream().anyMatch(e -> e instanceof ApprovalRefused r && r.kind().equals(f.approval()))
                                        && f.onRefuse().equals(moved.to()))).isPresent();
                        boolean byStage = added.stream().anyMatch(e -> e instanceof StageChanged stage
                                && stageOf(d, before, stage.to()).flatMap(Stage::setsStatus).equals(Optional.of(moved.to())));
                        assertThat(byAssignment || byContactComment || byDecision || byStage)
                                .as("rule move %s -> %s", moved.from(), moved.to()).isTrue();
                    }
                }
            }
        }

        /**
         * Approvals are decided by authorised contacts of the case's customer only, requested by
         * the desk only, and a gated stage is entered only with a grant by such a contact, given
         * after the case last entered a stage with the same gate and not followed by a new request.
         * A case waiting for its filing approval leaves the wait only by such a grant, or cancelled.
         */
        private static void checkApprovals(World world, Case before, List<CaseEvent> added) {
            WorkflowDefinition d = world.definition;
            List<CaseEvent> timeline = new ArrayList<>(world.store.events(before.id()));
            for (CaseEvent event : added) {
                ActorRef by = event.header().actor();
                if (event instanceof ApprovalGranted || event instanceof ApprovalRefused) {
                    assertThat(isAuthorisedContactOf(world, by, before.customerId()))
                            .as("%s by %s on a case of %s", event.getClass().getSimpleName(), by, before.customerId()).isTrue();
                    Statistics.label("approvals").collect("decided");
                }
                if (event instanceof ApprovalRequested) {
                    assertThat(by.kind()).isNotEqualTo(ActorKind.CONTACT);
                }
                if (event instanceof StageChanged moved) {
                    Optional<String> gate = stageOf(d, before, moved.to()).flatMap(Stage::gate);
                    if (gate.isPresent()) {
                        List<CaseEvent> earlier = timeline.subList(0, (int) event.header().sequence() - 1);
                        assertThat(gateOpen(world, d, before, earlier, gate.get()))
                                .as("stage %s entered without a new grant of %s", moved.to(), gate.get()).isTrue();
                        Statistics.label("approvals").collect("gate passed");
                    }
                }
            }
            d.filingApproval().filter(f -> f.waitingStatus().equals(before.statusReason())).ifPresent(f -> {
                Case after = world.store.find(before.id()).orElseThrow();
                if (!after.statusReason().equals(f.waitingStatus()) && after.state() != io.casekit.spi.model.CaseState.CANCELLED) {
                    assertThat(added).as("left the wait for the filing approval without it")
                            .anyMatch(e -> e instanceof ApprovalGranted g && g.kind().equals(f.approval())
                                    && isAuthorisedContactOf(world, g.header().actor(), before.customerId()));
                }
            });
        }

        /** The model of a gate: the kind's last approval event is a grant by an authorised contact, after the last gated entry. */
        private static boolean gateOpen(World world, WorkflowDefinition d, Case c, List<CaseEvent> earlier, String kind) {
            long lastEntry = 0;
            Optional<CaseEvent> lastApproval = Optional.empty();
            for (CaseEvent e : earlier) {
                if (e instanceof StageChanged moved && stageOf(d, c, moved.to()).flatMap(Stage::gate).equals(Optional.of(kind))) {
                    lastEntry = e.header().sequence();
                } else if (e instanceof ApprovalRequested r && r.kind().equals(kind)
                        || e instanceof ApprovalGranted g && g.kind().equals(kind)
                        || e instanceof ApprovalRefused f && f.kind().equals(kind)) {
                    lastApproval = Optional.of(e);
                }
            }
            return lastApproval.orElse(null) instanceof ApprovalGranted granted && granted.header().sequence() > lastEntry
                    && isAuthorisedContactOf(world, granted.header().actor(), c.customerId());
        }

        private static boolean isAuthorisedContactOf(World world, ActorRef ref, String customerId) {
            return ref.kind() == ActorKind.CONTACT && world.actor(ref.id())
                    .filter(a -> a.authorisedContact() && a.customerId().equals(Optional.of(customerId))).isPresent();
        }

        static Optional<Stage> stageOf(WorkflowDefinition d, Case c, String stage) {
            return d.caseType(c.caseType()).flatMap(CaseType::stagePipeline).flatMap(d::stagePipeline).flatMap(p -> p.stage(stage));
        }

        private static Arbitrary<java.util.function.Function<CaseId, CaseCommand.OnCase>> commands(WorkflowDefinition d) {
            Arbitrary<String> statuses = Arbitraries.of(Stream.concat(d.statusReasons().stream().map(StatusReason::code),
                    Stream.of("999")).toList());
            Arbitrary<String> priorities = Arbitraries.of(Stream.concat(d.priorities().stream().map(Priority::code),
                    Stream.of("P9")).toList());
            Arbitrary<String> types = Arbitraries.of(Stream.concat(d.caseTypes().stream().map(CaseType::code),
                    Stream.of("Bogus")).toList());
            Arbitrary<String> stages = Arbitraries.of(Stream.concat(d.stagePipelines().stream().flatMap(p -> p.stages().stream())
                    .map(Stage::code), Stream.of("Nowhere")).toList());
            Arbitrary<Optional<String>> comments = texts().optional(0.5);
            Arbitrary<Optional<Owner>> owners = Arbitraries.of(Optional.of(Owner.agent(ALICE)),
                    Optional.of(Owner.agent(BERT)), Optional.of(Owner.team("second-line")),
                    Optional.of(Owner.agent(ANNA)), Optional.empty());
            List<Arbitrary<java.util.function.Function<CaseId, CaseCommand.OnCase>>> all = new ArrayList<>(List.of(
                    texts().map(t -> id -> new ChangeTitle(id, t)),
                    texts().map(t -> id -> new ChangeDescription(id, t)),
                    priorities.map(p -> id -> new ChangePriority(id, p)),
                    types.map(t -> id -> new ChangeCaseType(id, t)),
                    Combinators.combine(statuses, comments).as((s, c) -> id -> new ChangeStatus(id, s, c)),
                    Combinators.combine(statuses, comments).as((s, c) -> id -> new ChangeStatus(id, s, c)),
                    Combinators.combine(statuses, comments).as((s, c) -> id -> new ChangeStatus(id, s, c)),
                    comments.map(c -> id -> new Resolve(id, c)),
                    comments.map(c -> id -> new Close(id, c)),
                    comments.map(c -> id -> new Cancel(id, c)),
                    comments.map(c -> id -> new Reopen(id, c)),
                    stages.map(s -> id -> new MoveStage(id, s)),
                    Combinators.combine(texts(), Arbitraries.of(Visibility.class)).as((b, v) -> id -> new AddComment(id, b, v)),
                    Combinators.combine(texts(), Arbitraries.of(Visibility.class)).as((b, v) -> id -> new AddComment(id, b, v)),
                    owners.map(o -> id -> new Assign(id, o))));
            if (!d.approvals().isEmpty()) {
                Arbitrary<String> kinds = Arbitraries.of(Stream.concat(d.approvals().stream().map(ApprovalKind::code),
                        Stream.of("bogus")).toList());
                Arbitrary<Optional<String>> subjects = Arbitraries.of(Optional.empty(), Optional.of("2"), Optional.of("16.5"),
                        Optional.of("2"), Optional.of("0"), Optional.of("many"));
                all.add(Combinators.combine(kinds, subjects, comments).as((k, s, c) -> id -> new RequestApproval(id, k, s, c)));
                all.add(Combinators.combine(kinds, subjects, comments).as((k, s, c) -> id -> new RequestApproval(id, k, s, c)));
                all.add(kinds.map(k -> id -> new Approve(id, k)));
                all.add(kinds.map(k -> id -> new Approve(id, k)));
                all.add(Combinators.combine(kinds, texts()).as((k, r) -> id -> new RefuseApproval(id, k, r)));
                all.add(stages.map(s -> id -> new MoveStage(id, s)));
            }
            for (CustomField field : d.customFields()) {
                all.add(Arbitraries.integers().between(0, 1000).map(seed -> id ->
                        new SetCustomField(id, field.name(), seed % 7 == 0 ? Optional.empty()
                                : Optional.of(seed % 5 == 0 ? "not-a-value" : valueFor(field, new java.util.Random(seed))))));
            }
            return Arbitraries.oneOf(all);
        }
    }

    /** Merges one or two random cases (sometimes the target itself, another customer's, a closed one) into a random case. */
    static final class MergeAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return world.cases.size() >= 2;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
            // mostly agents merging cases of one customer, so that merges happen; the rest checks the refusals
            Arbitrary<String> actors = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.of(ALICE, BERT, SYSTEM)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of(ACTORS)));
            return Combinators.combine(actors, index, index.list().ofMinSize(1).ofMaxSize(2), texts().optional(0.3),
                            Arbitraries.of(true, true, true, false))
                    .as((actor, target, sources, comment, sameCustomer) -> Transformer.mutate(
                            actor + " merges cases #" + sources + " into case #" + target + (sameCustomer ? " of its customer" : ""),
                            w -> {
                                CaseId into = w.cases.get(target % w.cases.size());
                                List<CaseId> pool = sameCustomer ? sameCustomerAs(w, into) : w.cases;
                                merge(w, actor, into, sources.stream().map(i -> pool.get(i % pool.size())).toList(), comment);
                            }));
        }

        /** The other cases of the case's customer, or the case itself if it has none. */
        private static List<CaseId> sameCustomerAs(World world, CaseId id) {
            String customer = world.store.find(id).orElseThrow().customerId();
            List<CaseId> same = world.cases.stream().filter(c -> !c.equals(id))
                    .filter(c -> world.store.find(c).orElseThrow().customerId().equals(customer)).toList();
            return same.isEmpty() ? List.of(id) : same;
        }

        private static void merge(World world, String actor, CaseId target, List<CaseId> sources, Optional<String> comment) {
            Map<CaseId, Case> before = world.snapshot();
            world.steps++;
            try {
                Case result = world.execute(actor, new Merge(target, sources, comment));
                assertThat(world.kind(actor)).isNotEqualTo(ActorKind.CONTACT);
                assertThat(result.id()).isEqualTo(target);
                assertThat(result).isEqualTo(world.store.find(target).orElseThrow());
                assertThat(result.state().isOpen()).isTrue();
                assertThat(result.linked(LinkKind.MERGED_FROM)).containsAll(sources);
                for (CaseId source : sources) {
                    Case merged = world.store.find(source).orElseThrow();
                    assertThat(merged.mergedInto().map(CaseLink::other)).contains(target);
                    assertThat(merged.customerId()).isEqualTo(result.customerId());
                    assertThat(before.get(source).mergedInto()).isEmpty();
                }
                List<CaseId> changed = new ArrayList<>(sources);
                changed.add(target);
                world.assertUnchangedExcept(before, changed);
                Statistics.label("links").collect("merged");
            } catch (CasekitException refused) {
                world.assertUnchangedExcept(before, List.of());
                Statistics.label("links").collect("merge refused");
            }
        }
    }

    /** Unmerges a random case, as a random actor, after a random time. */
    static final class UnmergeAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !world.cases.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            return Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.integers().between(0, 1000))
                    .as((actor, index) -> Transformer.mutate(actor + " unmerges case #" + index,
                            w -> unmerge(w, actor, w.cases.get(index % w.cases.size()))));
        }

        private static void unmerge(World world, String actor, CaseId source) {
            Map<CaseId, Case> before = world.snapshot();
            Case merged = before.get(source);
            world.steps++;
            try {
                Case result = world.execute(actor, new Unmerge(source));
                assertThat(world.kind(actor)).isNotEqualTo(ActorKind.CONTACT);
                CaseId target = merged.mergedInto().orElseThrow().other();
                assertThat(result.mergedInto()).isEmpty();
                assertThat(world.store.find(target).orElseThrow().linked(LinkKind.MERGED_FROM)).doesNotContain(source);
                StatusChanged mergeMove = world.store.events(source).stream()
                        .filter(e -> e instanceof StatusChanged moved && moved.to().equals(merged.statusReason()))
                        .map(e -> (StatusChanged) e).reduce((first, second) -> second).orElseThrow();
                assertThat(result.statusReason()).isEqualTo(mergeMove.from());
                world.assertUnchangedExcept(before, List.of(source, target));
                Statistics.label("links").collect("unmerged");
            } catch (CasekitException refused) {
                world.assertUnchangedExcept(before, List.of());
                Statistics.label("links").collect("unmerge refused");
            }
        }
    }

    /** A reply to a merged case, by a random actor: it lands on the target or is refused. */
    static final class CommentOnMergedAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return world.cases.stream().anyMatch(id -> world.store.find(id).orElseThrow().mergedInto().isPresent());
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            return Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.integers().between(0, 1000), texts(),
                            Arbitraries.of(Visibility.PUBLIC, Visibility.PUBLIC, Visibility.INTERNAL))
                    .as((actor, index, body, visibility) -> Transformer.mutate(
                            actor + " comments on merged case #" + index + ": '" + body + "' (" + visibility + ")",
                            w -> {
                                List<CaseId> merged = w.cases.stream()
                                        .filter(id -> w.store.find(id).orElseThrow().mergedInto().isPresent()).toList();
                                if (!merged.isEmpty()) {
                                    CommandAction.apply(w, actor, new AddComment(merged.get(index % merged.size()), body, visibility));
                                }
                            }));
        }
    }

    /** Links two random cases as parent and child (or asks for a kind only merges make). */
    static final class LinkAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return world.cases.size() >= 2;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
            Arbitrary<LinkKind> kinds = Arbitraries.of(LinkKind.PARENT, LinkKind.PARENT, LinkKind.CHILD, LinkKind.CHILD, LinkKind.MERGED_INTO);
            return Combinators.combine(Arbitraries.of(ACTORS), index, index, kinds, Arbitraries.of(true, false))
                    .as((actor, a, b, kind, link) -> Transformer.mutate(actor + (link ? " links" : " unlinks") + " case #" + a
                            + " to #" + b + " as " + kind, w -> link(w, actor, w.cases.get(a % w.cases.size()),
                            w.cases.get(b % w.cases.size()), kind, link)));
        }

        private static void link(World world, String actor, CaseId a, CaseId b, LinkKind kind, boolean link) {
            Map<CaseId, Case> before = world.snapshot();
            world.steps++;
            try {
                Case result = world.execute(actor, link ? new Link(a, b, kind) : new Unlink(a, b, kind));
                assertThat(world.kind(actor)).isNotEqualTo(ActorKind.CONTACT);
                assertThat(kind).isIn(LinkKind.PARENT, LinkKind.CHILD);
                assertThat(result.links().stream().anyMatch(l -> l.is(kind, b))).isEqualTo(link);
                world.assertUnchangedExcept(before, List.of(a, b));
                Statistics.label("links").collect(link ? "linked" : "unlinked");
            } catch (CasekitException refused) {
                world.assertUnchangedExcept(before, List.of());
                Statistics.label("links").collect("link refused");
            }
        }
    }

    private static String valueFor(CustomField field, java.util.Random random) {
        return switch (field.type()) {
            case CHOICE -> field.allowedValues().get(random.nextInt(field.allowedValues().size()));
            case BOOLEAN -> Boolean.toString(random.nextBoolean());
            case NUMBER -> Integer.toString(random.nextInt(100)) + ".5";
            case TEXT -> "value " + random.nextInt(100);
        };
    }

    /** Mostly valid texts, with blanks, line breaks, control characters and over-long ones mixed in. */
    private static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMinLength(1).ofMaxLength(40)
                        .filter(s -> !s.isBlank())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\t", "line\nbreak", "bell\u0007", "x".repeat(CaseCommand.MAX_TITLE + 1))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
    }
}
