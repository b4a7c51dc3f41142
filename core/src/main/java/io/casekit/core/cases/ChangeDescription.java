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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
/**
 * Changes a case's description.
 *
 * @param caseId the case
 * @param description the new description, as plain text or as HTML (see {@code format})
 * @param format how the description is written
 */
@API(status = STABLE, since = "0.1.0")
public record ChangeDescription(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String description,
        @NotNull TextFormat format) implements CaseCommand.OnCase {

    /**
     * Changes the description to plain text.
     *
     * @param caseId the case
     * @param description the new description, as plain text
     */
    public ChangeDescription(CaseId caseId, String description) {
        this(caseId, description, TextFormat.PLAIN);
    }

    /**
     * Changes the description to formatted text (HTML from an editor, sanitised before it is stored).
     *
     * @param caseId the case
     * @param html the new description, as HTML
     * @return the command
     */
    public static ChangeDescription html(CaseId caseId, String html) {
        return new ChangeDescription(caseId, html, TextFormat.HTML);
    }
}
