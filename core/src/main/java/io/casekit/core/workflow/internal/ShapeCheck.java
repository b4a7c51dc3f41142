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

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks a parsed YAML/JSON value against a {@link Shape}, reporting every unknown key, missing key,
 * value of the wrong type, number out of range and unknown choice with its path ({@code
 * transitions[3].to}, {@code labels.en}). {@link JsonSchemaGenerator} states the same rules as a JSON
 * Schema: keep the two in step when a kind of shape is added. Stateless, thread-safe.
 */
public final class ShapeCheck {

    /** Receives the problems found. */
    @FunctionalInterface
    public interface Problems {
        /** One problem with the value at {@code path}. */
        void report(String path, String message);
    }

    private ShapeCheck() {}

    /** Checks {@code node} and everything in it against {@code shape}. */
    public static void check(JsonNode node, Shape shape, String path, Problems problems) {
        if (shape instanceof Shape.Text text) {
            text(node, text, path, problems);
        } else if (shape instanceof Shape.Whole whole) {
            whole(node, whole, path, problems);
        } else if (shape instanceof Shape.Bool) {
            if (!node.isBoolean()) {
                problems.report(path, "must be true or false");
            }
        } else if (shape instanceof Shape.Choice choice) {
            if (!node.isString() && !node.isNumber()) {
                problems.report(path, "must be a text or a number");
            } else if (choice.match(node.asString()).isEmpty()) {
                problems.report(path, "unknown value '" + node.asString() + "'; allowed: " + choice.values());
            }
        } else if (shape instanceof Shape.ListOf list) {
            if (!node.isArray()) {
                problems.report(path, "must be a list");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), list.element(), path + "[" + i + "]", problems);
            }
        } else if (shape instanceof Shape.MapOf map) {
            if (!node.isObject()) {
                problems.report(path, "must be a mapping");
                return;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                check(entry.getValue(), map.values(), at(path, entry.getKey()), problems);
            }
        } else if (shape instanceof Shape.Mapping mapping) {
            mapping(node, mapping, path, problems);
        } else if (shape instanceof Shape.Either either) {
            mapping(node, node.isObject() && node.has(either.key()) ? either.present() : either.absent(), path, problems);
        } else {
            throw new IllegalStateException("unknown shape " + shape);
        }
    }

    /** The path of a key under {@code path} ({@code path} empty: the document's top level). */
    public static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static void value(JsonNode mapping, JsonNode value, Field field, String path, Problems problems) {
        if (value.isNull()) {
            problems.report(path, field.required() ? "is required" : "has no value; give one, or leave the key out");
        } else {
            check(value, field.shape(), path, problems);
        }
        field.requires().filter(other -> !mapping.has(other)).ifPresent(other -> problems.report(path, "is given only with " + other));
    }

    private static void text(JsonNode node, Shape.Text text, String path, Problems problems) {
        if (text.pattern().isEmpty()) {
            if (!node.isString() && !node.isNumber()) {
                problems.report(path, "must be a text or a number");
            }
        } else if (!node.isString()) {
            problems.report(path, "must be a text");
        } else if (!text.pattern().get().matcher(node.asString()).find()) {
            problems.report(path, "'" + node.asString() + "' " + text.hint());
        }
    }

    private static void whole(JsonNode node, Shape.Whole whole, String path, Problems problems) {
        Optional<BigInteger> value = wholeValue(node);
        if (value.isEmpty()) {
            problems.report(path, "must be a whole number");
        } else if (!fits(value.get(), whole)) {
            problems.report(path, "is out of range, was " + value.get());
        } else if (value.get().longValue() < whole.min() || value.get().longValue() > whole.max()) {
            problems.report(path, whole.rangeMessage(value.get().longValue()));
        }
    }

    /**
     * The value of a number without a fractional part ({@code 2}, and {@code 2.0} too, as JSON Schema's
     * {@code integer} has it), if the node is one.
     */
    static Optional<BigInteger> wholeValue(JsonNode node) {
        if (node.isIntegralNumber()) {
            return Optional.of(node.bigIntegerValue());
        }
        if (node.isNumber() && node.canConvertToExactIntegral()) {
            return Optional.of(node.decimalValue().toBigIntegerExact());
        }
        return Optional.empty();
    }

    /** Whether a whole number fits the Java type of the shape. */
    static boolean fits(BigInteger value, Shape.Whole whole) {
        return value.compareTo(BigInteger.valueOf(whole.typeMin())) >= 0 && value.compareTo(BigInteger.valueOf(whole.typeMax())) <= 0;
    }

    private static void mapping(JsonNode node, Shape.Mapping mapping, String path, Problems problems) {
        if (!node.isObject()) {
            problems.report(path, "must be a mapping");
            return;
        }
        List<String> keys = mapping.keys();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Optional<String> declared = mapping.declaredKey(entry.getKey());
            if (declared.isEmpty()) {
                problems.report(at(path, entry.getKey()), "unknown key; allowed here: " + keys.stream().sorted().toList());
            } else if (!declared.get().equals(entry.getKey())) { // the key in another letter case
                value(node, entry.getValue(), mapping.field(declared.get()), at(path, entry.getKey()), problems);
            }
        }
        for (Field field : mapping.fields()) {
            String fieldPath = at(path, field.name());
            JsonNode value = node.get(field.name());
            if (value == null) {
                boolean lifted = field.requiredUnlessTrue().map(node::get).filter(v -> v.isBoolean() && v.booleanValue()).isPresent();
                if (field.required() && !lifted) {
                    problems.report(fieldPath, "is required");
                }
                continue;
            }
            value(node, value, field, fieldPath, problems);
        }
        for (List<String> group : mapping.exactlyOne()) {
            if (group.stream().filter(node::has).count() != 1) {
                problems.report(path, Shape.Mapping.exactlyOneMessage(group));
            }
        }
    }
}
