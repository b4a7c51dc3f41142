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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one document into a {@link Node} tree from the tokens of a streaming parser (jackson-core's
 * JSON parser or jackson-dataformat-yaml's), strictly: a key given twice in a mapping, anything after
 * the document's value and a YAML alias are refused, each where it stands. Numbers
 * are read as Jackson's tree would hold them: whole ones exactly, others as the nearest {@code
 * double}. Recursion is bounded by the parser's nesting limit. One instance per document.
 */
final class NodeReader {

    private final JsonParser parser;

    private NodeReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The document in {@code text}, or empty if it holds none (nothing, or only comments).
     *
     * @throws MalformedDocumentException if the text is no single document of the factory's format
     */
    static Optional<Node> read(TokenStreamFactory factory, String text) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            NodeReader reader = new NodeReader(parser);
            Node document = reader.value();
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw reader.refuse("Trailing token (" + after + ") found after the document: give one document only");
            }
            return Optional.of(document);
        } catch (JacksonException e) {
            throw new MalformedDocumentException(String.valueOf(e.getOriginalMessage()), location(e.getLocation()));
        }
    }

    /** The value that begins at the current token, leaving the parser on its last token. */
    private Node value() {
        Optional<Location> at = location(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IllegalStateException("the parser ended inside a value, at " + at);
        }
        switch (token) {
            case START_OBJECT:
                return mapping(at);
            case START_ARRAY:
                return sequence(at);
            case VALUE_STRING:
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw refuse("YAML alias *" + parser.getString() + " is not supported: write the value out where it is needed");
                }
                return new Node.Text(parser.getString(), at);
            case VALUE_NUMBER_INT:
                return new Node.Integral(parser.getBigIntegerValue(), at);
            case VALUE_NUMBER_FLOAT:
                return new Node.FloatingPoint(parser.getDoubleValue(), at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Bool(token == JsonToken.VALUE_TRUE, at);
            case VALUE_NULL:
                return new Node.Null(at);
            case VALUE_EMBEDDED_OBJECT: // what the YAML parser makes of !!binary
                return embedded(at);
            default:
                throw new IllegalStateException("no value begins with " + token + " at " + at);
        }
    }

    private Node embedded(Optional<Location> at) {
        Object value = parser.getEmbeddedObject();
        if (value instanceof byte[] bytes) {
            return new Node.Binary(bytes, at);
        }
        if (value == null) {
            return new Node.Null(at);
        }
        throw new IllegalStateException("an embedded " + value.getClass().getName() + " at " + at + " is no value of a document");
    }

    private Node.Mapping mapping(Optional<Location> at) {
        Map<String, Node> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            if (entries.containsKey(key)) {
                throw refuse("Duplicate property \"" + key + "\": each key may be given only once in a mapping");
            }
            parser.nextToken();
            entries.put(key, value());
        }
        return new Node.Mapping(entries, at);
    }

    private Node.Sequence sequence(Optional<Location> at) {
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(value());
        }
        return new Node.Sequence(elements, at);
    }

    private MalformedDocumentException refuse(String reason) {
        return new MalformedDocumentException(reason, location(parser.currentTokenLocation()));
    }

    private static Optional<Location> location(TokenStreamLocation location) {
        return Optional.ofNullable(location).map(l -> new Location(l.getLineNr(), l.getColumnNr()));
    }
}
