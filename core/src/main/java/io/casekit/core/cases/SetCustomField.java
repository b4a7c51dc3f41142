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

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Sets or clears a custom field.
 *
 * @param caseId the case
 * @param field the field name
 * @param value the new value as text; empty clears the field
 */
@API(status = STABLE, since = "0.1.0")
public record SetCustomField(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_CODE) String field, @NotNull Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = 1000) String> value) implements CaseCommand.OnCase {

    /**
     * Sets the field to the value.
     *
     * @param caseId the case
     * @param field the field name
     * @param value the new value as text, parsed by the field's type when the command runs
     * @throws NullPointerException if {@code value} is null (use {@link #clear} to clear the field)
     */
    public SetCustomField(CaseId caseId, String field, String value) {
        this(caseId, field, Arguments.given(value, "value"));
    }

    /**
     * Clears the field.
     *
     * @param caseId the case
     * @param field the field name
     * @return the command
     */
    public static SetCustomField clear(CaseId caseId, String field) {
        return new SetCustomField(caseId, field, Optional.empty());
    }
}
