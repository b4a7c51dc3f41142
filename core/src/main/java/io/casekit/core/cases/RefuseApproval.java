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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * Refuses the case's pending request of an approval kind, saying why. Only an authorised contact of
 * the case's customer may refuse.
 *
 * @param caseId the case
 * @param kind the approval kind's code
 * @param reason why (public)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RefuseApproval(
        @NotNull CaseId caseId,
        @NotBlank @Size(max = CaseCommand.MAX_CODE) String kind,
        @NotBlank @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String reason)
        implements CaseCommand.OnCase {}
