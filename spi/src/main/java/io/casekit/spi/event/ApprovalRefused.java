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
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An authorised contact of the case's customer refused what the case asked for. Who refused and
 * when are the header's actor and time.
 *
 * @param header the header
 * @param kind the approval kind's code, e.g. {@code estimate}
 * @param subject the subject of the refused request, if it had one
 * @param reason why, in the contact's words (public)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ApprovalRefused(EventHeader header, String kind, Optional<String> subject, String reason) implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param kind the approval kind's code, e.g. {@code estimate}
     * @param subject the subject of the refused request, if it had one
     * @param reason why, in the contact's words (public)
     * @throws IllegalArgumentException if {@code kind} or {@code reason} is blank
     */
    public ApprovalRefused {
        Checks.notNull(header, "header");
        Checks.notBlank(kind, "kind");
        Checks.notNull(subject, "subject");
        Checks.notBlank(reason, "reason");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
