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
 * The case asks an authorised contact of its customer for an approval: of the filing itself, of
 * the hours of an analysis or an estimate, of the conditions of a consultancy request. Who asked
 * and when are the header's actor and time. A later request of the same kind replaces a pending
 * one (a new estimate). The case's fields do not change; the approvals a case has are the fold of
 * its approval events.
 *
 * @param header the header
 * @param kind the approval kind's code in the workflow definition, e.g. {@code estimate}
 * @param subject what is to be approved, if the kind has a subject, e.g. {@code 16} (hours)
 * @param comment an explanation for the customer, if any (public)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ApprovalRequested(EventHeader header, String kind, Optional<String> subject, Optional<String> comment)
        implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param kind the approval kind's code in the workflow definition, e.g. {@code estimate}
     * @param subject what is to be approved, if the kind has a subject, e.g. {@code 16} (hours)
     * @param comment an explanation for the customer, if any (public)
     * @throws IllegalArgumentException if {@code kind} is blank
     */
    public ApprovalRequested {
        Checks.notNull(header, "header");
        Checks.notBlank(kind, "kind");
        Checks.notNull(subject, "subject");
        Checks.notNull(comment, "comment");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
