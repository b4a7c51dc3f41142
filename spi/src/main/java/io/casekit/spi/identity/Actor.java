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
package io.casekit.spi.identity;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Who an actor is, as the host's identity provider knows it. Casekit takes every access decision
 * from these facts.
 *
 * @param id the actor's id
 * @param kind agent, customer contact, or system
 * @param displayName the name people see
 * @param customerId the customer a contact belongs to; empty for agents and the system
 * @param authorisedContact whether a contact is one of its customer's authorised (fixed) contacts
 * @param teams the teams an agent belongs to
 * @param language the language to address the actor in
 * @param channels the channels the actor accepts notifications on
 * @param email the mail address, if known
 */
@API(status = STABLE, since = "0.1.0")
public record Actor(
        String id,
        ActorKind kind,
        String displayName,
        Optional<String> customerId,
        boolean authorisedContact,
        Set<String> teams,
        Locale language,
        Set<Channel> channels,
        Optional<String> email) {

    /**
     * Checks the components and copies the sets.
     *
     * @param id the actor's id
     * @param kind agent, customer contact, or system
     * @param displayName the name people see
     * @param customerId the customer a contact belongs to; empty for agents and the system
     * @param authorisedContact whether a contact is one of its customer's authorised (fixed) contacts
     * @param teams the teams an agent belongs to
     * @param language the language to address the actor in
     * @param channels the channels the actor accepts notifications on
     * @param email the mail address, if known
     * @throws IllegalArgumentException if {@code id} or {@code displayName} is blank, a contact has no
     *     customer, or an agent or system actor has a customer or is marked as an authorised contact
     */
    public Actor {
        Checks.notBlank(id, "actor.id");
        Checks.notNull(kind, "actor.kind");
        Checks.notBlank(displayName, "actor.displayName");
        Checks.notNull(customerId, "actor.customerId");
        teams = Set.copyOf(Checks.notNull(teams, "actor.teams"));
        Checks.notNull(language, "actor.language");
        channels = Set.copyOf(Checks.notNull(channels, "actor.channels"));
        Checks.notNull(email, "actor.email");
        if (kind == ActorKind.CONTACT && customerId.isEmpty()) {
            throw new IllegalArgumentException("actor.customerId is required for a contact");
        }
        if (kind != ActorKind.CONTACT && customerId.isPresent()) {
            throw new IllegalArgumentException("actor.customerId is only for contacts");
        }
        if (kind != ActorKind.CONTACT && authorisedContact) {
            throw new IllegalArgumentException("actor.authorisedContact is only for contacts");
        }
    }

    /** {@return how events record this actor: its kind and id} */
    public ActorRef ref() {
        return new ActorRef(kind, id);
    }

    /**
     * A builder for an agent.
     *
     * @param id the agent's id in the identity provider, not blank
     * @param displayName the name people see, not blank
     * @return the builder; the agent is in no team until {@link Builder#teams} says otherwise
     */
    public static Builder agent(String id, String displayName) {
        return new Builder(id, ActorKind.AGENT, displayName);
    }

    /**
     * A builder for a contact of the given customer.
     *
     * @param id the contact's id in the identity provider, not blank
     * @param displayName the name people see, not blank
     * @param customerId the customer the contact belongs to
     * @return the builder; the contact is not an authorised contact until {@link Builder#authorised()}
     */
    public static Builder contact(String id, String displayName, String customerId) {
        return new Builder(id, ActorKind.CONTACT, displayName).customer(customerId);
    }

    /**
     * A builder for a system actor (a timer, an import, an integration).
     *
     * @param id the system actor's id, not blank
     * @param displayName the name people see on the timeline, not blank
     * @return the builder
     */
    public static Builder system(String id, String displayName) {
        return new Builder(id, ActorKind.SYSTEM, displayName);
    }

    /** Builds an {@link Actor}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final ActorKind kind;
        private final String displayName;
        private @Nullable String customerId;
        private boolean authorisedContact;
        private Set<String> teams = Set.of();
        private Locale language = Locale.ENGLISH;
        private Set<Channel> channels = EnumSet.of(Channel.EMAIL);
        private @Nullable String email;

        private Builder(String id, ActorKind kind, String displayName) {
            this.id = id;
            this.kind = kind;
            this.displayName = displayName;
        }

        private Builder customer(String value) {
            customerId = value;
            return this;
        }

        /**
         * Marks a contact as an authorised contact of its customer.
         *
         * @return this builder
         */
        public Builder authorised() {
            authorisedContact = true;
            return this;
        }

        /**
         * Sets the teams an agent belongs to (default: none).
         *
         * @param value the team ids
         * @return this builder
         */
        public Builder teams(String... value) {
            teams = Set.of(value);
            return this;
        }

        /**
         * Sets the language to address the actor in (default: English).
         *
         * @param value the language
         * @return this builder
         */
        public Builder language(Locale value) {
            language = value;
            return this;
        }

        /**
         * Sets the channels the actor accepts notifications on (default: mail only).
         *
         * @param value the channels; may be empty for an actor who wants no notifications
         * @return this builder
         */
        public Builder channels(Set<Channel> value) {
            channels = value;
            return this;
        }

        /**
         * Sets the mail address (default: none).
         *
         * @param value the address
         * @return this builder
         */
        public Builder email(String value) {
            email = value;
            return this;
        }

        /**
         * Builds the actor.
         *
         * @return the actor
         * @throws IllegalArgumentException if a value breaks a rule of the canonical constructor
         */
        public Actor build() {
            return new Actor(id, kind, displayName, Optional.ofNullable(customerId), authorisedContact, teams,
                    language, channels, Optional.ofNullable(email));
        }
    }
}
