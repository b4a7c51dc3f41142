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
import java.util.Map;
import java.util.Optional;

/**
 * Checks a parsed YAML/JSON value (a {@link Node}) against a {@link Shape}, reporting every unknown
 * key, missing key, value of the wrong type, number out of range and unknown choice with its path
 * ({@code transitions[3].to}, {@code labels.en}). {@link JsonSchemaGenerator} states the same rules
 * as a JSON Schema: keep the two in step when a kind of shape is added. Stateless, thread-safe.
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
    public static void check(Node node, Shape shape, String path, Problems problems) {
        if (shape instanceof Shape.Text text) {
            text(node, text, path, problems);
        } else if (shape instanceof Shape.Whole whole) {
            whole(node, whole, path, problems);
        } else if (shape instanceof Shape.Bool) {
            if (!(node instanceof Node.Bool)) {
                problems.report(path, "must be true or false");
            }
        } else if (shape instanceof Shape.Choice choice) {
            Optional<String> given = node.asText();
            if (given.isEmpty()) {
                problems.report(path, "must be a text or a number");
            } else if (choice.match(given.get()).isEmpty()) {
                problems.report(path, "unknown value '" + given.get() + "'; allowed: " + choice.values());
            }
        } else if (shape instanceof Shape.ListOf list) {
            if (!(node instanceof Node.Sequence sequence)) {
                problems.report(path, "must be a list");
                return;
            }
            for (int i = 0; i < sequence.size(); i++) {
                check(sequence.elements().get(i), list.element(), path + "[" + i + "]", problems);
            }
        } else if (shape instanceof Shape.MapOf map) {
            if (!(node instanceof Node.Mapping mapping)) {
                problems.report(path, "must be a mapping");
                return;
            }
            for (Map.Entry<String, Node> entry : mapping.entries().entrySet()) {
                check(entry.getValue(), map.values(), at(path, entry.getKey()), problems);
            }
        } else if (shape instanceof Shape.Mapping mapping) {
            mapping(node, mapping, path, problems);
        } else if (shape instanceof Shape.Either either) {
            boolean present = node instanceof Node.Mapping mapping && mapping.has(either.key());
            mapping(node, present ? either.present() : either.absent(), path, problems);
        } else {
            throw new IllegalStateException("unknown shape " + shape);
        }
    }

    /** The path of a key under {@code path} ({@code path} empty: the document's top level). */
    public static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static void value(Node.Mapping mapping, Node value, Field field, String path, Problems problems) {
        if (value instanceof Node.Null) {
            problems.report(path, field.required() ? "is required" : "has no value; give one, or leave the key out");
        } else {
            check(value, field.shape(), path, problems);
        }
        field.requires().filter(other -> !mapping.has(other)).ifPresent(other -> problems.report(path, "is given only with " + other));
    }

    private static void text(Node node, Shape.Text text, String path, Problems problems) {
        if (text.pattern().isEmpty()) {
            if (node.asText().isEmpty()) {
                problems.report(path, "must be a text or a number");
            }
        } else if (!(node instanceof Node.Text given)) {
            problems.report(path, "must be a text");
        } else if (!text.pattern().get().matcher(given.value()).find()) {
            problems.report(path, "'" + given.value() + "' " + text.hint());
        }
    }

    private static void whole(Node node, Shape.Whole whole, String path, Problems problems) {
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
    static Optional<BigInteger> wholeValue(Node node) {
        return node instanceof Node.Numeric number ? number.wholeValue() : Optional.empty();
    }

    /** Whether a whole number fits the Java type of the shape. */
    static boolean fits(BigInteger value, Shape.Whole whole) {
        return value.compareTo(BigInteger.valueOf(whole.typeMin())) >= 0 && value.compareTo(BigInteger.valueOf(whole.typeMax())) <= 0;
    }

    private static void mapping(Node value, Shape.Mapping mapping, String path, Problems problems) {
        if (!(value instanceof Node.Mapping node)) {
            problems.report(path, "must be a mapping");
            return;
        }
        List<String> keys = mapping.keys();
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
            Optional<String> declared = mapping.declaredKey(entry.getKey());
            if (declared.isEmpty()) {
                problems.report(at(path, entry.getKey()), "unknown key; allowed here: " + keys.stream().sorted().toList());
            } else if (!declared.get().equals(entry.getKey())) { // the key in another letter case
                value(node, entry.getValue(), mapping.field(declared.get()), at(path, entry.getKey()), problems);
            }
        }
        for (Field field : mapping.fields()) {
            String fieldPath = at(path, field.name());
            Optional<Node> given = node.get(field.name());
            if (given.isEmpty()) {
                boolean lifted = field.requiredUnlessTrue().flatMap(node::get).filter(v -> v instanceof Node.Bool b && b.value()).isPresent();
                if (field.required() && !lifted) {
                    problems.report(fieldPath, "is required");
                }
                continue;
            }
            value(node, given.get(), field, fieldPath, problems);
        }
        for (List<String> group : mapping.exactlyOne()) {
            if (group.stream().filter(node::has).count() != 1) {
                problems.report(path, Shape.Mapping.exactlyOneMessage(group));
            }
        }
    }
}
