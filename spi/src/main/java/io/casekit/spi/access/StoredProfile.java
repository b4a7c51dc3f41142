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
package io.casekit.spi.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.internal.Checks;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a contact set in its profile, as a store keeps it. Each part that is empty was never set: the
 * identity provider's value applies. Each change makes a new version.
 *
 * @param actorId the contact
 * @param displayName the name people see, if the contact set one
 * @param language the language to address the contact in, if set
 * @param phone the phone number, if set
 * @param channels the channels the contact accepts, if set
 * @param mutedTriggers the names of the notification triggers the contact does not want mail about
 *     (rules the definition marks mandatory reach it still)
 * @param version 1 when stored first, one more with each change
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record StoredProfile(String actorId, Optional<String> displayName, Optional<Locale> language, Optional<String> phone,
        Optional<Set<Channel>> channels, Set<String> mutedTriggers, int version) {

    /**
     * Checks the components and copies the sets.
     *
     * @param actorId the contact
     * @param displayName the name people see, if set; not blank
     * @param language the language, if set
     * @param phone the phone number, if set; not blank
     * @param channels the channels the contact accepts, if set
     * @param mutedTriggers the names of the muted notification triggers
     * @param version 1 or more
     * @throws IllegalArgumentException if a text is blank or the version is below 1
     */
    public StoredProfile {
        Checks.notBlank(actorId, "actorId");
        Checks.notNull(displayName, "displayName").ifPresent(v -> Checks.notBlank(v, "displayName"));
        Checks.notNull(language, "language");
        Checks.notNull(phone, "phone").ifPresent(v -> Checks.notBlank(v, "phone"));
        channels = Checks.notNull(channels, "channels").map(Set::copyOf);
        mutedTriggers = Set.copyOf(Checks.notNull(mutedTriggers, "mutedTriggers"));
        mutedTriggers.forEach(t -> Checks.notBlank(t, "mutedTriggers"));
        Checks.positive(version, "version");
    }

    /**
     * {@return a profile with nothing set, at version 1, for a contact that has none yet}
     *
     * @param actorId the contact
     */
    public static StoredProfile empty(String actorId) {
        return new StoredProfile(actorId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 1);
    }

    /**
     * Whether this is a profile a store may save in place of {@code read}: the same contact's at the
     * next version, or at version 1 if there was none. Stores check their {@code save} arguments with it.
     *
     * @param read the profile as it was read; empty if there was none
     * @return whether this profile follows {@code read} by one change
     */
    public boolean follows(Optional<StoredProfile> read) {
        return read.map(r -> r.actorId.equals(actorId) && version == r.version + 1).orElse(version == 1);
    }

    /**
     * The actor as the identity provider knows it, with what this profile sets in place of the
     * provider's name, language and channels.
     *
     * @param actor the actor this profile belongs to
     * @return the actor as the contact wants to be addressed
     * @throws IllegalArgumentException if the actor is another one
     */
    public Actor applyTo(Actor actor) {
        if (!actor.id().equals(actorId)) {
            throw new IllegalArgumentException("the profile of " + actorId + " does not apply to " + actor.id());
        }
        return new Actor(actor.id(), actor.kind(), displayName.orElse(actor.displayName()), actor.customerId(), actor.authorisedContact(),
                actor.teams(), language.orElse(actor.language()), channels.orElse(actor.channels()), actor.email());
    }
}
