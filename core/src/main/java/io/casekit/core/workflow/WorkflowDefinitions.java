package io.casekit.core.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads workflow definitions from YAML or JSON (the format is described in {@code
 * docs/workflow-definition.md}). Every problem in the document, of shape or of meaning, is reported
 * at once in an {@link InvalidDefinitionException}, each with the path of the offending element.
 * Thread-safe.
 */
public final class WorkflowDefinitions {

    // A key given twice would otherwise silently keep only its last value.
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private WorkflowDefinitions() {}

    /** Reads a definition from YAML text. */
    public static WorkflowDefinition fromYaml(String yaml) {
        return read(YAML, yaml, "from YAML");
    }

    /** Reads a definition from a YAML stream (UTF-8), which is not closed. */
    public static WorkflowDefinition fromYaml(InputStream yaml) {
        return fromYaml(readAll(yaml));
    }

    /** Reads a definition from a YAML file. */
    public static WorkflowDefinition fromYaml(Path file) {
        return read(YAML, readAll(file), file.toString());
    }

    /** Reads a definition from JSON text. */
    public static WorkflowDefinition fromJson(String json) {
        return read(JSON, json, "from JSON");
    }

    /** Reads a definition from a JSON stream (UTF-8), which is not closed. */
    public static WorkflowDefinition fromJson(InputStream json) {
        return fromJson(readAll(json));
    }

    static WorkflowDefinition read(ObjectMapper mapper, String text, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidDefinitionException(source, List.of(new DefinitionProblem(
                    "$", "not well-formed: " + e.getOriginalMessage() + locationOf(e))));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidDefinitionException(source, List.of(new DefinitionProblem("$", "the document is empty")));
        }
        return new DefinitionReader().read(root, source);
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
