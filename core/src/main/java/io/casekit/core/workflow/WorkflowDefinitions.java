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
import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads workflow definitions from YAML or JSON (the format is described in {@code
 * docs/workflow-definition.md}). Every problem in the document, of shape or of meaning, is reported
 * at once in an {@link InvalidDefinitionException}, each with the path of the offending element.
 * Thread-safe.
 *
 * <p>A definition may {@code extends:} another one and state only what differs. The methods without
 * a {@link DefinitionResolver} find bases among the shipped {@link Presets}; the others find them
 * with the resolver given, and {@link #fromFiles} among the files read together.
 */
@API(status = STABLE, since = "0.1.0")
public final class WorkflowDefinitions {

    // A key given twice would otherwise silently keep only its last value.
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    // Written YAML: no document marker, strings unquoted where YAML allows it, but quoted where they
    // would read as a number ("100") or a boolean, multi-line texts as literal blocks, lists indented.
    private static final ObjectMapper YAML_OUT = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLWriteFeature.LITERAL_BLOCK_STYLE, YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final ObjectMapper JSON_OUT = JsonMapper.builder().defaultPrettyPrinter(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))).build();

    private WorkflowDefinitions() {}

    /**
     * Writes a definition as YAML that {@link #fromYaml(String)} reads back to an equal definition: the
     * keys in the order of the format's documentation, without what the reader supplies by default
     * (default values, empty lists, a name equal to the id), sets sorted. A start for a vendor's own
     * file: a preset or a definition built in Java, written out to be edited.
     *
     * @param definition the definition to write
     * @return the YAML document
     * @throws IllegalArgumentException if the definition holds a value the format cannot write: an SLA
     *     target or a feedback window that is not whole minutes or days (only the builder makes them)
     */
    public static String toYaml(WorkflowDefinition definition) {
        return YAML_OUT.writeValueAsString(DefinitionWriter.write(requireNonNull(definition, "definition")));
    }

    /**
     * Writes a definition as JSON that {@link #fromJson(String)} reads back to an equal definition; see
     * {@link #toYaml}.
     *
     * @param definition the definition to write
     * @return the JSON document, pretty-printed, ending with a line break
     * @throws IllegalArgumentException as {@link #toYaml} does
     */
    public static String toJson(WorkflowDefinition definition) {
        return JSON_OUT.writerWithDefaultPrettyPrinter().writeValueAsString(DefinitionWriter.write(requireNonNull(definition, "definition")))
                + "\n";
    }

    /**
     * Reads a definition from YAML text; a definition it extends is found among the {@link Presets}.
     *
     * @param yaml the document
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     */
    public static WorkflowDefinition fromYaml(String yaml) {
        return read(YAML, yaml, "from YAML");
    }

    /**
     * Reads a definition from a YAML stream (UTF-8), which is not closed.
     *
     * @param yaml the document
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static WorkflowDefinition fromYaml(InputStream yaml) {
        return fromYaml(readAll(yaml));
    }

    /**
     * Reads a definition from a YAML file; problems are reported under the file's name.
     *
     * @param file the file, UTF-8
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static WorkflowDefinition fromYaml(Path file) {
        return read(YAML, readAll(file), file.toString());
    }

    /**
     * Reads a definition from YAML text, finding the definition it extends (if any) with {@code bases}.
     *
     * @param source the name problems are reported under, e.g. the file name
     * @param yaml the document
     * @param bases finds the definition this one extends
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     */
    public static WorkflowDefinition fromYaml(String yaml, String source, DefinitionResolver bases) {
        return read(YAML, yaml, requireNonNull(source, "source"), requireNonNull(bases, "bases"));
    }

    /**
     * Reads a definition from a YAML file, finding the definition it extends (if any) with {@code bases}.
     *
     * @param file the file, UTF-8
     * @param bases finds the definition this one extends
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static WorkflowDefinition fromYaml(Path file, DefinitionResolver bases) {
        return read(YAML, readAll(file), file.toString(), requireNonNull(bases, "bases"));
    }

    /**
     * Reads a definition from JSON text, finding the definition it extends (if any) with {@code bases}.
     *
     * @param source the name problems are reported under, e.g. the file name
     * @param json the document
     * @param bases finds the definition this one extends
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     */
    public static WorkflowDefinition fromJson(String json, String source, DefinitionResolver bases) {
        return read(JSON, json, requireNonNull(source, "source"), requireNonNull(bases, "bases"));
    }

    /**
     * Reads several definitions that may extend one another (a vendor's base and one file per
     * customer, say): a definition extends another of {@code files} by its id, else one that {@code
     * bases} finds. Files ending in {@code .json} are read as JSON, the others as YAML.
     *
     * @param files the files, each with one definition
     * @param bases finds the definitions extended that are not among {@code files}
     * @throws java.io.UncheckedIOException if a file cannot be read
     * @return the definitions, in the order of {@code files}
     * @throws InvalidDefinitionException for the first file found invalid, or for a cycle of
     *     {@code extends}, or for two files with the same id
     */
    public static List<WorkflowDefinition> fromFiles(List<Path> files, DefinitionResolver bases) {
        return new FileSet(files, requireNonNull(bases, "bases")).readEach();
    }

    /**
     * Reads a definition from JSON text; a definition it extends is found among the {@link Presets}.
     *
     * @param json the document
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     */
    public static WorkflowDefinition fromJson(String json) {
        return read(JSON, json, "from JSON");
    }

    /**
     * Reads a definition from a JSON stream (UTF-8), which is not closed.
     *
     * @param json the document
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static WorkflowDefinition fromJson(InputStream json) {
        return fromJson(readAll(json));
    }

    /**
     * The JSON Schema (draft 2020-12) of the definition format, for editors: it accepts every document
     * the readers of this class accept and refuses every document of the wrong shape (an unknown or
     * missing key, a value of the wrong type, an unknown name). What a schema cannot state (a status
     * code that no status reason has, a status nobody can reach) is still refused only when the
     * definition is read. The same text is in the core jar as {@code
     * io/casekit/core/workflow/casekit-definition.schema.json}.
     *
     * @return the schema as JSON text
     */
    public static String jsonSchema() {
        return DefinitionSchema.text();
    }

    static WorkflowDefinition read(ObjectMapper mapper, String text, String source) {
        return read(mapper, text, source, DefinitionResolver.presets());
    }

    static WorkflowDefinition read(ObjectMapper mapper, String text, String source, DefinitionResolver bases) {
        return new DefinitionReader().read(parse(mapper, text, source), source, bases);
    }

    static JsonNode parse(ObjectMapper mapper, String text, String source) {
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
        return root;
    }

    /** Definitions read together, each resolving its base among the others first; refuses cycles. */
    private static final class FileSet {
        private final Map<String, Path> fileById = new LinkedHashMap<>();
        private final Map<Path, JsonNode> trees = new LinkedHashMap<>();
        private final Map<String, WorkflowDefinition> done = new HashMap<>();
        private final List<String> reading = new ArrayList<>();
        private final DefinitionResolver bases;

        FileSet(List<Path> files, DefinitionResolver bases) {
            this.bases = bases;
            for (Path file : files) {
                ObjectMapper mapper = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
                JsonNode root = parse(mapper, readAll(file), file.toString());
                trees.put(file, root);
                JsonNode id = root.get("id");
                if (id != null && id.isValueNode()) {
                    Path other = fileById.putIfAbsent(id.asString(), file);
                    if (other != null) {
                        throw new InvalidDefinitionException(file.toString(), List.of(new DefinitionProblem("id",
                                "'" + id.asString() + "' is the id of " + other + " too; each definition needs its own")));
                    }
                }
            }
        }

        List<WorkflowDefinition> readEach() {
            List<WorkflowDefinition> result = new ArrayList<>();
            trees.forEach((file, root) -> result.add(read(file, root)));
            return result;
        }

        private WorkflowDefinition read(Path file, JsonNode root) {
            JsonNode idNode = root.get("id");
            String id = idNode != null && idNode.isValueNode() ? idNode.asString() : file.toString();
            WorkflowDefinition known = done.get(id);
            if (known != null) {
                return known;
            }
            if (reading.contains(id)) {
                List<String> cycle = new ArrayList<>(reading.subList(reading.indexOf(id), reading.size()));
                cycle.add(id);
                throw new InvalidDefinitionException(file.toString(), List.of(new DefinitionProblem("extends",
                        "a cycle of extends: " + String.join(" -> ", cycle))));
            }
            reading.add(id);
            try {
                DefinitionResolver here = new DefinitionResolver() {
                    @Override
                    public Optional<WorkflowDefinition> find(String baseId) {
                        Path baseFile = fileById.get(baseId);
                        return baseFile != null ? Optional.of(read(baseFile, trees.get(baseFile))) : bases.find(baseId);
                    }

                    @Override
                    public List<String> known() {
                        return Stream.concat(fileById.keySet().stream(), bases.known().stream()).distinct().toList();
                    }
                };
                WorkflowDefinition definition = new DefinitionReader().read(root, file.toString(), here);
                done.put(id, definition);
                return definition;
            } finally {
                reading.remove(reading.size() - 1);
            }
        }
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
