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
package io.casekit.persistence.jdbc.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a stored JSON document into plain, unmodifiable Java values with Jackson's streaming parser
 * (jackson-core alone: no databind, no annotations). An object becomes a {@code Map<String, Object>}
 * in document order, an array a {@code List<Object>}, a string a {@link String}, a number a {@link
 * BigDecimal} exactly as written, {@code true} and {@code false} a {@link Boolean}, {@code null}
 * {@link JsonNull#NULL}.
 *
 * <p>Parsing is strict RFC 8259 (Jackson's defaults: no comments, no single quotes, no leading
 * zeroes, no {@code NaN}, no unescaped control characters; nesting is limited by Jackson's
 * {@code StreamReadConstraints}) plus: duplicate keys and anything after the value are refused.
 * Only API that jackson-core 3.0 has as well. Stateless and thread-safe.
 */
final class JsonTree {

    /** The streaming factory alone; its parsers detect duplicate keys. */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonTree() {}

    /**
     * The value of a whole document.
     *
     * @throws JsonException if {@code text} is not one valid JSON value (with white space around it at most)
     */
    static Object read(String text) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonException("not a valid JSON document: it holds no value");
            }
            Object value = value(parser, first);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonException("not a valid JSON document: more (" + after + ") after the document's value"
                        + where(parser.currentTokenLocation()));
            }
            return value;
        } catch (JacksonException e) {
            throw new JsonException("not a valid JSON document: " + e.getOriginalMessage() + where(e.getLocation()), e);
        }
    }

    private static String where(@Nullable TokenStreamLocation location) {
        if (location == null || location.getColumnNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static Object value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> decimal(parser);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> JsonNull.NULL;
            default -> throw new JsonException("not a valid JSON document: unexpected " + token
                    + where(parser.currentTokenLocation()));
        };
    }

    /** A whole number: a long's worth without a detour through text, anything longer as a BigInteger. */
    private static BigDecimal integer(JsonParser parser) {
        return switch (parser.getNumberType()) {
            case INT, LONG -> BigDecimal.valueOf(parser.getLongValue());
            default -> new BigDecimal(parser.getBigIntegerValue());
        };
    }

    /** A number with a fraction or an exponent, exactly as written; refused if its exponent is beyond a BigDecimal's. */
    private static BigDecimal decimal(JsonParser parser) {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new JsonException("not a valid JSON document: the number " + parser.getString() + " is out of range"
                    + where(parser.currentTokenLocation()), e);
        }
    }

    private static Map<String, Object> object(JsonParser parser) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            members.put(name, value(parser, next(parser)));
        }
        return Collections.unmodifiableMap(members);
    }

    private static List<Object> array(JsonParser parser) {
        List<Object> elements = new ArrayList<>();
        for (JsonToken token = next(parser); token != JsonToken.END_ARRAY; token = next(parser)) {
            elements.add(value(parser, token));
        }
        return Collections.unmodifiableList(elements);
    }

    /** The next token inside a container, where the parser itself refuses the end of the text. */
    private static JsonToken next(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonException("not a valid JSON document: it ends inside an object or array");
        }
        return token;
    }
}
