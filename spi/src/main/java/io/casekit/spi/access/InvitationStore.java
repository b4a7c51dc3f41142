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

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where invitations are kept: the optional capability behind {@code Casekit.invitations()}. It holds
 * {@link StoredInvitation}s (code hashes, never codes) and changes one only from the version read to
 * the next, so that of two redemptions racing on one code at most one succeeds.
 *
 * <p>Implementations must be thread-safe, atomic across the nodes that share the store, and pass
 * {@code InvitationStoreContract} from {@code casekit-testkit}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface InvitationStore {

    /**
     * Stores a new invitation.
     *
     * @param invitation the invitation, pending, at version 1
     * @throws IllegalArgumentException if an invitation with its id or code hash is stored already, or it is not a new one
     */
    void insert(StoredInvitation invitation);

    /**
     * The invitation with an id.
     *
     * @param id the id
     * @return the invitation as stored now; empty if none has the id
     */
    Optional<StoredInvitation> find(String id);

    /**
     * The invitation whose current code has this hash.
     *
     * @param tokenHash the SHA-256 of a code, hexadecimal
     * @return the invitation as stored now; empty if no invitation's current code has the hash
     */
    Optional<StoredInvitation> findByTokenHash(String tokenHash);

    /**
     * The invitations to a customer, newest first.
     *
     * @param customerId the customer
     * @return the invitations; empty if none
     */
    List<StoredInvitation> ofCustomer(String customerId);

    /**
     * Replaces an invitation by its next version, if it is still as read.
     *
     * @param read the invitation as it was read
     * @param next the same invitation (same id) at the next version
     * @return whether it was still as read (and is now {@code next}); false if another change came first
     * @throws IllegalArgumentException if {@code next} has another id or is not at the next version
     */
    boolean update(StoredInvitation read, StoredInvitation next);
}
