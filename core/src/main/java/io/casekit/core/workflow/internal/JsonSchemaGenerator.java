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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Shape} as a JSON Schema (draft 2020-12) that accepts exactly what {@link
 * ShapeCheck} accepts, with the descriptions, defaults and examples of the fields for editors. Named
 * mappings are defined once under {@code $defs}. Not thread-safe: use one instance per schema.
 */
public final class JsonSchemaGenerator {

    /** The dialect the schemas declare. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
    private final Map<String, Shape.Mapping> defined = new LinkedHashMap<>();

    private JsonSchemaGenerator() {}

    /**
     * The schema of documents of shape {@code root}.
     *
     * @param id the schema's {@code $id}
     * @param title its title
     * @param description its description
     */
    public static ObjectNode generate(Shape root, String id, String title, String description) {
        JsonSchemaGenerator generator = new JsonSchemaGenerator();
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", id);
        schema.put("title", title);
        schema.put("description", description);
        schema.setAll(generator.schema(root));
        ObjectNode defs = schema.putObject("$defs");
        generator.definitions.forEach(defs::set);
        return schema;
    }

    private ObjectNode schema(Shape shape) {
        ObjectNode node = NODES.objectNode();
        if (shape instanceof Shape.Text text) {
            if (text.pattern().isEmpty()) {
                node.putArray("type").add("string").add("number");
            } else {
                node.put("type", "string");
                node.put("pattern", text.pattern().get().pattern());
            }
        } else if (shape instanceof Shape.Whole whole) {
            node.put("type", "integer");
            node.put("minimum", whole.min());
            node.put("maximum", whole.max());
        } else if (shape instanceof Shape.Bool) {
            node.put("type", "boolean");
        } else if (shape instanceof Shape.Choice choice) {
            ArrayNode anyOf = node.putArray("anyOf");
            ArrayNode values = anyOf.addObject().putArray("enum");
            choice.values().forEach(values::add);
            // the reader ignores letter case: "open" is OPEN
            anyOf.addObject().put("type", "string").put("pattern", choice.anyCasePattern());
        } else if (shape instanceof Shape.ListOf list) {
            node.put("type", "array");
            node.set("items", schema(list.element()));
        } else if (shape instanceof Shape.MapOf map) {
            node.put("type", "object");
            node.set("additionalProperties", schema(map.values()));
        } else if (shape instanceof Shape.Mapping mapping) {
            return mapping(mapping);
        } else if (shape instanceof Shape.Either either) {
            node.putObject("if").putArray("required").add(either.key());
            node.set("then", mapping(either.present()));
            node.set("else", mapping(either.absent()));
        } else {
            throw new IllegalStateException("unknown shape " + shape);
        }
        return node;
    }

    private ObjectNode mapping(Shape.Mapping mapping) {
        if (mapping.name().isEmpty()) {
            return mappingBody(mapping);
        }
        Shape.Mapping known = defined.get(mapping.name());
        if (known == null) {
            defined.put(mapping.name(), mapping);
            definitions.put(mapping.name(), NODES.objectNode()); // reserves the place (and ends recursion)
            definitions.put(mapping.name(), mappingBody(mapping));
        } else if (!known.equals(mapping)) {
            throw new IllegalStateException("two mappings named " + mapping.name());
        }
        return NODES.objectNode().put("$ref", "#/$defs/" + mapping.name());
    }

    private ObjectNode mappingBody(Shape.Mapping mapping) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "object");
        if (!mapping.description().isEmpty()) {
            node.put("description", mapping.description());
        }
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        ObjectNode dependent = NODES.objectNode();
        ArrayNode allOf = NODES.arrayNode();
        for (Field field : mapping.fields()) {
            properties.set(field.name(), field(field));
            if (field.required() && field.requiredUnlessTrue().isEmpty()) {
                required.add(field.name());
            }
            field.requiredUnlessTrue().ifPresent(other -> {
                ObjectNode condition = allOf.addObject();
                ObjectNode when = condition.putObject("if");
                when.putObject("properties").putObject(other).put("const", true);
                when.putArray("required").add(other);
                condition.putObject("then");
                condition.putObject("else").putArray("required").add(field.name());
            });
            field.requires().ifPresent(other -> dependent.putArray(field.name()).add(other));
        }
        for (List<String> group : mapping.exactlyOne()) {
            ArrayNode oneOf = allOf.addObject().putArray("oneOf");
            group.forEach(key -> oneOf.addObject().putArray("required").add(key));
        }
        if (mapping.keysIgnoreCase()) {
            ObjectNode patterns = node.putObject("patternProperties");
            mapping.fields().forEach(f -> patterns.set(new Shape.Choice(List.of(f.name())).anyCasePattern(), field(f)));
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        if (!dependent.isEmpty()) {
            node.set("dependentRequired", dependent);
        }
        if (!allOf.isEmpty()) {
            node.set("allOf", allOf);
        }
        return node;
    }

    private ObjectNode field(Field field) {
        ObjectNode node = NODES.objectNode();
        if (!field.description().isEmpty()) {
            node.put("description", field.description());
        }
        // the key's own description wins over its mapping's
        schema(field.shape()).properties().forEach(e -> {
            if (!node.has(e.getKey())) {
                node.set(e.getKey(), e.getValue());
            }
        });
        field.defaultValue().ifPresent(value -> node.set("default", value(value)));
        if (!field.examples().isEmpty()) {
            ArrayNode examples = node.putArray("examples");
            field.examples().forEach(e -> examples.add(value(e)));
        }
        return node;
    }

    private static JsonNode value(Object value) {
        if (value instanceof String s) {
            return NODES.stringNode(s);
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        throw new IllegalArgumentException("not a JSON value: " + value);
    }
}
