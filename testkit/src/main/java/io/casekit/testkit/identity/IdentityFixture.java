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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.Customer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The customers and actors an identity provider under the {@link IdentityProviderContract} must
 * know: customers with and without a contract and without contacts, authorised and other contacts,
 * agents in several teams, a system actor, mixed-case and shared mail addresses. Immutable.
 *
 * @param customers every customer, to be known by id
 * @param actors every actor, to be known by id (each contact's customer is among {@code customers})
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record IdentityFixture(List<Customer> customers, List<Actor> actors) {

    /** A customer with a support contract and two contacts, one of them authorised. */
    public static final String ACME = "ACME";
    /** A customer without a support contract whose two contacts share a mail address. */
    public static final String GLOBEX = "GLOBEX";
    /** A customer without contacts. */
    public static final String INITECH = "INITECH";
    /** A team of one agent. */
    public static final String FIRST_LINE = "first-line";
    /** A team of two agents, one of whom is in {@link #FIRST_LINE} too. */
    public static final String SECOND_LINE = "second-line";
    /** A team no agent belongs to: it has no members. */
    public static final String EMPTY_TEAM = "night-shift";
    /** A mail address two actors share: a sender with it is ambiguous. */
    public static final String SHARED_EMAIL = "helpdesk@globex.test";

    /**
     * Copies the lists.
     *
     * @param customers every customer, to be known by id
     * @param actors every actor, to be known by id
     * @throws NullPointerException if a list or one of its elements is null
     */
    public IdentityFixture {
        customers = List.copyOf(customers);
        actors = List.copyOf(actors);
    }

    /**
     * The standard fixture of the contract: the customers {@link #ACME}, {@link #GLOBEX} and {@link
     * #INITECH}, their contacts, three agents in the teams {@link #FIRST_LINE} and {@link
     * #SECOND_LINE} (or none), and one system actor.
     *
     * @return the fixture, the same content on every call
     */
    public static IdentityFixture standard() {
        return new IdentityFixture(
                List.of(new Customer(ACME, "Acme NV", Optional.of("SLA")),
                        new Customer(GLOBEX, "Globex BV", Optional.empty()),
                        new Customer(INITECH, "Initech", Optional.of("GOLD"))),
                List.of(Actor.contact("acme-anna", "Anna Acme", ACME).authorised().language(Locale.forLanguageTag("nl"))
                                .channels(Set.of(Channel.EMAIL, Channel.PHONE)).email("Anna.Acme@Acme.test").build(),
                        Actor.contact("acme-bob", "Bob Acme", ACME).email("bob@acme.test").build(),
                        Actor.contact("globex-gina", "Gina Globex", GLOBEX).authorised().language(Locale.FRENCH)
                                .email(SHARED_EMAIL).build(),
                        Actor.contact("globex-gus", "Gus Globex", GLOBEX).channels(Set.of(Channel.POSTAL_MAIL))
                                .email(SHARED_EMAIL).build(),
                        Actor.agent("agent-alice", "Alice Agent").teams(FIRST_LINE, SECOND_LINE).email("alice@vendor.test").build(),
                        Actor.agent("agent-bert", "Bert Agent").teams(SECOND_LINE).language(Locale.GERMAN).build(),
                        Actor.agent("agent-carl", "Carl Agent").build(),
                        Actor.system("importer", "Mail importer").build()));
    }

    /**
     * The actor of the fixture with this id.
     *
     * @param id the actor's id
     * @return the actor
     * @throws IllegalArgumentException if the fixture has no actor of that id
     */
    public Actor actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no actor " + id + " in the fixture"));
    }
}
