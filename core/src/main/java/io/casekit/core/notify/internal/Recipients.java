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
package io.casekit.core.notify.internal;

import io.casekit.core.workflow.Audience;
import io.casekit.core.workflow.EscalationLevel;
import io.casekit.core.workflow.NotificationTrigger;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.access.StoredProfile;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the audiences of notification rules into actors, for one change, each as its profile says
 * to address it (name, language, channels): each question to the identity provider and the profile
 * store is asked once. Not thread-safe; made per change.
 */
final class Recipients {

    private final IdentityProvider identity;
    private final Optional<ProfileStore> profiles;
    private final Map<String, Optional<StoredProfile>> profileOf = new HashMap<>();
    private final WorkflowDefinition definition;
    private final Case current;
    private final Map<String, Optional<Actor>> actors = new HashMap<>();
    private final Map<Audience, List<Actor>> resolved = new HashMap<>();

    Recipients(IdentityProvider identity, Optional<ProfileStore> profiles, WorkflowDefinition definition, Case current) {
        this.identity = identity;
        this.profiles = profiles;
        this.definition = definition;
        this.current = current;
    }

    /** The actors an audience stands for on this case, in a stable order. */
    List<Actor> of(Audience audience) {
        return resolved.computeIfAbsent(audience, a -> resolve(a).stream().map(this::asTheyWish).toList());
    }

    /** The actor with this id, if the identity provider knows it, as its profile says to address it. */
    Optional<Actor> actor(String id) {
        return actors.computeIfAbsent(id, key -> identity.findActor(key).map(this::asTheyWish));
    }

    /** Whether the actor muted the trigger in its profile. */
    boolean muted(String actorId, NotificationTrigger trigger) {
        return profile(actorId).map(p -> p.mutedTriggers().contains(trigger.name())).orElse(false);
    }

    private Actor asTheyWish(Actor actor) {
        return profile(actor.id()).map(p -> p.applyTo(actor)).orElse(actor);
    }

    private Optional<StoredProfile> profile(String actorId) {
        return profiles.isEmpty() ? Optional.empty() : profileOf.computeIfAbsent(actorId, id -> profiles.get().find(id));
    }

    private List<Actor> resolve(Audience audience) {
        if (audience instanceof Audience.Requester) {
            return current.contactId().flatMap(this::actor).stream().toList();
        }
        if (audience instanceof Audience.Contacts) {
            return identity.contactsOf(current.customerId());
        }
        if (audience instanceof Audience.AuthorisedContacts) {
            return identity.contactsOf(current.customerId()).stream().filter(Actor::authorisedContact).toList();
        }
        if (audience instanceof Audience.Owner) {
            return current.owner().filter(o -> o instanceof Owner.Agent).flatMap(o -> actor(o.id())).stream().toList();
        }
        if (audience instanceof Audience.Team) {
            return current.owner().filter(o -> o instanceof Owner.Team).map(o -> identity.membersOf(o.id())).orElse(List.of());
        }
        if (audience instanceof Audience.Escalation escalation) {
            return escalationContacts(escalation.level());
        }
        if (audience instanceof Audience.ReachedEscalation) {
            return escalationContacts(current.escalationLevel());
        }
        throw new AssertionError("unhandled audience " + audience);
    }

    private List<Actor> escalationContacts(int level) {
        List<Actor> found = new ArrayList<>();
        definition.escalationLevel(level).map(EscalationLevel::contacts).orElse(List.of())
                .forEach(id -> actor(id).ifPresent(found::add));
        return found;
    }
}
