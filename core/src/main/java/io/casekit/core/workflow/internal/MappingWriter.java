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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one mapping of a document through its {@link Shape.Mapping}: each setter names a declared
 * key of the right kind (another is a programming error), and an optional key is left out when its
 * value is the declared default or empty, so that what a reader supplies anyway is not written.
 * {@link #node()} gives the keys in their declared order, whatever the order they were set in. Not
 * thread-safe.
 */
public final class MappingWriter {

    private final Shape.Mapping shape;
    private final Map<String, Node> values = new HashMap<>();

    /** A writer of a mapping of this shape. */
    public MappingWriter(Shape.Mapping shape) {
        this.shape = requireNonNull(shape, "shape");
    }

    /** A {@link Shape.Text} key. */
    public MappingWriter text(String key, String value) {
        return put(key, Shape.Text.class, new Node.Text(value), value.isEmpty());
    }

    /** A {@link Shape.Text} key, left out when absent. */
    public MappingWriter text(String key, Optional<String> value) {
        value.ifPresent(v -> text(key, v));
        return this;
    }

    /** A {@link Shape.Whole} key. */
    public MappingWriter whole(String key, long value) {
        return put(key, Shape.Whole.class, new Node.Integral(value), false);
    }

    /** A {@link Shape.Bool} key. */
    public MappingWriter bool(String key, boolean value) {
        return put(key, Shape.Bool.class, new Node.Bool(value), false);
    }

    /** A {@link Shape.Choice} key. */
    public MappingWriter choice(String key, Enum<?> value) {
        return put(key, Shape.Choice.class, new Node.Text(value.name()), false);
    }

    /** A list of {@link Shape.Text}, in the order given; an empty list is left out unless {@code keepEmpty}. */
    public MappingWriter texts(String key, List<String> values, boolean keepEmpty) {
        return putList(key, Shape.Text.class, new Node.Sequence(values.stream().map(Node.Text::new).toList()), !keepEmpty);
    }

    /** A list of {@link Shape.Text} that the definition holds as a set: sorted, for a stable document. */
    public MappingWriter sortedTexts(String key, Collection<String> values) {
        return texts(key, values.stream().sorted().toList(), false);
    }

    /** A list of {@link Shape.Choice}, in the order the enum declares its constants. */
    public MappingWriter choices(String key, Collection<? extends Enum<?>> values) {
        List<Node.Text> names = values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(v -> new Node.Text(v.name())).toList();
        return putList(key, Shape.Choice.class, new Node.Sequence(names), true);
    }

    /** A {@link Shape.MapOf} of texts, in the order given. */
    public MappingWriter textMap(String key, Map<String, String> values) {
        Map<String, Node> map = new LinkedHashMap<>();
        values.forEach((k, v) -> map.put(k, new Node.Text(v)));
        return put(key, Shape.MapOf.class, new Node.Mapping(map), map.isEmpty());
    }

    /** A {@link Shape.MapOf} of mappings, in the order given. */
    public MappingWriter mappings(String key, Map<String, MappingWriter> values) {
        Map<String, Node> map = new LinkedHashMap<>();
        values.forEach((k, v) -> map.put(k, v.node()));
        return put(key, Shape.MapOf.class, new Node.Mapping(map), map.isEmpty());
    }

    /** A {@link Shape.Mapping} key; left out when it has no key (and is optional). */
    public MappingWriter mapping(String key, MappingWriter value) {
        return put(key, Shape.Mapping.class, value.node(), value.values.isEmpty());
    }

    /** A list of mappings, in the order given. */
    public MappingWriter list(String key, List<MappingWriter> elements) {
        return putList(key, Shape.Mapping.class, new Node.Sequence(elements.stream().map(MappingWriter::node).toList()), true);
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
    public Node.Mapping node() {
        Map<String, Node> node = new LinkedHashMap<>();
        for (Field field : shape.fields()) {
            Node value = values.get(field.name());
            if (value != null) {
                node.put(field.name(), value);
            }
        }
        return new Node.Mapping(node);
    }

    private MappingWriter put(String key, Class<? extends Shape> kind, Node value, boolean empty) {
        Field field = shape.field(key);
        if (!kind.isInstance(field.shape())) {
            throw new IllegalStateException(key + " is declared as " + field.shape() + ", not " + kind.getSimpleName());
        }
        if (values.containsKey(key)) {
            throw new IllegalStateException(key + " written twice");
        }
        boolean isDefault = field.defaultValue().isPresent() && field.defaultValue().map(Object::toString).equals(scalarText(value));
        if (field.required() || !(empty || isDefault)) {
            values.put(key, value);
        }
        return this;
    }

    private MappingWriter putList(String key, Class<? extends Shape> elementKind, Node.Sequence list, boolean omitWhenEmpty) {
        Shape declared = shape.field(key).shape();
        if (!(declared instanceof Shape.ListOf of) || !elementKind.isInstance(of.element())) {
            throw new IllegalStateException(key + " is declared as " + declared + ", not a list of " + elementKind.getSimpleName());
        }
        return put(key, Shape.ListOf.class, list, omitWhenEmpty && list.size() == 0);
    }

    /** The text of a scalar as a default is compared with it ({@code 75}, {@code false}); empty for a list or mapping. */
    private static Optional<String> scalarText(Node value) {
        return value instanceof Node.Bool bool ? Optional.of(String.valueOf(bool.value())) : value.asText();
    }
}
