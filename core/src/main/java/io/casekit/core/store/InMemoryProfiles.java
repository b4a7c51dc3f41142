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
package io.casekit.core.store;

import static java.util.Objects.requireNonNull;

import io.casekit.spi.access.ProfileChange;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.access.StoredProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link ProfileStore} of {@link InMemoryCaseStore}: profiles and their changes under one lock. Thread-safe. */
final class InMemoryProfiles implements ProfileStore {

    private final Map<String, StoredProfile> profiles = new HashMap<>();
    private final Map<String, List<ProfileChange>> changes = new HashMap<>();

    @Override
    public synchronized Optional<StoredProfile> find(String actorId) {
        return Optional.ofNullable(profiles.get(requireNonNull(actorId, "actorId")));
    }

    @Override
    public synchronized boolean save(Optional<StoredProfile> read, StoredProfile next, ProfileChange change) {
        requireNonNull(read, "read");
        requireNonNull(change, "change");
        if (!requireNonNull(next, "next").follows(read) || !change.actorId().equals(next.actorId())) {
            throw new IllegalArgumentException("a profile changes only to the same contact's next version, with a change of that contact");
        }
        if (!read.equals(Optional.ofNullable(profiles.get(next.actorId())))) {
            return false;
        }
        profiles.put(next.actorId(), next);
        changes.computeIfAbsent(next.actorId(), id -> new ArrayList<>()).add(change);
        return true;
    }

    @Override
    public synchronized List<ProfileChange> history(String actorId) {
        return List.copyOf(changes.getOrDefault(requireNonNull(actorId, "actorId"), List.of()));
    }
}
