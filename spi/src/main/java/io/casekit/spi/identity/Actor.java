package io.casekit.spi.identity;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    /** How events record this actor. */
    public ActorRef ref() {
        return new ActorRef(kind, id);
    }

    /** A builder for an agent. */
    public static Builder agent(String id, String displayName) {
        return new Builder(id, ActorKind.AGENT, displayName);
    }

    /** A builder for a contact of the given customer. */
    public static Builder contact(String id, String displayName, String customerId) {
        return new Builder(id, ActorKind.CONTACT, displayName).customer(customerId);
    }

    /** A builder for a system actor (a timer, an import, an integration). */
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

        /** Marks a contact as an authorised contact of its customer. */
        public Builder authorised() {
            authorisedContact = true;
            return this;
        }

        public Builder teams(String... value) {
            teams = Set.of(value);
            return this;
        }

        public Builder language(Locale value) {
            language = value;
            return this;
        }

        public Builder channels(Set<Channel> value) {
            channels = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        public Actor build() {
            return new Actor(id, kind, displayName, Optional.ofNullable(customerId), authorisedContact, teams,
                    language, channels, Optional.ofNullable(email));
        }
    }
}
