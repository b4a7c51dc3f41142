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
package io.casekit.core.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import java.util.List;
import java.util.Optional;

/**
 * The host's identity provider with each actor as its profile says to address it (name, language,
 * channels), for the mails that are sent at once rather than planned with a change. Thread-safe.
 */
public final class ProfiledIdentity implements IdentityProvider {

    private final IdentityProvider identity;
    private final ProfileStore profiles;

    /** The actors of {@code identity}, with the profiles of {@code profiles} applied. */
    public ProfiledIdentity(IdentityProvider identity, ProfileStore profiles) {
        this.identity = requireNonNull(identity, "identity");
        this.profiles = requireNonNull(profiles, "profiles");
    }

    @Override
    public Optional<Actor> findActor(String actorId) {
        return identity.findActor(actorId).map(this::applied);
    }

    @Override
    public Optional<Customer> findCustomer(String customerId) {
        return identity.findCustomer(customerId);
    }

    @Override
    public List<Actor> contactsOf(String customerId) {
        return identity.contactsOf(customerId).stream().map(this::applied).toList();
    }

    @Override
    public List<Actor> membersOf(String teamId) {
        return identity.membersOf(teamId).stream().map(this::applied).toList();
    }

    @Override
    public Optional<Actor> findByEmail(String address) {
        return identity.findByEmail(address).map(this::applied);
    }

    private Actor applied(Actor actor) {
        return profiles.find(actor.id()).map(p -> p.applyTo(actor)).orElse(actor);
    }
}
