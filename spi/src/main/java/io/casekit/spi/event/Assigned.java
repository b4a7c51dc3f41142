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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The case was assigned to another owner, or unassigned.
 *
 * @param header the header
 * @param from the old owner, empty if none
 * @param to the new owner, empty if unassigned
 */
@API(status = STABLE, since = "0.1.0")
public record Assigned(EventHeader header, Optional<Owner> from, Optional<Owner> to) implements CaseChange {

    /**
     * Checks that every component is present.
     *
     * @param header the header
     * @param from the old owner, empty if none
     * @param to the new owner, empty if unassigned
     */
    public Assigned {
        Checks.notNull(header, "header");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().owner(to)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
