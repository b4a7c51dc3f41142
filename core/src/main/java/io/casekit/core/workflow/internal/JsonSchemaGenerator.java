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

/**
 * Writes a {@link Shape} as a JSON Schema (draft 2020-12) that accepts exactly what {@link
 * ShapeCheck} accepts, with the descriptions, defaults and examples of the fields for editors. Named
 * mappings are defined once under {@code $defs}. Not thread-safe: use one instance per schema.
 */
public final class JsonSchemaGenerator {

    /** The dialect the schemas declare. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private final Map<String, Node.Mapping> definitions = new LinkedHashMap<>();
    private final Map<String, Shape.Mapping> defined = new LinkedHashMap<>();

    private JsonSchemaGenerator() {}

    /**
     * The schema of documents of shape {@code root}.
     *
     * @param id the schema's {@code $id}
     * @param title its title
     * @param description its description
     */
    public static Node.Mapping generate(Shape root, String id, String title, String description) {
        JsonSchemaGenerator generator = new JsonSchemaGenerator();
        Map<String, Node> schema = new LinkedHashMap<>();
        schema.put("$schema", text(DIALECT));
        schema.put("$id", text(id));
        schema.put("title", text(title));
        schema.put("description", text(description));
        schema.putAll(generator.schema(root));
        schema.put("$defs", new Node.Mapping(generator.definitions));
        return new Node.Mapping(schema);
    }

    /** The schema's keys for a value of {@code shape}, in the order they are written. */
    private Map<String, Node> schema(Shape shape) {
        Map<String, Node> node = new LinkedHashMap<>();
        if (shape instanceof Shape.Text text) {
            if (text.pattern().isEmpty()) {
                node.put("type", list(text("string"), text("number")));
            } else {
                node.put("type", text("string"));
                node.put("pattern", text(text.pattern().get().pattern()));
            }
        } else if (shape instanceof Shape.Whole whole) {
            node.put("type", text("integer"));
            node.put("minimum", new Node.Integral(whole.min()));
            node.put("maximum", new Node.Integral(whole.max()));
        } else if (shape instanceof Shape.Bool) {
            node.put("type", text("boolean"));
        } else if (shape instanceof Shape.Choice choice) {
            Node values = new Node.Sequence(choice.values().stream().map(JsonSchemaGenerator::text).toList());
            // the reader ignores letter case: "open" is OPEN
            Map<String, Node> anyCase = new LinkedHashMap<>();
            anyCase.put("type", text("string"));
            anyCase.put("pattern", text(choice.anyCasePattern()));
            node.put("anyOf", list(object("enum", values), new Node.Mapping(anyCase)));
        } else if (shape instanceof Shape.ListOf list) {
            node.put("type", text("array"));
            node.put("items", new Node.Mapping(schema(list.element())));
        } else if (shape instanceof Shape.MapOf map) {
            node.put("type", text("object"));
            node.put("additionalProperties", new Node.Mapping(schema(map.values())));
        } else if (shape instanceof Shape.Mapping mapping) {
            return mapping(mapping);
        } else if (shape instanceof Shape.Either either) {
            node.put("if", object("required", list(text(either.key()))));
            node.put("then", new Node.Mapping(mapping(either.present())));
            node.put("else", new Node.Mapping(mapping(either.absent())));
        } else {
            throw new IllegalStateException("unknown shape " + shape);
        }
        return node;
    }

    private Map<String, Node> mapping(Shape.Mapping mapping) {
        if (mapping.name().isEmpty()) {
            return mappingBody(mapping);
        }
        Shape.Mapping known = defined.get(mapping.name());
        if (known == null) {
            defined.put(mapping.name(), mapping);
            definitions.put(mapping.name(), new Node.Mapping(Map.of())); // reserves the place (and ends recursion)
            definitions.put(mapping.name(), new Node.Mapping(mappingBody(mapping)));
        } else if (!known.equals(mapping)) {
            throw new IllegalStateException("two mappings named " + mapping.name());
        }
        return Map.of("$ref", text("#/$defs/" + mapping.name()));
    }

