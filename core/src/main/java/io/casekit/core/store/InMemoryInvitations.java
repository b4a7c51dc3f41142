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

import io.casekit.spi.access.InvitationState;
import io.casekit.spi.access.InvitationStore;
import io.casekit.spi.access.StoredInvitation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link InvitationStore} of {@link InMemoryCaseStore}: invitations in insertion order under one lock. Thread-safe. */
final class InMemoryInvitations implements InvitationStore {

    private final Map<String, StoredInvitation> byId = new LinkedHashMap<>();

    @Override
    public synchronized void insert(StoredInvitation invitation) {
        requireNonNull(invitation, "invitation");
        if (invitation.version() != 1 || invitation.state() != InvitationState.PENDING) {
            throw new IllegalArgumentException("a new invitation is pending, at version 1");
        }
        if (byId.containsKey(invitation.id()) || findByTokenHash(invitation.tokenHash()).isPresent()) {
            throw new IllegalArgumentException("invitation " + invitation.id() + " or its code is stored already");
        }
        byId.put(invitation.id(), invitation);
    }

    @Override
    public synchronized Optional<StoredInvitation> find(String id) {
        return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
    }

    @Override
    public synchronized Optional<StoredInvitation> findByTokenHash(String tokenHash) {
        requireNonNull(tokenHash, "tokenHash");
        return byId.values().stream().filter(i -> i.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized List<StoredInvitation> ofCustomer(String customerId) {
        requireNonNull(customerId, "customerId");
        List<StoredInvitation> found = new ArrayList<>();
        byId.values().stream().filter(i -> i.customerId().equals(customerId)).forEach(i -> found.add(0, i));
        return List.copyOf(found);
    }

    @Override
    public synchronized boolean update(StoredInvitation read, StoredInvitation next) {
        requireNonNull(read, "read");
        if (!requireNonNull(next, "next").follows(read)) {
            throw new IllegalArgumentException("an invitation changes only to its next version");
        }
        if (!read.equals(byId.get(read.id()))) {
            return false;
        }
        byId.put(read.id(), next);
        return true;
    }
}
