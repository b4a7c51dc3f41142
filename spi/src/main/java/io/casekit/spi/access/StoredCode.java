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

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A verification code as a store keeps it: never the code itself, only a keyed hash of it with its
 * own random salt, and where it stands.
 *
 * @param id the code's id, unique
 * @param actorId the actor it was sent to
 * @param purpose what it confirms ({@code login}, or a sensitive action the host names)
 * @param salt the random salt of the hash, hexadecimal
 * @param hash the HMAC-SHA256 of the code keyed with the salt, hexadecimal
 * @param issuedAt when it was issued
 * @param expiresAt when it stops being accepted
 * @param failedAttempts how many wrong codes were tried against it
 * @param used whether it was accepted once (then never again)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record StoredCode(String id, String actorId, String purpose, String salt, String hash, Instant issuedAt, Instant expiresAt,
        int failedAttempts, boolean used) {

    /**
     * Checks the components.
     *
     * @param id the code's id, unique
     * @param actorId the actor it was sent to
     * @param purpose what it confirms
     * @param salt the random salt of the hash, hexadecimal
     * @param hash the HMAC-SHA256 of the code keyed with the salt, hexadecimal
     * @param issuedAt when it was issued
     * @param expiresAt when it stops being accepted
     * @param failedAttempts how many wrong codes were tried against it
     * @param used whether it was accepted once
     * @throws IllegalArgumentException if a text is blank, {@code expiresAt} is not after {@code
     *     issuedAt}, or {@code failedAttempts} is negative
     */
    public StoredCode {
        Checks.notBlank(id, "id");
        Checks.notBlank(actorId, "actorId");
        Checks.notBlank(purpose, "purpose");
        Checks.notBlank(salt, "salt");
        Checks.notBlank(hash, "hash");
        Checks.notNull(issuedAt, "issuedAt");
        Checks.notNull(expiresAt, "expiresAt");
        Checks.notNegative(failedAttempts, "failedAttempts");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
    }

    /**
     * Whether this is the state a store may replace {@code read} with: the same code with one more
     * failed attempt, or marked used. Stores check {@link VerificationCodeStore#update}'s arguments with it.
     *
     * @param read the code as it was read
     * @return whether this code follows {@code read} by one check
     */
    public boolean follows(StoredCode read) {
        return equals(read.withFailure()) || equals(read.markedUsed());
    }

    /** {@return whether this is a code as issued: no failed attempts, not used} */
    public boolean fresh() {
        return failedAttempts == 0 && !used;
    }

    /** {@return the code with one more failed attempt} */
    public StoredCode withFailure() {
        return new StoredCode(id, actorId, purpose, salt, hash, issuedAt, expiresAt, failedAttempts + 1, used);
    }

    /** {@return the code marked used} */
    public StoredCode markedUsed() {
        return new StoredCode(id, actorId, purpose, salt, hash, issuedAt, expiresAt, failedAttempts, true);
    }
}
