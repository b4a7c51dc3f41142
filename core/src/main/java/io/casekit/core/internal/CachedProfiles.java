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

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.casekit.spi.access.ProfileChange;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.access.StoredProfile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ProfileStore} that remembers what it read for a short while, so that planning the
 * notifications of a change does not ask the store for every recipient's profile each time. A save
 * through it forgets the contact at once (a read racing with it may bring the old profile back, for
 * at most {@link #FRESHNESS}); a save on another node is seen once the entry expires.
 * Thread-safe.
 */
public final class CachedProfiles implements ProfileStore {

    /** How long a profile read is used before it is read again. */
    public static final Duration FRESHNESS = Duration.ofSeconds(30);

    private final ProfileStore store;
    private final Cache<String, Optional<StoredProfile>> read = CacheBuilder.newBuilder()
            .expireAfterWrite(FRESHNESS).maximumSize(10_000).build();

    /** Caches the profiles of {@code store}. */
    public CachedProfiles(ProfileStore store) {
        this.store = requireNonNull(store, "store");
    }

    @Override
    public Optional<StoredProfile> find(String actorId) {
        @Nullable Optional<StoredProfile> remembered = read.getIfPresent(requireNonNull(actorId, "actorId"));
        return remembered != null ? remembered : findFresh(actorId);
    }

    /**
     * The profile as stored now, not as remembered: for a read that a change will follow.
     *
     * @param actorId the contact
     * @return the profile; empty if the contact never changed one
     */
    public Optional<StoredProfile> findFresh(String actorId) {
        Optional<StoredProfile> found = store.find(requireNonNull(actorId, "actorId"));
        read.put(actorId, found);
        return found;
    }

    @Override
    public boolean save(Optional<StoredProfile> before, StoredProfile next, ProfileChange change) {
        try {
            return store.save(before, next, change);
        } finally {
            read.invalidate(next.actorId());
        }
    }

    @Override
    public List<ProfileChange> history(String actorId) {
        return store.history(actorId);
    }
}
