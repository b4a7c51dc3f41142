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
package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.text.NoControlCharacters;
import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Takes a case one level up the customer's escalation ladder (guide 003: service desk, coordinator,
 * operations director, managing director). Agents and the system only; refused at the highest level
 * of the definition. Notification rules on {@code ESCALATED} reach the people of the new level.
 *
 * @param caseId the case
 * @param reason why, kept as an internal comment with the escalation
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Escalate(@NotNull CaseId caseId, @NotNull Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String> reason) implements CaseCommand.OnCase {

    /**
     * Escalates without a reason.
     *
     * @param caseId the case
     */
    public Escalate(CaseId caseId) {
        this(caseId, Optional.empty());
    }

    /**
     * Escalates with a reason for the agents.
     *
     * @param caseId the case
     * @param reason why, kept as an internal comment
     * @throws NullPointerException if {@code reason} is null (use the one-argument constructor for none)
     */
    public Escalate(CaseId caseId, String reason) {
        this(caseId, Arguments.given(reason, "reason"));
    }
}
