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

import static io.casekit.core.workflow.SchemaFixture.schemaErrors;
import static io.casekit.core.workflow.SchemaFixture.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The published JSON Schema of definitions: generated from the reader's own declaration of the
 * format, committed where editors and the jar find it, valid draft 2020-12, and satisfied by every
 * preset.
 *
 * <p>The committed copies are checked, not written, by the build. To refresh them after changing
 * {@link DefinitionFormat}, run {@value #REGENERATE}.
 */
class DefinitionSchemaTest {

    static final String REGENERATE = "./mvnw -pl core test -Dtest=DefinitionSchemaTest -Dcasekit.writeSchema=true";

    /** The copy in the jar's resources (this module's directory is the working directory of its tests). */
    private static final Path RESOURCE = Path.of("src/main/resources/io/casekit/core/workflow", DefinitionSchema.RESOURCE);
    /** The copy the documentation links to. */
    private static final Path DOCS = Path.of("../docs", DefinitionSchema.RESOURCE);
    private static final Path PRESETS = Path.of("src/main/resources/io/casekit/core/workflow/presets");

    @ParameterizedTest
    @MethodSource("committedCopies")
    void theCommittedCopiesAreTheGeneratedSchema(Path copy) throws IOException {
        String generated = WorkflowDefinitions.jsonSchema();
        if (Boolean.getBoolean("casekit.writeSchema")) {
            Files.writeString(copy, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(copy, StandardCharsets.UTF_8))
                .as("%s is stale: the definition format changed. Regenerate it with: %s", copy, REGENERATE)
                .isEqualTo(generated);
    }

    static Stream<Path> committedCopies() {
        return Stream.of(RESOURCE, DOCS);
    }

    @Test
    void theJarCarriesTheSchema() throws IOException {
        try (InputStream in = WorkflowDefinitions.class.getResourceAsStream(DefinitionSchema.RESOURCE)) {
            assertThat(in).as("resource io/casekit/core/workflow/%s", DefinitionSchema.RESOURCE).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(WorkflowDefinitions.jsonSchema());
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonNode schema = SchemaFixture.JSON.readTree(WorkflowDefinitions.jsonSchema());
        var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertThat(metaSchema.validate(schema)).isEmpty();
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theSchemaDescribesTheKeysForEditors() {
        JsonNode definition = SchemaFixture.JSON.readTree(WorkflowDefinitions.jsonSchema()).at("/$defs/definition");

        assertThat(definition.at("/properties/statusReasons/description").asString()).isNotBlank();
        assertThat(definition.at("/additionalProperties").booleanValue()).isFalse();
        assertThat(definition.at("/required").valueStream().map(JsonNode::asString)).containsExactly("id", "version");
        JsonNode state = SchemaFixture.JSON.readTree(WorkflowDefinitions.jsonSchema()).at("/$defs/statusReason/properties/state");
        assertThat(state.at("/anyOf/0/enum").valueStream().map(JsonNode::asString)).containsExactly("OPEN", "RESOLVED", "CANCELLED");
    }

    @Test
    void thePresetsAreExactlyTheShippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(PRESETS)) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", "")))
                    .containsExactlyInAnyOrderElementsOf(Presets.names());
        }
    }

    @ParameterizedTest
    @MethodSource("io.casekit.core.workflow.Presets#names")
    void everyPresetFollowsTheSchema(String preset) throws IOException {
        try (InputStream in = Presets.class.getResourceAsStream("presets/" + preset + ".yaml")) {
            JsonNode document = yaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));

            assertThat(schemaErrors(document)).isEmpty();
        }
    }

    @Test
    void aJsonDocumentMayNameTheSchema() {
        String json = """
                {"$schema": "./casekit-definition.schema.json", "extends": "it-services", "id": "acme", "version": 1}
                """;

        assertThat(SchemaFixture.SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(WorkflowDefinitions.fromJson(json).id()).isEqualTo("acme");
    }
}
