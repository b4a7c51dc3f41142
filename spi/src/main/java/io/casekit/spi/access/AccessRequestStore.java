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

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where requests for portal access are kept: the optional capability behind {@code
 * Casekit.accessRequests()}. A request changes only from the version read to the next, so that of
 * two people deciding one request at once exactly one decision counts.
 *
 * <p>Implementations must be thread-safe, atomic across the nodes that share the store, and pass
 * {@code AccessRequestStoreContract} from {@code casekit-testkit}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface AccessRequestStore {

    /**
     * Stores a new request.
     *
     * @param request the request, pending, at version 1
     * @throws IllegalArgumentException if a request with its id is stored already, or it is not a new one
     */
    void insert(StoredAccessRequest request);

    /**
     * The request with an id.
     *
     * @param id the id
     * @return the request as stored now; empty if none has the id
     */
    Optional<StoredAccessRequest> find(String id);

    /**
     * Requests, newest first.
     *
     * @param customerId only those for this customer; empty for all
     * @param state only those in this state; empty for all
     * @param limit at most this many, 1 or more
     * @return the requests
     */
    List<StoredAccessRequest> list(Optional<String> customerId, Optional<AccessRequestState> state, int limit);

    /**
     * How many requests were made from a mail address (compared without regard to case) at or after an instant.
     *
     * @param email the address
     * @param since the start of the period
     * @return the count
     */
    int madeSince(String email, Instant since);

    /**
     * Replaces a request by its next version, if it is still as read.
     *
     * @param read the request as it was read
     * @param next the same request (same id) at the next version
     * @return whether it was still as read (and is now {@code next}); false if another decision came first
     * @throws IllegalArgumentException if {@code next} has another id or is not at the next version
     */
    boolean update(StoredAccessRequest read, StoredAccessRequest next);
}
