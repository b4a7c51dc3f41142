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

import io.casekit.spi.access.StoredCode;
import io.casekit.spi.access.VerificationCodeStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link VerificationCodeStore} of {@link InMemoryCaseStore}: codes in issue order under one lock. Thread-safe. */
final class InMemoryVerificationCodes implements VerificationCodeStore {

    private final List<StoredCode> codes = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();

    @Override
    public synchronized void insert(StoredCode code) {
        requireNonNull(code, "code");
        if (!code.fresh()) {
            throw new IllegalArgumentException("a new code has no failed attempts and is not used");
        }
        if (indexById.containsKey(code.id())) {
            throw new IllegalArgumentException("code " + code.id() + " is stored already");
        }
        indexById.put(code.id(), codes.size());
        codes.add(code);
    }

    @Override
    public synchronized boolean insertWithin(StoredCode code, Instant since, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        if (issuedSince(requireNonNull(code, "code").actorId(), since) >= limit) {
            return false;
        }
        insert(code);
        return true;
    }

    @Override
    public synchronized Optional<StoredCode> latest(String actorId, String purpose) {
        requireNonNull(actorId, "actorId");
        requireNonNull(purpose, "purpose");
        for (int i = codes.size() - 1; i >= 0; i--) {
            StoredCode code = codes.get(i);
            if (code.actorId().equals(actorId) && code.purpose().equals(purpose)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized int issuedSince(String actorId, Instant since) {
        requireNonNull(actorId, "actorId");
        requireNonNull(since, "since");
        int count = 0;
        for (StoredCode code : codes) {
            if (code.actorId().equals(actorId) && !code.issuedAt().isBefore(since)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized boolean update(StoredCode read, StoredCode next) {
        requireNonNull(read, "read");
        requireNonNull(next, "next");
        if (!next.follows(read)) {
            throw new IllegalArgumentException("a code changes only by one failed attempt or by being used");
        }
        Integer index = indexById.get(read.id());
        if (index == null || !codes.get(index).equals(read)) {
            return false;
        }
        codes.set(index, next);
        return true;
    }
}
