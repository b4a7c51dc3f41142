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
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.LinkKind;
import org.apiguardian.api.API;

/**
 * A link of the case to another case was removed (an unmerge, an unlink). The other case records
 * the removal of the inverse link in the same commit.
 *
 * @param header the header
 * @param kind the kind of the removed link
 * @param other the case the removed link pointed to
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CaseUnlinked(EventHeader header, LinkKind kind, CaseId other) implements CaseChange {

    /**
     * Checks that every component is present.
     *
     * @param header the header
     * @param kind the kind of the removed link
     * @param other the case the removed link pointed to
     */
    public CaseUnlinked {
        Checks.notNull(header, "header");
        Checks.notNull(kind, "kind");
        Checks.notNull(other, "other");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the case has no such link
     */
    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .unlink(kind, other)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
