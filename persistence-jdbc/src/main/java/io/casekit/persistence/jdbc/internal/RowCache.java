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
package io.casekit.persistence.jdbc.internal;

import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The case rows this store last read or committed, at their version, so that a commit can tell
 * which wide columns (description, custom fields, SLA instances, links) it really changes and leave
 * the others alone. Safe across nodes: a row's content at a version never changes (every commit
 * raises the version), and the commit's UPDATE still checks the version; a cached state of another
 * version is simply not used. Bounded (least recently used first out); thread-safe.
 */
final class RowCache {

    /** How many case rows the cache keeps at most. */
    static final int CAPACITY = 4_096;

    private final Map<String, Case> rows = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Case> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Remembers a state read from the database or committed to it. */
    synchronized void remember(Case stored) {
        rows.put(stored.id().value(), stored);
    }

    /** Forgets a case whose stored state is not known (a failed or unconfirmed commit). */
    synchronized void forget(CaseId id) {
        rows.remove(id.value());
    }

    /** The stored state of the case at this version, if remembered. */
    synchronized Optional<Case> at(CaseId id, long version) {
        Case cached = rows.get(id.value());
        return cached != null && cached.version() == version ? Optional.of(cached) : Optional.empty();
    }
}
