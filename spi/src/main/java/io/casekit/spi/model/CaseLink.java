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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A link from a case to another case.
 *
 * @param kind how the case relates to the other one
 * @param other the other case
 * @param since when the link was made (for a merge: when the case was merged)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CaseLink(LinkKind kind, CaseId other, Instant since) {

    /**
     * Checks that every component is present.
     *
     * @param kind how the case relates to the other one
     * @param other the other case
     * @param since when the link was made (for a merge: when the case was merged)
     */
    public CaseLink {
        Checks.notNull(kind, "kind");
        Checks.notNull(other, "other");
        Checks.notNull(since, "since");
    }

    /**
     * Whether this link is of the given kind to the given case.
     *
     * @param k the link kind to compare with
     * @param id the other case to compare with
     * @return {@code true} if both the kind and the other case match
     */
    public boolean is(LinkKind k, CaseId id) {
        return kind == k && other.equals(id);
    }
}
