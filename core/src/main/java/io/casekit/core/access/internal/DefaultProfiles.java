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
package io.casekit.core.access.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.core.access.Profile;
import io.casekit.core.access.ProfileUpdate;
import io.casekit.core.access.Profiles;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.internal.CachedProfiles;
import io.casekit.core.workflow.NotificationTrigger;
import io.casekit.spi.access.ProfileChange;
import io.casekit.spi.access.ProfileChange.ChangedField;
import io.casekit.spi.access.StoredProfile;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Profiles} of {@link io.casekit.core.Casekit}. Thread-safe. */
public final class DefaultProfiles implements Profiles {

    private static final Logger LOG = LoggerFactory.getLogger(Profiles.class);

    private final CachedProfiles store;
    private final IdentityProvider identity;
    private final Clock clock;

    /**
     * Made by {@link io.casekit.core.Casekit#profiles()}.
     *
     * @param store where the profiles are kept; the same cache the notifications read
     * @param identity who the actors are
     * @param clock when changes are made
     */
    public DefaultProfiles(CachedProfiles store, IdentityProvider identity, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.identity = requireNonNull(identity, "identity");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Profile get(String actorId, String contactId) {
        Actor contact = contact(actorId, contactId);
        return profile(contact, store.findFresh(contactId));
    }

    @Override
    public Profile update(String actorId, String contactId, ProfileUpdate update) {
        Actor contact = contact(actorId, contactId);
        requireNonNull(update, "update");
        FieldChecks checks = new FieldChecks("ProfileUpdate").line("displayName", update.displayName(), 200)
                .require(update.language().map(l -> !l.getLanguage().isEmpty()).orElse(true), "language", "Language", "must name a language");
        update.phone().filter(p -> !p.isEmpty()).ifPresent(p -> checks.phone("phone", p));
        checks.throwIfBroken();
        while (true) {
            Optional<StoredProfile> read = store.findFresh(contactId);
            StoredProfile before = read.orElse(StoredProfile.empty(contactId));
            StoredProfile after = new StoredProfile(contactId,
                    update.displayName().map(String::strip).or(before::displayName),
                    update.language().or(before::language),
                    update.phone().isPresent() ? update.phone().map(String::strip).filter(p -> !p.isEmpty()) : before.phone(),
                    update.channels().or(before::channels),
                    update.mutedTriggers().map(t -> t.stream().map(Enum::name).collect(Collectors.toSet())).orElse(before.mutedTriggers()),
                    read.isPresent() ? before.version() + 1 : 1);
            List<ChangedField> changed = changes(before, after);
            if (changed.isEmpty()) {
                return profile(contact, read);
            }
            if (store.save(read, after, new ProfileChange(contactId, actorId, clock.instant(), changed))) {
                LOG.info("profile of {} changed by {}: {}", contactId, actorId, changed.stream().map(ChangedField::name).toList());
                return profile(contact, Optional.of(after));
            }
        }
    }

    @Override
    public List<ProfileChange> history(String actorId, String contactId) {
        contact(actorId, contactId);
        return store.history(contactId);
    }

    /** The contact, if the actor may see and change its profile: the contact itself or an agent. */
    private Actor contact(String actorId, String contactId) {
        Actor actor = identity.findActor(requireNonNull(actorId, "actorId")).orElseThrow(() -> new AccessDeniedException(actorId, "unknown actor"));
        if (actor.kind() != ActorKind.AGENT && !actor.id().equals(requireNonNull(contactId, "contactId"))) {
            throw new AccessDeniedException(actorId, "may not see the profile of another actor");
        }
        return identity.findActor(contactId).orElseThrow(() -> new AccessDeniedException(actorId, "no such contact"));
    }

    private static Profile profile(Actor contact, Optional<StoredProfile> stored) {
        Actor shown = stored.map(p -> p.applyTo(contact)).orElse(contact);
        Set<NotificationTrigger> muted = EnumSet.noneOf(NotificationTrigger.class);
        stored.ifPresent(p -> p.mutedTriggers().forEach(name -> muted.add(NotificationTrigger.valueOf(name))));
        return new Profile(contact.id(), shown.displayName(), shown.language(), stored.flatMap(StoredProfile::phone), shown.channels(),
                Set.copyOf(muted));
    }

    /** The parts that differ, as text; empty text for "not set". */
    private static List<ChangedField> changes(StoredProfile before, StoredProfile after) {
        List<ChangedField> changed = new ArrayList<>();
        add(changed, "displayName", before.displayName().orElse(""), after.displayName().orElse(""));
        add(changed, "language", before.language().map(Locale::toLanguageTag).orElse(""), after.language().map(Locale::toLanguageTag).orElse(""));
        add(changed, "phone", before.phone().orElse(""), after.phone().orElse(""));
        add(changed, "channels", channels(before), channels(after));
        add(changed, "mutedTriggers", sorted(before.mutedTriggers()), sorted(after.mutedTriggers()));
        return changed;
    }

    private static void add(List<ChangedField> changed, String name, String before, String after) {
        if (!before.equals(after)) {
            changed.add(new ChangedField(name, before, after));
        }
    }

    private static String channels(StoredProfile p) {
        return p.channels().map(c -> c.isEmpty() ? "(none)" : sorted(c)).orElse("");
    }

    private static String sorted(Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }
}
