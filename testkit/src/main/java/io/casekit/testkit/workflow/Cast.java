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

import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The customers and actors of a scenario, kept in an {@link InMemoryDirectory}: the setups change
 * them in place (the directory replaces an actor or customer by id), so a change applies to every
 * later step.
 */
final class Cast {

    private final InMemoryDirectory directory;
    private final Set<String> customers = new TreeSet<>();
    private final Set<String> actors = new TreeSet<>();

    Cast(InMemoryDirectory directory) {
        this.directory = directory;
    }

    InMemoryDirectory directory() {
        return directory;
    }

    CustomerSetup customer(String id) {
        requireText(id, "customer id");
        if (customers.add(id)) {
            directory.add(new Customer(id, id, Optional.empty()));
        }
        return new CustomerSetup(this, id);
    }

    ContactSetup contact(String customerId, String id) {
        requireText(id, "contact id");
        Optional<Actor> known = directory.findActor(id);
        if (known.isEmpty()) {
            directory.add(Actor.contact(id, nameOf(id), customerId).email(id + "@" + domainOf(customerId)).build());
            actors.add(id);
        } else if (!known.get().customerId().equals(Optional.of(customerId))) {
            throw new IllegalArgumentException("'" + id + "' is already in the scenario as " + describe(known.get())
                    + ", not as a contact of " + customerId);
        }
        return new ContactSetup(this, customerId, id);
    }

    AgentSetup agent(String id) {
        requireText(id, "agent id");
        Optional<Actor> known = directory.findActor(id);
        if (known.isEmpty()) {
            directory.add(Actor.agent(id, nameOf(id)).email(id + "@desk.test").build());
            actors.add(id);
        } else if (known.get().kind() != ActorKind.AGENT) {
            throw new IllegalArgumentException("'" + id + "' is already in the scenario as " + describe(known.get()) + ", not as an agent");
        }
        return new AgentSetup(this, id);
    }

    /** The actor with this id, or a failure that lists the actors the scenario has. */
    Actor actor(String id) {
        requireNonNull(id, "actorId");
        return directory.findActor(id).orElseThrow(() -> new IllegalArgumentException("no actor '" + id
                + "' in this scenario; it has " + actors + ". Add one with scenario.customer(\"ACME\").contact(\"" + id
                + "\") or scenario.agent(\"" + id + "\")"));
    }

    void updateCustomer(String id, UnaryOperator<Customer> change) {
        directory.add(change.apply(directory.findCustomer(id).orElseThrow()));
    }

    void updateActor(String id, UnaryOperator<Actor> change) {
        directory.add(change.apply(actor(id)));
    }

    /** {@code a} with the given facts; id, kind and customer stay. */
    static Actor with(Actor a, String displayName, boolean authorised, Set<String> teams, Locale language,
            Set<io.casekit.spi.identity.Channel> channels, Optional<String> email) {
        return new Actor(a.id(), a.kind(), displayName, a.customerId(), authorised, teams, language, channels, email);
    }

    static void requireText(String value, String what) {
        requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static String describe(Actor a) {
        return a.customerId().map(c -> "a contact of " + c).orElse(a.kind() == ActorKind.AGENT ? "an agent" : "a system actor");
    }

    /** "anna" becomes "Anna". */
    private static String nameOf(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    /** "ACME" becomes "acme.test", "Acme Corp" "acme-corp.test". */
    private static String domainOf(String customerId) {
        return customerId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".test";
    }
}
