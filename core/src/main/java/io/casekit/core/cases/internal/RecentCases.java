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
package io.casekit.core.cases.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.util.Optional;

/**
 * The cases this instance committed last, newest version kept, at most a fixed number (least
 * recently used go first). The engine runs a command on one of these instead of reading it, and
 * lets the store's version check prove it current; a stale entry costs one refused commit and a
 * read. Thread-safe.
 */
final class RecentCases {

    private final Cache<CaseId, Case> cases;
    private final boolean enabled;

    RecentCases(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("recentCases must not be negative, was " + size);
        }
        this.enabled = size > 0;
        this.cases = CacheBuilder.newBuilder().maximumSize(Math.max(size, 1)).build();
    }

    Optional<Case> get(CaseId id) {
        return enabled ? Optional.ofNullable(cases.getIfPresent(id)) : Optional.empty();
    }

    void put(Case committed) {
        if (enabled) {
            cases.asMap().merge(committed.id(), committed, (old, neu) -> neu.version() >= old.version() ? neu : old);
        }
    }

    void forget(CaseId id) {
        cases.invalidate(id);
    }
}
