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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.core.text.NoControlCharacters;
import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Moves a case to the status the definition names for 'reopen' (see {@link io.casekit.core.workflow.Action}), along a transition the actor may take.
 *
 * @param caseId the case
 * @param comment a public comment to add with the move (a resolution, a reason)
 */
@API(status = STABLE, since = "0.1.0")
public record Reopen(@NotNull CaseId caseId, @NotNull Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String> comment) implements CaseCommand.OnCase {

    /**
     * Reopens without a comment.
     *
     * @param caseId the case
     */
    public Reopen(CaseId caseId) {
        this(caseId, Optional.empty());
    }

    /**
     * Reopens with a public comment.
     *
     * @param caseId the case
     * @param comment the comment
     * @throws NullPointerException if {@code comment} is null (use the one-argument constructor for none)
     */
    public Reopen(CaseId caseId, String comment) {
        this(caseId, Arguments.given(comment, "comment"));
    }
}
