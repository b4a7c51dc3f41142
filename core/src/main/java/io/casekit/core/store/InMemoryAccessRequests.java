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

import io.casekit.spi.access.AccessRequestState;
import io.casekit.spi.access.AccessRequestStore;
import io.casekit.spi.access.StoredAccessRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@link AccessRequestStore} of {@link InMemoryCaseStore}: requests in insertion order under one lock. Thread-safe. */
final class InMemoryAccessRequests implements AccessRequestStore {

    private final Map<String, StoredAccessRequest> byId = new LinkedHashMap<>();

    @Override
    public synchronized void insert(StoredAccessRequest request) {
        requireNonNull(request, "request");
        if (request.version() != 1 || request.state() != AccessRequestState.PENDING) {
            throw new IllegalArgumentException("a new access request is pending, at version 1");
        }
        if (byId.putIfAbsent(request.id(), request) != null) {
            throw new IllegalArgumentException("access request " + request.id() + " is stored already");
        }
    }

    @Override
    public synchronized Optional<StoredAccessRequest> find(String id) {
        return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
    }

    @Override
    public synchronized List<StoredAccessRequest> list(Optional<String> customerId, Optional<AccessRequestState> state, int limit) {
        requireNonNull(customerId, "customerId");
        requireNonNull(state, "state");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        List<StoredAccessRequest> found = new ArrayList<>();
        List<StoredAccessRequest> all = new ArrayList<>(byId.values());
        for (int i = all.size() - 1; i >= 0 && found.size() < limit; i--) {
            StoredAccessRequest r = all.get(i);
            if ((customerId.isEmpty() || r.customerId().equals(customerId)) && (state.isEmpty() || r.state() == state.get())) {
                found.add(r);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public synchronized int madeSince(String email, Instant since) {
        String address = requireNonNull(email, "email").toLowerCase(Locale.ROOT);
        requireNonNull(since, "since");
        return (int) byId.values().stream()
                .filter(r -> r.email().toLowerCase(Locale.ROOT).equals(address) && !r.requestedAt().isBefore(since)).count();
    }

    @Override
    public synchronized boolean update(StoredAccessRequest read, StoredAccessRequest next) {
        requireNonNull(read, "read");
        if (!requireNonNull(next, "next").follows(read)) {
            throw new IllegalArgumentException("an access request changes only to its next version");
        }
        if (!read.equals(byId.get(read.id()))) {
            return false;
        }
        byId.put(read.id(), next);
        return true;
    }
}
