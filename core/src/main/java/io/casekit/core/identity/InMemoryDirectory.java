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
package io.casekit.core.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.ContactEnrolment;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.identity.NewContact;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;

/**
 * An {@link IdentityProvider} that keeps customers and actors in memory. A contact can be added only
 * after its customer. It enrols the contacts of redeemed invitations too, with ids {@code
 * contact-<random UUID>}. Thread-safe; changes are visible to later lookups at once.
 */
@API(status = STABLE, since = "0.1.0")
public final class InMemoryDirectory implements IdentityProvider, ContactEnrolment {

    private final ConcurrentMap<String, Customer> customers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Actor> actors = new ConcurrentHashMap<>();

    /**
     * Adds or replaces a customer.
     *
     * @param customer the customer; replaces the one with the same id
     * @return this directory
     */
    public InMemoryDirectory add(Customer customer) {
        customers.put(requireNonNull(customer, "customer").id(), customer);
        return this;
    }

    /**
     * Adds or replaces an actor; a contact's customer must be known.
     *
     * @param actor the actor; replaces the one with the same id
     * @return this directory
     * @throws IllegalArgumentException if the actor is a contact of a customer not added yet
     */
    public InMemoryDirectory add(Actor actor) {
        requireNonNull(actor, "actor");
        actor.customerId().ifPresent(id ->
                checkArgument(customers.containsKey(id), "contact %s belongs to unknown customer %s", actor.id(), id));
        actors.put(actor.id(), actor);
        return this;
    }

    /**
     * Creates a contact with a new id, unless its mail address is taken.
     *
     * @param contact who to create
     * @return the new contact
     * @throws IllegalArgumentException if the customer is unknown or an actor already has the mail address
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    @Override
    public synchronized Actor enrol(NewContact contact) {
        requireNonNull(contact, "contact");
        checkArgument(customers.containsKey(contact.customerId()), "unknown customer %s", contact.customerId());
        String address = contact.email().trim().toLowerCase(Locale.ROOT);
        checkArgument(actors.values().stream().noneMatch(a -> a.email().map(e -> e.trim().toLowerCase(Locale.ROOT).equals(address)).orElse(false)),
                "an actor already has the mail address");
        Actor.Builder builder = Actor.contact("contact-" + UUID.randomUUID(), contact.displayName(), contact.customerId())
                .language(contact.language()).email(contact.email());
        Actor created = (contact.authorised() ? builder.authorised() : builder).build();
        actors.put(created.id(), created);
        return created;
    }

    @Override
    public Optional<Actor> findActor(String actorId) {
        return Optional.ofNullable(actors.get(requireNonNull(actorId, "actorId")));
    }

    @Override
    public Optional<Customer> findCustomer(String customerId) {
        return Optional.ofNullable(customers.get(requireNonNull(customerId, "customerId")));
    }

    @Override
    public List<Actor> contactsOf(String customerId) {
        requireNonNull(customerId, "customerId");
        return actors.values().stream()
                .filter(a -> a.customerId().equals(Optional.of(customerId)))
                .sorted(Comparator.comparing(Actor::id))
                .toList();
    }

    @Override
    public List<Actor> membersOf(String teamId) {
        requireNonNull(teamId, "teamId");
        return actors.values().stream()
                .filter(a -> a.teams().contains(teamId))
                .sorted(Comparator.comparing(Actor::id))
                .toList();
    }

    @Override
    public Optional<Actor> findByEmail(String address) {
        String wanted = requireNonNull(address, "address").trim().toLowerCase(Locale.ROOT);
        List<Actor> found = actors.values().stream()
                .filter(a -> a.email().map(e -> e.trim().toLowerCase(Locale.ROOT).equals(wanted)).orElse(false))
                .limit(2)
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
