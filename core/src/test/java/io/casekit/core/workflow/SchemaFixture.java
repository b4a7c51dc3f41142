package io.casekit.core.workflow;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.casekit.core.workflow.internal.ShapeCheck;
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

    /** What the reader's shape check finds wrong with the document. */
    static List<String> shapeProblems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        ShapeCheck.check(document, DefinitionFormat.DOCUMENT, "", (path, message) -> problems.add(path + ": " + message));
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
