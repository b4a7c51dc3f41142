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

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Labels;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.Stage;
import io.casekit.core.workflow.StagePipeline;
import io.casekit.core.workflow.WorkflowDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A definition's labels in the reader's language, with the codes as the last resort. */
class DefinitionTextsTest {

    private static final Locale FRENCH = Locale.FRENCH;

    @Test
    void labelsComeInTheReadersLanguage() {
        DefinitionTexts texts = DefinitionTexts.of(Presets.load("it-services"), FRENCH);

        assertThat(texts.statusReason("310")).isEqualTo("310. Informations demandées au client");
        assertThat(texts.priority("P1")).isEqualTo("P1 - Très élevée");
        assertThat(texts.caseType("Service Request")).isEqualTo("Demande de service");
    }

    @Test
    void aLanguageTheDefinitionLacksFallsBackToEnglishAndAnUnknownCodeStaysTheCode() {
        DefinitionTexts texts = DefinitionTexts.of(Presets.load("it-services"), Locale.JAPANESE);

        assertThat(texts.statusReason("310")).isEqualTo("310. Requested Info to Customer");
        assertThat(texts.statusReason("999")).isEqualTo("999");
        assertThat(DefinitionTexts.CODES.priority("P1")).isEqualTo("P1");
    }

    @Test
    void aStageIsLabelledFromItsCaseTypesPipelineElseFromTheFirstPipelineThatHasIt() {
        WorkflowDefinition definition = Presets.load("it-services").toBuilder()
                .stagePipeline(new StagePipeline("other", List.of(
                        new Stage("Intake", Labels.of("en", "Other intake").and("nl", "Andere intake"), Optional.empty()))))
                .stagePipeline(new StagePipeline("project", List.of(
                        new Stage("Intake", Labels.of("en", "Intake").and("nl", "Projectintake"), Optional.empty()),
                        new Stage("Build", Labels.of("en", "Build").and("nl", "Bouwen"), Optional.empty()))))
                .caseType(CaseType.of("Project", "Project", "P3").withStages("project"))
                .build();
        DefinitionTexts texts = DefinitionTexts.of(definition, Locale.forLanguageTag("nl"));

        assertThat(texts.stage("Project", "Intake")).isEqualTo("Projectintake");
        assertThat(texts.stage("Project", "Build")).isEqualTo("Bouwen");
        assertThat(texts.stage("Incident", "Intake")).isEqualTo("Andere intake");
        assertThat(texts.stage("Project", "Nowhere")).isEqualTo("Nowhere");
    }
}
