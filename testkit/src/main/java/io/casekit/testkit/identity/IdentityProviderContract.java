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
package io.casekit.testkit.identity;

import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import io.casekit.testkit.internal.Concurrently;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link IdentityProvider} must pass. An implementation's test subclasses it and
 * says how to build a provider that knows the contract's {@link IdentityFixture}:
 *
 * <pre>{@code
 * class MyDirectoryTest extends IdentityProviderContract {
 *     protected IdentityProvider createProvider(IdentityFixture fixture) {
 *         MyDirectory directory = new MyDirectory(testLdap());
 *         fixture.customers().forEach(directory::addCustomer);
 *         fixture.actors().forEach(directory::addActor);
 *         return directory;
 *     }
 * }
 * }</pre>
 *
 * <p>The suite checks that a provider:
 *
 * <ul>
 *   <li>finds every actor and customer it was given, with every fact as given, and answers {@code
 *       Optional.empty()} (never null, never an exception) for ids it does not know;
 *   <li>lists a customer's contacts (all of them, and nothing else: no agent, no other customer's
 *       contact) and a team's agents, in a stable order, and an empty list for an unknown or empty
 *       customer or team;
 *   <li>finds an actor by mail address without regard to case, and finds nobody for an unknown
 *       address or one that several actors share;
 *   <li>gives the same answers every time, and from many threads at once.
 * </ul>
 *
 * <p>{@link IdentityProvider#membersOf} and {@link IdentityProvider#findByEmail} have defaults that
 * know nothing. A provider that keeps those defaults says so by overriding {@link #knowsTeams()} or
 * {@link #knowsMailAddresses()}; the tests of that part are then reported as not run, with that
 * reason, never as passed.
 */
@API(status = STABLE, since = "0.1.0")
public abstract class IdentityProviderContract {

    private final IdentityFixture fixture = IdentityFixture.standard();
    private IdentityProvider provider;

    /**
     * Makes a new provider that knows every customer and actor of {@code fixture}, each with every
     * fact as given; called before each test.
     *
     * @param fixture the customers and actors to know; {@link IdentityFixture#standard()}
     * @return the provider under test, not null
     */
    protected abstract IdentityProvider createProvider(IdentityFixture fixture);

    /**
     * Whether the provider answers {@link IdentityProvider#membersOf}. Override it to answer {@code
     * false} for a provider that keeps the default that knows no members; the team tests are then
     * reported as not run.
     *
     * @return {@code true} (the default) if the provider knows the agents of a team
     */
    protected boolean knowsTeams() {
        return true;
    }

    /**
     * Whether the provider answers {@link IdentityProvider#findByEmail}. Override it to answer {@code
     * false} for a provider that keeps the default that knows no address; the mail address tests are
     * then reported as not run.
     *
     * @return {@code true} (the default) if the provider finds actors by mail address
     */
    protected boolean knowsMailAddresses() {
        return true;
    }

    /** {@return the provider under test, made by {@link #createProvider} before this test} */
    protected final IdentityProvider provider() {
        return provider;
    }

    /** {@return the fixture the provider was made with} */
    protected final IdentityFixture fixture() {
        return fixture;
    }

    @BeforeEach
    final void setUpProvider() {
        provider = createProvider(fixture);
        assertThat(provider).as("createProvider(fixture)").isNotNull();
    }

    // ---------------------------------------------------------------- actors and customers

    @Test
    void findsEveryActorWithEveryFactAsGiven() {
        for (Actor actor : fixture.actors()) {
            assertThat(provider.findActor(actor.id())).as("findActor(%s)", actor.id()).contains(actor);
        }
    }

    @Test
    void findsEveryCustomerAsGiven() {
        for (Customer customer : fixture.customers()) {
            assertThat(provider.findCustomer(customer.id())).as("findCustomer(%s)", customer.id()).contains(customer);
        }
    }

    @Test
    void anUnknownIdIsEmptyNeverNull() {
        for (String id : List.of("nobody", "agent-alice/1", "", "ACME")) {
            assertThat(provider.findActor(id)).as("findActor(%s)", id).isNotNull().isEmpty();
        }
        for (String id : List.of("NOBODY", "acme-anna", "")) {
            assertThat(provider.findCustomer(id)).as("findCustomer(%s)", id).isNotNull().isEmpty();
        }
    }

    @Test
    void contactsBelongToTheirCustomerAndAgentsToNone() {
        for (Actor actor : fixture.actors()) {
            Actor found = provider.findActor(actor.id()).orElseThrow();
            if (found.kind() == ActorKind.CONTACT) {
                assertThat(found.customerId()).isEqualTo(actor.customerId());
                assertThat(provider.findCustomer(found.customerId().orElseThrow())).isPresent();
            } else {
                assertThat(found.customerId()).isEmpty();
                assertThat(found.authorisedContact()).isFalse();
            }
        }
    }

    // ---------------------------------------------------------------- contacts of a customer

    @Test
    void contactsOfACustomerAreAllItsContactsAndNothingElse() {
        for (Customer customer : fixture.customers()) {
            List<Actor> expected = fixture.actors().stream()
                    .filter(a -> a.customerId().equals(Optional.of(customer.id()))).toList();
            assertThat(provider.contactsOf(customer.id())).as("contactsOf(%s)", customer.id())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aCustomerWithoutContactsOrAnUnknownOneHasNone() {
        assertThat(provider.contactsOf(IdentityFixture.INITECH)).isNotNull().isEmpty();
        assertThat(provider.contactsOf("nobody")).isNotNull().isEmpty();
        assertThat(provider.contactsOf("agent-alice")).as("an agent's id is no customer").isNotNull().isEmpty();
    }

    @Test
    void contactsComeInAStableOrder() {
        List<Actor> first = provider.contactsOf(IdentityFixture.ACME);

        for (int i = 0; i < 5; i++) {
            assertThat(provider.contactsOf(IdentityFixture.ACME)).containsExactlyElementsOf(first);
        }
        assertThat(createProvider(fixture).contactsOf(IdentityFixture.ACME)).as("another instance on the same facts")
                .containsExactlyElementsOf(first);
    }

    // ---------------------------------------------------------------- members of a team

    @Test
    void membersOfATeamAreItsAgents() {
        requireTeams();
        for (String team : List.of(IdentityFixture.FIRST_LINE, IdentityFixture.SECOND_LINE)) {
            List<Actor> expected = fixture.actors().stream().filter(a -> a.teams().contains(team)).toList();
            assertThat(provider.membersOf(team)).as("membersOf(%s)", team).containsExactlyInAnyOrderElementsOf(expected)
                    .allSatisfy(a -> assertThat(a.kind()).isEqualTo(ActorKind.AGENT));
        }
    }

    @Test
    void anEmptyOrUnknownTeamHasNoMembersAndTheOrderIsStable() {
        requireTeams();
        assertThat(provider.membersOf(IdentityFixture.EMPTY_TEAM)).isNotNull().isEmpty();
        assertThat(provider.membersOf("")).isNotNull().isEmpty();
        List<Actor> first = provider.membersOf(IdentityFixture.SECOND_LINE);
        assertThat(provider.membersOf(IdentityFixture.SECOND_LINE)).containsExactlyElementsOf(first);
    }

    // ---------------------------------------------------------------- mail addresses

    @Test
    void findsAnActorByMailAddressWithoutRegardToCase() {
        requireMailAddresses();
        Actor anna = fixture.actor("acme-anna");
        for (String address : List.of("Anna.Acme@Acme.test", "anna.acme@acme.test", "ANNA.ACME@ACME.TEST")) {
            assertThat(provider.findByEmail(address)).as("findByEmail(%s)", address).contains(anna);
        }
        assertThat(provider.findByEmail("alice@vendor.test")).contains(fixture.actor("agent-alice"));
    }

    @Test
    void anUnknownOrSharedAddressFindsNobody() {
        requireMailAddresses();
        for (String address : List.of("nobody@acme.test", "anna.acme@acme.test.evil", "bob@acme", "", IdentityFixture.SHARED_EMAIL,
                IdentityFixture.SHARED_EMAIL.toUpperCase(Locale.ROOT))) {
            assertThat(provider.findByEmail(address)).as("findByEmail(%s)", address).isNotNull().isEmpty();
        }
    }

    // ---------------------------------------------------------------- stability and threads

    @Test
    void answersAreStable() {
        for (int i = 0; i < 3; i++) {
            for (Actor actor : fixture.actors()) {
                assertThat(provider.findActor(actor.id())).contains(actor);
            }
            assertThat(provider.findActor("nobody")).isEmpty();
        }
    }

    @Test
    void answersAreTheSameFromManyThreadsAtOnce() throws Exception {
        int threads = 8;
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger lookups = new AtomicInteger();
        List<Actor> acme = provider.contactsOf(IdentityFixture.ACME);

        Concurrently.run(threads, () -> {
            for (int round = 0; round < 50; round++) {
                for (Actor actor : fixture.actors()) {
                    lookups.incrementAndGet();
                    if (!provider.findActor(actor.id()).equals(Optional.of(actor))) {
                        wrong.add("findActor(" + actor.id() + ")");
                    }
                }
                for (Customer customer : fixture.customers()) {
                    if (!provider.findCustomer(customer.id()).equals(Optional.of(customer))) {
                        wrong.add("findCustomer(" + customer.id() + ")");
                    }
                }
                if (!provider.contactsOf(IdentityFixture.ACME).equals(acme)) {
                    wrong.add("contactsOf(ACME)");
                }
                if (provider.findActor("nobody").isPresent()) {
                    wrong.add("findActor(nobody)");
                }
            }
            return null;
        });

        assertThat(lookups.get()).isEqualTo(threads * 50 * fixture.actors().size());
        assertThat(wrong).isEmpty();
    }

    private void requireTeams() {
        if (!knowsTeams()) {
            Assumptions.abort("not run: the provider keeps the default membersOf, which knows no team");
        }
    }

    private void requireMailAddresses() {
        if (!knowsMailAddresses()) {
            Assumptions.abort("not run: the provider keeps the default findByEmail, which knows no address");
        }
    }
}
