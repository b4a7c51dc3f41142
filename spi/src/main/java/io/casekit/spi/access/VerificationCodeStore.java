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
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where verification codes are kept between being sent and being checked: the optional capability
 * behind {@code Casekit.verificationCodes()}. It holds {@link StoredCode}s (hashes, never codes) and
 * changes them only by compare-and-set, so that of two checks racing on one code at most one counts.
 *
 * <p>Implementations must be thread-safe, atomic across the nodes that share the store, and pass
 * {@code VerificationCodeStoreContract} from {@code casekit-testkit}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface VerificationCodeStore {

    /**
     * Stores a newly issued code.
     *
     * @param code the code, with no failed attempts and not used
     * @throws IllegalArgumentException if a code with its id is stored already, or it has failed attempts or is used
     */
    void insert(StoredCode code);

    /**
     * Stores a newly issued code unless the actor was issued {@code limit} codes or more (for any
     * purpose) at or after {@code since}, as one atomic step: of requests racing at the limit, at most
     * as many are stored as the limit leaves room for, also across the nodes sharing the store.
     *
     * @param code the code, with no failed attempts and not used
     * @param since the start of the period the limit counts
     * @param limit how many codes the actor may have been issued in the period, 1 or more
     * @return whether the code was stored; false if the limit was reached, and then nothing was stored
     * @throws IllegalArgumentException as {@link #insert}, or if the limit is below 1
     */
    boolean insertWithin(StoredCode code, Instant since, int limit);

    /**
     * The code issued last to an actor for a purpose (the only one that counts: a new code replaces the earlier ones).
     *
     * @param actorId the actor
     * @param purpose the purpose
     * @return the latest code, as stored now; empty if none was issued
     */
    Optional<StoredCode> latest(String actorId, String purpose);

    /**
     * How many codes were issued to an actor, for any purpose, at or after an instant.
     *
     * @param actorId the actor
     * @param since the start of the period
     * @return the count
     */
    int issuedSince(String actorId, Instant since);

    /**
     * Replaces a code by its next state, if it is still as read.
     *
     * @param read the code as it was read
     * @param next the same code with one more failed attempt or marked used
     * @return whether the code was still as read (and is now {@code next}); false if another check changed it meanwhile
     * @throws IllegalArgumentException if {@code next} is not {@code read} with one more failure or marked used
     */
    boolean update(StoredCode read, StoredCode next);
}
