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
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Moves a case to a stage of its case type's pipeline: into the first stage, or to a stage that
 * follows the current one. Custom field values given with the move are set in the same commit,
 * before the stage's own checks (guide 003: the environment a change is released in, given when it
 * moves to "Released").
 *
 * @param caseId the case
 * @param stage the target stage code
 * @param fields custom field values to set with the move, as text by field name
 */
@API(status = STABLE, since = "0.1.0")
public record MoveStage(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_CODE) String stage,
        @NotNull Map<@NotBlank @Size(max = CaseCommand.MAX_CODE) String, @NotNull @Size(max = 1000) String> fields)
        implements CaseCommand.OnCase {

    /**
     * A move without field values.
     *
     * @param caseId the case
     * @param stage the target stage code
     */
    public MoveStage(CaseId caseId, String stage) {
        this(caseId, stage, Map.of());
    }

    /**
     * Copies the field values, keeping their order; a null map is none. The fields are checked when
     * the command runs.
     *
     * @param caseId the case
     * @param stage the target stage code
     * @param fields custom field values to set with the move, as text by field name
     */
    public MoveStage {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * This move, also setting a custom field (replacing a value given before for the same field).
     *
     * @param name the custom field's name
     * @param value the value, as text
     * @return a new command; this one is unchanged
     */
    public MoveStage withField(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return new MoveStage(caseId, stage, more);
    }
}
