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

import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.store.DefinitionFingerprints;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The {@link DefinitionFingerprints} of {@link InMemoryCaseStore}: a concurrent map. Thread-safe. */
final class InMemoryDefinitionFingerprints implements DefinitionFingerprints {

    private final ConcurrentMap<DefinitionRef, String> recorded = new ConcurrentHashMap<>();

    @Override
    public String recordIfAbsent(DefinitionRef definition, String fingerprint) {
        requireNonNull(definition, "definition");
        return recorded.computeIfAbsent(definition, ref -> DefinitionFingerprints.checked(fingerprint));
    }

    @Override
    public void replace(DefinitionRef definition, String fingerprint) {
        requireNonNull(definition, "definition");
        recorded.put(definition, DefinitionFingerprints.checked(fingerprint));
    }
}
