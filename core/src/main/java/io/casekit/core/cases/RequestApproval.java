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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Asks the case's customer for an approval of one of the definition's approval kinds, e.g. an
 * estimate of 16 hours. For agents and the system; a newer request of the same kind replaces a
 * pending one.
 *
 * @param caseId the case
 * @param kind the approval kind's code
 * @param subject what is to be approved (required by kinds with a subject: hours as a number such
 *     as {@code 16} or {@code 2.5}; none for kinds without)
 * @param comment an explanation for the customer (public)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RequestApproval(
        @NotNull CaseId caseId,
        @NotBlank @Size(max = CaseCommand.MAX_CODE) String kind,
        @NotNull Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = CaseCommand.MAX_CODE) @NoControlCharacters String> subject,
        @NotNull Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String> comment)
        implements CaseCommand.OnCase {

    /**
     * Requests an approval without subject or comment.
     *
     * @param caseId the case
     * @param kind the approval kind's code
     */
    public RequestApproval(CaseId caseId, String kind) {
        this(caseId, kind, Optional.empty(), Optional.empty());
    }

    /**
     * Requests an approval of a number of hours, with an explanation.
     *
     * @param caseId the case
     * @param kind the approval kind's code
     * @param subject what is to be approved, e.g. {@code 16} (hours)
     * @param comment an explanation for the customer (public)
     * @throws NullPointerException if {@code subject} or {@code comment} is null
     */
    public RequestApproval(CaseId caseId, String kind, String subject, String comment) {
        this(caseId, kind, Arguments.given(subject, "subject"), Arguments.given(comment, "comment"));
    }
}
