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
 * Where contact profiles and their history are kept: the optional capability behind {@code
 * Casekit.profiles()}. A profile changes only from the version read to the next, together with the
 * record of the change, in one atomic step: two editors at once never overwrite each other unseen.
 *
 * <p>Implementations must be thread-safe, atomic across the nodes that share the store, and pass
 * {@code ProfileStoreContract} from {@code casekit-testkit}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface ProfileStore {

    /**
     * The profile of a contact.
     *
     * @param actorId the contact
     * @return the profile as stored now; empty if the contact never changed one
     */
    Optional<StoredProfile> find(String actorId);

    /**
     * Stores the next version of a profile and records the change, if the profile is still as read.
     *
     * @param read the profile as it was read; empty if there was none
     * @param next the profile of the same contact at the next version (version 1 if there was none)
     * @param change the record of the change, of the same contact
     * @return whether the profile was still as read (and is now {@code next}, with the change recorded);
     *     false if another change came first, and then nothing was stored
     * @throws IllegalArgumentException if {@code next} or {@code change} is of another contact, or
     *     {@code next} is not at the next version
     */
    boolean save(Optional<StoredProfile> read, StoredProfile next, ProfileChange change);

    /**
     * The recorded changes of a profile, oldest first.
     *
     * @param actorId the contact
     * @return the changes; empty if none
     */
    List<ProfileChange> history(String actorId);
}
