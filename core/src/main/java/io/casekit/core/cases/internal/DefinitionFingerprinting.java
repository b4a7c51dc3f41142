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

import io.casekit.core.workflow.ChangedDefinitionException;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.store.DefinitionFingerprints;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a definition changed in place: at start-up, records the {@linkplain
 * WorkflowDefinitions#fingerprint fingerprint} of every definition version with the store, or
 * compares it with the one recorded before. A definition without a fingerprint (one the format cannot
 * write) is not checked.
 */
public final class DefinitionFingerprinting {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionFingerprinting.class);

    private DefinitionFingerprinting() {}

    /**
     * Records or compares the fingerprint of each definition.
     *
     * @param fingerprints the store's fingerprints
     * @param definitions the definitions Casekit is built with
     * @param redefined the versions whose change the host declared deliberate: their fingerprint replaces the recorded one
     * @throws ChangedDefinitionException for the first definition whose fingerprint differs from the recorded one
     */
    public static void check(DefinitionFingerprints fingerprints, List<WorkflowDefinition> definitions, Set<DefinitionRef> redefined) {
        for (WorkflowDefinition definition : definitions) {
            Optional<String> fingerprint = WorkflowDefinitions.fingerprint(definition);
            if (fingerprint.isEmpty()) {
                continue;
            }
            if (redefined.contains(definition.ref())) {
                fingerprints.replace(definition.ref(), fingerprint.get());
                LOG.warn("workflow definition {} was redefined in place: its open cases follow the new content", definition.ref());
            } else if (!fingerprints.recordIfAbsent(definition.ref(), fingerprint.get()).equals(fingerprint.get())) {
                throw new ChangedDefinitionException(definition.ref());
            }
        }
    }
}
