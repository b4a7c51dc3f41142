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
import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.core.workflow.internal.MalformedDocumentException;
import io.casekit.core.workflow.internal.Node;
import io.casekit.core.workflow.internal.Syntax;
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
        return Syntax.YAML.write(DefinitionWriter.write(requireNonNull(definition, "definition")));
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
        return Syntax.JSON.write(DefinitionWriter.write(requireNonNull(definition, "definition"))) + "\n";
    }

    /**
     * The fingerprint of a definition: 64 hexadecimal digits that change with any change of its
     * content (a label, a template, a transition, the order of a list), but not with the order in
     * which a document lists a mapping's keys nor with the layout of its text. Casekit records it with
     * the store to notice a definition changed in place under the same id and version.
     *
     * @param definition the definition
     * @return the fingerprint, or empty for a definition the format cannot write (see {@link #toYaml})
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static Optional<String> fingerprint(WorkflowDefinition definition) {
        return DefinitionFingerprint.of(requireNonNull(definition, "definition"));
    }

    /**
     * Reads a definition from YAML text; a definition it extends is found among the {@link Presets}.
     *
     * @param yaml the document
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     */
    public static WorkflowDefinition fromYaml(String yaml) {
        return read(Syntax.YAML, yaml, "from YAML");
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
        return read(Syntax.YAML, readAll(file), file.toString());
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
        return read(Syntax.YAML, yaml, requireNonNull(source, "source"), requireNonNull(bases, "bases"));
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
        return read(Syntax.YAML, readAll(file), file.toString(), requireNonNull(bases, "bases"));
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
        return read(Syntax.JSON, json, requireNonNull(source, "source"), requireNonNull(bases, "bases"));
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
        Map<String, String> documents = new LinkedHashMap<>();
        for (Path file : files) {
            documents.put(file.toString(), readAll(file));
        }
        return fromDocuments(documents, bases);
    }

    /**
     * Reads several definitions that may extend one another, given as text (read from a framework's
     * resources, say), as {@link #fromFiles} reads files: a definition extends another of {@code
     * documents} by its id, else one that {@code bases} finds. Documents whose name ends in {@code
     * .json} are read as JSON, the others as YAML.
     *
     * @param documents each document's text by the name problems are reported under (a file name or
     *     a resource's location), in the order of the result
     * @param bases finds the definitions extended that are not among {@code documents}
     * @return the definitions, in the order of {@code documents}
     * @throws InvalidDefinitionException for the first document found invalid, or for a cycle of
     *     {@code extends}, or for two documents with the same id
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static List<WorkflowDefinition> fromDocuments(Map<String, String> documents, DefinitionResolver bases) {
        return new DocumentSet(requireNonNull(documents, "documents"), requireNonNull(bases, "bases")).readEach();
    }

    /**
     * Reads a definition from JSON text; a definition it extends is found among the {@link Presets}.
     *
     * @param json the document
     * @return the definition
     * @throws InvalidDefinitionException listing every problem of the document
     */
    public static WorkflowDefinition fromJson(String json) {
        return read(Syntax.JSON, json, "from JSON");
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

    static WorkflowDefinition read(Syntax syntax, String text, String source) {
        return read(syntax, text, source, DefinitionResolver.presets());
    }

    static WorkflowDefinition read(Syntax syntax, String text, String source, DefinitionResolver bases) {
        return new DefinitionReader().read(parse(syntax, text, source), source, bases);
    }

    /**
     * The document in {@code text}, read with Jackson's streaming parser into a tree of our own (no
     * jackson-databind, whose annotations an application may pin to another version), strictly: a
     * key given twice is refused, not silently overwritten.
     */
    static Node parse(Syntax syntax, String text, String source) {
        Optional<Node> root;
        try {
            root = syntax.read(text);
        } catch (MalformedDocumentException e) {
            throw new InvalidDefinitionException(source, List.of(new DefinitionProblem(
                    "$", "not well-formed: " + e.reason() + e.location().map(at -> " (" + at + ")").orElse(""))));
        }
        return root.orElseThrow(() -> new InvalidDefinitionException(source, List.of(new DefinitionProblem("$", "the document is empty"))));
    }

    /** Definitions read together, each resolving its base among the others first; refuses cycles. */
    private static final class DocumentSet {
        private final Map<String, String> sourceById = new LinkedHashMap<>();
        private final Map<String, Node> trees = new LinkedHashMap<>();
        private final Map<String, WorkflowDefinition> done = new HashMap<>();
        private final List<String> reading = new ArrayList<>();
        private final DefinitionResolver bases;

        DocumentSet(Map<String, String> documents, DefinitionResolver bases) {
            this.bases = bases;
            documents.forEach((source, text) -> {
                Syntax syntax = source.endsWith(".json") ? Syntax.JSON : Syntax.YAML;
                Node root = parse(syntax, text, source);
                trees.put(source, root);
                Optional<String> id = idOf(root);
                if (id.isPresent()) {
                    String other = sourceById.putIfAbsent(id.get(), source);
                    if (other != null) {
                        throw new InvalidDefinitionException(source, List.of(new DefinitionProblem("id",
                                "'" + id.get() + "' is the id of " + other + " too; each definition needs its own")));
                    }
                }
            });
        }

        List<WorkflowDefinition> readEach() {
            List<WorkflowDefinition> result = new ArrayList<>();
            trees.forEach((source, root) -> result.add(read(source, root)));
            return result;
        }

        /**
         * The id a document gives, as the files are told apart before they are read: the text of any
         * scalar ({@code true}, {@code ""} for null, binary data in Base64); none for a list or mapping.
         */
        private static Optional<String> idOf(Node root) {
            Optional<Node> id = root instanceof Node.Mapping mapping ? mapping.get("id") : Optional.empty();
            return id.flatMap(value -> {
                if (value instanceof Node.Bool bool) {
                    return Optional.of(String.valueOf(bool.value()));
                } else if (value instanceof Node.Null) {
                    return Optional.of("");
                } else if (value instanceof Node.Binary binary) {
                    return Optional.of(binary.base64());
                }
                return value.asText();
            });
        }

        private WorkflowDefinition read(String source, Node root) {
            String id = idOf(root).orElse(source);
            WorkflowDefinition known = done.get(id);
            if (known != null) {
                return known;
            }
            if (reading.contains(id)) {
                List<String> cycle = new ArrayList<>(reading.subList(reading.indexOf(id), reading.size()));
                cycle.add(id);
                throw new InvalidDefinitionException(source, List.of(new DefinitionProblem("extends",
                        "a cycle of extends: " + String.join(" -> ", cycle))));
            }
            reading.add(id);
            try {
                DefinitionResolver here = new DefinitionResolver() {
                    @Override
                    public Optional<WorkflowDefinition> find(String baseId) {
                        String base = sourceById.get(baseId);
                        return base != null ? Optional.of(read(base, trees.get(base))) : bases.find(baseId);
                    }

                    @Override
                    public List<String> known() {
                        return Stream.concat(sourceById.keySet().stream(), bases.known().stream()).distinct().toList();
                    }
                };
                WorkflowDefinition definition = new DefinitionReader().read(root, source, here);
                done.put(id, definition);
                return definition;
            } finally {
                reading.remove(reading.size() - 1);
            }
        }
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
