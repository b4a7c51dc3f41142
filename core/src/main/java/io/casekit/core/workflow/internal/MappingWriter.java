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

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one mapping of a document through its {@link Shape.Mapping}: each setter names a declared
 * key of the right kind (another is a programming error), and an optional key is left out when its
 * value is the declared default or empty, so that what a reader supplies anyway is not written.
 * {@link #node()} gives the keys in their declared order, whatever the order they were set in. Not
 * thread-safe.
 */
public final class MappingWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Shape.Mapping shape;
    private final Map<String, JsonNode> values = new HashMap<>();

    /** A writer of a mapping of this shape. */
    public MappingWriter(Shape.Mapping shape) {
        this.shape = requireNonNull(shape, "shape");
    }

    /** A {@link Shape.Text} key. */
    public MappingWriter text(String key, String value) {
        return put(key, Shape.Text.class, NODES.stringNode(value), value.isEmpty());
    }

    /** A {@link Shape.Text} key, left out when absent. */
    public MappingWriter text(String key, Optional<String> value) {
        value.ifPresent(v -> text(key, v));
        return this;
    }

    /** A {@link Shape.Whole} key. */
    public MappingWriter whole(String key, long value) {
        return put(key, Shape.Whole.class, NODES.numberNode(value), false);
    }

    /** A {@link Shape.Bool} key. */
    public MappingWriter bool(String key, boolean value) {
        return put(key, Shape.Bool.class, NODES.booleanNode(value), false);
    }

    /** A {@link Shape.Choice} key. */
    public MappingWriter choice(String key, Enum<?> value) {
        return put(key, Shape.Choice.class, NODES.stringNode(value.name()), false);
    }

    /** A list of {@link Shape.Text}, in the order given; an empty list is left out unless {@code keepEmpty}. */
    public MappingWriter texts(String key, List<String> values, boolean keepEmpty) {
        ArrayNode list = NODES.arrayNode();
        values.forEach(list::add);
        return putList(key, Shape.Text.class, list, !keepEmpty);
    }

    /** A list of {@link Shape.Text} that the definition holds as a set: sorted, for a stable document. */
    public MappingWriter sortedTexts(String key, Collection<String> values) {
        return texts(key, values.stream().sorted().toList(), false);
    }

    /** A list of {@link Shape.Choice}, in the order the enum declares its constants. */
    public MappingWriter choices(String key, Collection<? extends Enum<?>> values) {
        ArrayNode list = NODES.arrayNode();
        values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).forEach(v -> list.add(v.name()));
        return putList(key, Shape.Choice.class, list, true);
    }

    /** A {@link Shape.MapOf} of texts, in the order given. */
    public MappingWriter textMap(String key, Map<String, String> values) {
        ObjectNode map = NODES.objectNode();
        values.forEach(map::put);
        return put(key, Shape.MapOf.class, map, map.isEmpty());
    }

    /** A {@link Shape.MapOf} of mappings, in the order given. */
    public MappingWriter mappings(String key, Map<String, MappingWriter> values) {
        ObjectNode map = NODES.objectNode();
        values.forEach((k, v) -> map.set(k, v.node()));
        return put(key, Shape.MapOf.class, map, map.isEmpty());
    }

    /** A {@link Shape.Mapping} key; left out when it has no key (and is optional). */
    public MappingWriter mapping(String key, MappingWriter value) {
        return put(key, Shape.Mapping.class, value.node(), value.values.isEmpty());
    }

    /** A list of mappings, in the order given. */
    public MappingWriter list(String key, List<MappingWriter> elements) {
        ArrayNode list = NODES.arrayNode();
        elements.forEach(e -> list.add(e.node()));
        return putList(key, Shape.Mapping.class, list, true);
    }

    /** A writer for the mapping that the {@link Shape.Mapping} or list-of-mappings key {@code key} holds. */
    public MappingWriter writerFor(String key) {
        Shape declared = shape.field(key).shape();
        Shape inner = declared instanceof Shape.ListOf list ? list.element()
                : declared instanceof Shape.MapOf map ? map.values() : declared;
        if (inner instanceof Shape.Mapping mapping) {
            return new MappingWriter(mapping);
        }
        throw new IllegalStateException(key + " holds no mapping: " + declared);
    }

    /** The mapping written, with its keys in declared order. */
    public ObjectNode node() {
        ObjectNode node = NODES.objectNode();
        for (Field field : shape.fields()) {
            JsonNode value = values.get(field.name());
            if (value != null) {
                node.set(field.name(), value);
            }
        }
        return node;
    }

    private MappingWriter put(String key, Class<? extends Shape> kind, JsonNode value, boolean empty) {
        Field field = shape.field(key);
        if (!kind.isInstance(field.shape())) {
            throw new IllegalStateException(key + " is declared as " + field.shape() + ", not " + kind.getSimpleName());
        }
        if (values.containsKey(key)) {
            throw new IllegalStateException(key + " written twice");
        }
        boolean isDefault = field.defaultValue().map(d -> d.toString().equals(value.asString())).orElse(false) && value.isValueNode();
        if (field.required() || !(empty || isDefault)) {
            values.put(key, value);
        }
        return this;
    }

    private MappingWriter putList(String key, Class<? extends Shape> elementKind, ArrayNode list, boolean omitWhenEmpty) {
        Shape declared = shape.field(key).shape();
        if (!(declared instanceof Shape.ListOf of) || !elementKind.isInstance(of.element())) {
            throw new IllegalStateException(key + " is declared as " + declared + ", not a list of " + elementKind.getSimpleName());
        }
        return put(key, Shape.ListOf.class, list, omitWhenEmpty && list.isEmpty());
    }
}
