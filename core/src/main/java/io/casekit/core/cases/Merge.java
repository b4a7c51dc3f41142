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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Merges one or more cases (the sources) into a target case (guide 000, status 430 Merged). Agents
 * and the system only, along the definition's transitions to its merging status. The sources and
 * the target must belong to one customer, the target must be open, no case may be merged into
 * itself. All cases change in one atomic commit: each source gets the merging status and a link to
 * the target and becomes read-only; the target gets a link to each source and shows their comments
 * on its timeline. Returns the target.
 *
 * @param targetId the case the sources are merged into
 * @param sources the cases to merge, at least one, each once
 * @param comment a public comment added to the target with the merge (why)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Merge(@NotNull CaseId targetId, @NotNull @Size(min = 1, max = Merge.MAX_SOURCES) List<@NotNull CaseId> sources,
        @NotNull Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String> comment)
        implements CaseCommand.OnCases {

    /** The most sources one merge takes. */
    public static final int MAX_SOURCES = 50;

    /**
     * Merges without a comment.
     *
     * @param targetId the case the sources are merged into
     * @param sources the cases to merge, at least one, each once
     */
    public Merge(CaseId targetId, List<CaseId> sources) {
        this(targetId, sources, Optional.empty());
    }

    /**
     * Copies the source list; a null list is none. The fields are checked when the command runs.
     *
     * @param targetId the case the sources are merged into
     * @param sources the cases to merge, at least one, each once
     * @param comment a public comment added to the target with the merge (why)
     */
    public Merge {
        sources = sources == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sources));
    }
}
