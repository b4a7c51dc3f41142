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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.SlaKind;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The targets of one priority under an SLA policy.
 *
 * @param firstResponse the first-response target, if promised
 * @param resolution the resolution target, if promised
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SlaTargets(Optional<SlaTarget> firstResponse, Optional<SlaTarget> resolution) {

    /**
     * Checks that both parts are present (each may be empty).
     *
     * @param firstResponse the first-response target, if promised
     * @param resolution the resolution target, if promised
     */
    public SlaTargets {
        requireNonNull(firstResponse, "firstResponse");
        requireNonNull(resolution, "resolution");
    }

    /**
     * The target of one kind of promise.
     *
     * @param kind what is promised
     * @return the target, or empty if the policy promises nothing of this kind
     */
    public Optional<SlaTarget> of(SlaKind kind) {
        return kind == SlaKind.FIRST_RESPONSE ? firstResponse : resolution;
    }
}
