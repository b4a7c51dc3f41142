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
package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseLink;
import org.apiguardian.api.API;

/**
 * The case got a link to another case: a merge (on the source {@code MERGED_INTO} the target, on
 * the target {@code MERGED_FROM} each source), a parent or child, a follow-up. The other case
 * records the inverse link in the same commit.
 *
 * @param header the header
 * @param link the new link
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CaseLinked(EventHeader header, CaseLink link) implements CaseChange {

    /**
     * Checks that every component is present.
     *
     * @param header the header
     * @param link the new link
     */
    public CaseLinked {
        Checks.notNull(header, "header");
        Checks.notNull(link, "link");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .link(link)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
