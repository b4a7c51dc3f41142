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
package io.casekit.export.internal;

import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Labels;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.Stage;
import io.casekit.core.workflow.StagePipeline;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The labels of one workflow definition version in the reader's language: status reasons,
 * priorities, case types and stages by code. A code without a label (or of an element the definition
 * lacks) is written as the code itself. Immutable.
 */
final class DefinitionTexts {

    /** The texts of a definition this Casekit does not know: every code as it is. */
    static final DefinitionTexts CODES = new DefinitionTexts(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, String> statusReasons;
    private final Map<String, String> priorities;
    private final Map<String, String> caseTypes;
    /** Stage labels by pipeline id, then stage code. */
    private final Map<String, Map<String, String>> stagesByPipeline;
    /** The pipeline id of each case type that has one. */
    private final Map<String, String> pipelineOfCaseType;

    private DefinitionTexts(Map<String, String> statusReasons, Map<String, String> priorities, Map<String, String> caseTypes,
            Map<String, Map<String, String>> stagesByPipeline, Map<String, String> pipelineOfCaseType) {
        this.statusReasons = statusReasons;
        this.priorities = priorities;
        this.caseTypes = caseTypes;
        this.stagesByPipeline = stagesByPipeline;
        this.pipelineOfCaseType = pipelineOfCaseType;
    }

    static DefinitionTexts of(WorkflowDefinition definition, Locale locale) {
        Map<String, String> statusReasons = new HashMap<>();
        for (StatusReason s : definition.statusReasons()) {
            put(statusReasons, s.code(), s.labels(), locale);
        }
        Map<String, String> priorities = new HashMap<>();
        for (Priority p : definition.priorities()) {
            put(priorities, p.code(), p.labels(), locale);
        }
        Map<String, String> caseTypes = new HashMap<>();
        Map<String, String> pipelineOfCaseType = new HashMap<>();
        for (CaseType t : definition.caseTypes()) {
            put(caseTypes, t.code(), t.labels(), locale);
            t.stagePipeline().ifPresent(id -> pipelineOfCaseType.put(t.code(), id));
        }
        Map<String, Map<String, String>> stages = new LinkedHashMap<>(); // declaration order: the fallback takes the first
        for (StagePipeline pipeline : definition.stagePipelines()) {
            Map<String, String> labels = new HashMap<>();
            for (Stage stage : pipeline.stages()) {
                put(labels, stage.code(), stage.labels(), locale);
            }
            stages.put(pipeline.id(), Map.copyOf(labels));
        }
        return new DefinitionTexts(Map.copyOf(statusReasons), Map.copyOf(priorities), Map.copyOf(caseTypes), Collections.unmodifiableMap(stages),
                Map.copyOf(pipelineOfCaseType));
    }

    private static void put(Map<String, String> texts, String code, Labels labels, Locale locale) {
        String text = labels.text(locale);
        texts.put(code, text.isEmpty() ? code : text);
    }

    String statusReason(String code) {
        return statusReasons.getOrDefault(code, code);
    }

    String priority(String code) {
        return priorities.getOrDefault(code, code);
    }

    String caseType(String code) {
        return caseTypes.getOrDefault(code, code);
    }

    /** The stage's label in its case type's pipeline, else in the first pipeline that has the code. */
    String stage(String caseType, String code) {
        Optional<String> own = Optional.ofNullable(pipelineOfCaseType.get(caseType))
                .map(stagesByPipeline::get)
                .map(labels -> labels.get(code));
        if (own.isPresent()) {
            return own.get();
        }
        return stagesByPipeline.values().stream().map(labels -> labels.get(code)).filter(Objects::nonNull)
                .findFirst().orElse(code);
    }
}
