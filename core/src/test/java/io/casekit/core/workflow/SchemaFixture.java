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

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.casekit.core.workflow.internal.ShapeCheck;
import io.casekit.core.workflow.internal.Syntax;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The three judges of a definition document: the published JSON Schema (run by a real validator,
 * networknt's), the reader's shape check, and the reader as a whole.
 */
final class SchemaFixture {

    static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The published schema, as a validator of draft 2020-12 reads it. */
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(WorkflowDefinitions.jsonSchema(), InputFormat.JSON);

    private SchemaFixture() {}

    static JsonNode yaml(String text) {
        return YAML.readTree(text);
    }

    /** What the schema finds wrong with the document: nothing if it accepts it. */
    static List<String> schemaErrors(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    /** What the reader's shape check finds wrong with the document (as the reader's own parser reads it). */
    static List<String> shapeProblems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        ShapeCheck.check(Syntax.JSON.read(JSON.writeValueAsString(document)).orElseThrow(), DefinitionFormat.DOCUMENT, "",
                (path, message) -> problems.add(path + ": " + message));
        return problems;
    }

    /** What the reader finds wrong with the document: nothing if it reads it (bases among the presets). */
    static List<DefinitionProblem> readerProblems(JsonNode document) {
        try {
            WorkflowDefinitions.fromJson(JSON.writeValueAsString(document), "document", DefinitionResolver.presets());
            return List.of();
        } catch (InvalidDefinitionException e) {
            return e.problems();
        }
    }
}
