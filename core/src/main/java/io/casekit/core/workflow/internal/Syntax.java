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
package io.casekit.core.workflow.internal;

import java.util.Optional;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The two syntaxes of a definition document, read into and written from a {@link Node} tree with
 * Jackson's streaming parsers and generators only (jackson-core and jackson-dataformat-yaml, none of
 * jackson-databind). Thread-safe.
 */
public enum Syntax {

    /**
     * YAML 1.2 as jackson-dataformat-yaml reads it. Written without a document marker, texts unquoted
     * where YAML allows it but quoted where they would read as a number ({@code "100"}) or a boolean,
     * multi-line texts as literal blocks, list items indented.
     */
    YAML(YAMLFactory.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLWriteFeature.LITERAL_BLOCK_STYLE, YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build(), ObjectWriteContext.empty()),

    /** Standard JSON (no comments, no trailing commas). Written pretty-printed, {@code "key": value}. */
    JSON(JsonFactory.builder().build(), NodeWriter.prettyJson());

    private final TokenStreamFactory factory;
    private final ObjectWriteContext writing;

    Syntax(TokenStreamFactory factory, ObjectWriteContext writing) {
        this.factory = factory;
        this.writing = writing;
    }

    /**
     * The document in {@code text}.
     *
     * @return the document's value, or empty if the text holds none (nothing, or only comments)
     * @throws MalformedDocumentException if the text is not one well-formed document, gives a key
     *     twice in a mapping, or uses a YAML alias
     */
    public Optional<Node> read(String text) {
        return NodeReader.read(factory, text);
    }

    /** The text of a document whose value is {@code node}. */
    public String write(Node node) {
        return NodeWriter.write(factory, writing, node);
    }
}