    private Map<String, Node> mappingBody(Shape.Mapping mapping) {
        Map<String, Node> properties = new LinkedHashMap<>();
        List<Node> required = new ArrayList<>();
        Map<String, Node> dependent = new LinkedHashMap<>();
        List<Node> allOf = new ArrayList<>();
        for (Field field : mapping.fields()) {
            properties.put(field.name(), new Node.Mapping(field(field)));
            if (field.required() && field.requiredUnlessTrue().isEmpty()) {
                required.add(text(field.name()));
            }
            field.requiredUnlessTrue().ifPresent(other -> allOf.add(requiredUnlessTrue(field.name(), other)));
            field.requires().ifPresent(other -> dependent.put(field.name(), list(text(other))));
        }
        for (List<String> group : mapping.exactlyOne()) {
            allOf.add(object("oneOf", new Node.Sequence(group.stream().map(key -> object("required", list(text(key)))).toList())));
        }
        Map<String, Node> patterns = new LinkedHashMap<>();
        if (mapping.keysIgnoreCase()) {
            mapping.fields().forEach(f -> patterns.put(new Shape.Choice(List.of(f.name())).anyCasePattern(), new Node.Mapping(field(f))));
        }

        Map<String, Node> node = new LinkedHashMap<>();
        node.put("type", text("object"));
        if (!mapping.description().isEmpty()) {
            node.put("description", text(mapping.description()));
        }
        node.put("properties", new Node.Mapping(properties));
        if (mapping.keysIgnoreCase()) {
            node.put("patternProperties", new Node.Mapping(patterns));
        }
        if (!required.isEmpty()) {
            node.put("required", new Node.Sequence(required));
        }
        node.put("additionalProperties", new Node.Bool(false));
        if (!dependent.isEmpty()) {
            node.put("dependentRequired", new Node.Mapping(dependent));
        }
        if (!allOf.isEmpty()) {
            node.put("allOf", new Node.Sequence(allOf));
        }
        return node;
    }

    /** {@code key} is required unless the boolean {@code other} is given as {@code true}. */
    private static Node requiredUnlessTrue(String key, String other) {
        Map<String, Node> when = new LinkedHashMap<>();
        when.put("properties", object(other, object("const", new Node.Bool(true))));
        when.put("required", list(text(other)));
        Map<String, Node> condition = new LinkedHashMap<>();
        condition.put("if", new Node.Mapping(when));
        condition.put("then", new Node.Mapping(Map.of()));
        condition.put("else", object("required", list(text(key))));
        return new Node.Mapping(condition);
    }

    private Map<String, Node> field(Field field) {
        Map<String, Node> node = new LinkedHashMap<>();
        if (!field.description().isEmpty()) {
            node.put("description", text(field.description()));
        }
        // the key's own description wins over its mapping's
        schema(field.shape()).forEach(node::putIfAbsent);
        field.defaultValue().ifPresent(value -> node.put("default", value(value)));
        if (!field.examples().isEmpty()) {
            node.put("examples", new Node.Sequence(field.examples().stream().map(JsonSchemaGenerator::value).toList()));
        }
        return node;
    }

    private static Node value(Object value) {
        if (value instanceof String s) {
            return text(s);
        } else if (value instanceof Long l) {
            return new Node.Integral(l);
        } else if (value instanceof Integer i) {
            return new Node.Integral(i);
        } else if (value instanceof Boolean b) {
            return new Node.Bool(b);
        }
        throw new IllegalArgumentException("not a JSON value: " + value);
    }

    private static Node.Text text(String value) {
        return new Node.Text(value);
    }

    private static Node.Sequence list(Node... elements) {
        return new Node.Sequence(List.of(elements));
    }

    private static Node.Mapping object(String key, Node value) {
        return new Node.Mapping(Map.of(key, value));
    }
}
