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
package io.casekit.export.internal;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.Owner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How customers, contacts and owners appear in one export: by name, looked up in the identity
 * provider (an id it does not know stays the id), or by id when the export has no provider. The
 * names are cached in bounded least-recently-used maps for the length of one export. Not
 * thread-safe: one per export.
 */
final class DisplayNames {

    /** How many names of each kind one export keeps. */
    private static final int CACHED = 1_024;

    private final Optional<IdentityProvider> identity;
    private final Map<String, String> actors = lru();
    private final Map<String, String> customers = lru();

    DisplayNames(Optional<IdentityProvider> identity) {
        this.identity = identity;
    }

    private static Map<String, String> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > CACHED;
            }
        };
    }

    String customer(String customerId) {
        return lookUp(customers, customerId, id -> identity.flatMap(p -> p.findCustomer(id)).map(Customer::name));
    }

    String actor(String actorId) {
        return lookUp(actors, actorId, id -> identity.flatMap(p -> p.findActor(id)).map(Actor::displayName));
    }

    /** An agent by name, a team by id (the identity provider knows no team names). */
    String owner(Owner owner) {
        return owner instanceof Owner.Agent ? actor(owner.id()) : owner.id();
    }

    private String lookUp(Map<String, String> cache, String id, Function<String, Optional<String>> find) {
        if (identity.isEmpty()) {
            return id;
        }
        String cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        String name = find.apply(id).filter(n -> !n.isBlank()).orElse(id);
        cache.put(id, name);
        return name;
    }
}
