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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A kind of case (Incident, Change Request, Question, ...), with the priorities it allows.
 *
 * @param code the code stored on cases
 * @param labels the display texts
 * @param defaultPriority the priority a case gets when the opener names none
 * @param priorities the priorities allowed for this type; empty means every priority
 * @param stagePipeline the id of the stage pipeline cases of this type move through, if any
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CaseType(
        String code, Labels labels, String defaultPriority, List<String> priorities, Optional<String> stagePipeline) {

    /**
     * Checks that the parts are present and copies the collections. The codes are checked against the
     * definition when it is built.
     *
     * @param code the code stored on cases
     * @param labels the display texts
     * @param defaultPriority the priority a case gets when the opener names none
     * @param priorities the priorities allowed for this type; empty means every priority
     * @param stagePipeline the id of the stage pipeline cases of this type move through, if any
     */
    public CaseType {
        requireNonNull(code, "caseType.code");
        requireNonNull(labels, "caseType.labels");
        requireNonNull(defaultPriority, "caseType.defaultPriority");
        priorities = List.copyOf(priorities);
        requireNonNull(stagePipeline, "caseType.stagePipeline");
    }

    /**
     * A type with an English label that allows every priority and has no stages.
     *
     * @param code the code stored on cases
     * @param label the English display text
     * @param defaultPriority the priority code of a case opened without one
     * @return the case type
     */
    public static CaseType of(String code, String label, String defaultPriority) {
        return new CaseType(code, Labels.of("en", label), defaultPriority, List.of(), Optional.empty());
    }

    /**
     * This type, allowing only the given priorities.
     *
     * @param priorityCodes the priority codes
     * @return a new one; this one is unchanged
     */
    public CaseType allowing(String... priorityCodes) {
        return new CaseType(code, labels, defaultPriority, List.of(priorityCodes), stagePipeline);
    }

    /**
     * This type, moving through the given stage pipeline.
     *
     * @param pipelineId the pipeline's id
     * @return a new one; this one is unchanged
     */
    public CaseType withStages(String pipelineId) {
        return new CaseType(code, labels, defaultPriority, priorities, Optional.of(pipelineId));
    }

    /**
     * Whether the type allows the priority (every priority when the list is empty).
     *
     * @param priorityCode the priority code
     * @return {@code true} if a case of this type may have it
     */
    public boolean allows(String priorityCode) {
        return priorities.isEmpty() || priorities.contains(priorityCode);
    }
}
