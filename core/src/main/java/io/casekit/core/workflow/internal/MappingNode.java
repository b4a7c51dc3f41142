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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping of a parsed document read through its {@link Shape.Mapping}, after {@link ShapeCheck}
 * has reported what is wrong with it. Each accessor names a declared key (naming another one, or one
 * of another kind, is a programming error) and returns what the check accepted, or a stand-in
 * (empty, absent, the fallback) where it refused the value, so that a reader can go on and report
 * the meaning of the rest. Immutable.
 */
public final class MappingNode {

    private final Node.Mapping node;
    private final Shape.Mapping shape;
    private final String path;

    /**
     * A view of {@code node} as {@code shape}.
     *
     * @param path the path of the mapping in the document ({@code ""} for the top level)
     */
    public MappingNode(Node.Mapping node, Shape.Mapping shape, String path) {
        this.node = requireNonNull(node, "node");
        this.shape = requireNonNull(shape, "shape");
        this.path = requireNonNull(path, "path");
    }

    /** The mapping's path in the document. */
    public String path() {
        return path;
    }

    /** The path of one of its keys. */
    public String path(String key) {
        shape.field(key);
        return ShapeCheck.at(path, key);
    }

    /** Whether the key is given with a value. */
    public boolean has(String key) {
        return value(key, Shape.class).isPresent();
    }

    /** The text of a {@link Shape.Text} key, if given as a text or a number. */
    public Optional<String> text(String key) {
        return value(key, Shape.Text.class).flatMap(Node::asText);
    }

    /** The text of a {@link Shape.Text} key, or {@code ""} (the check reported it missing or wrong). */
    public String requiredText(String key) {
        return text(key).orElse("");
    }

    /** The texts of a list of {@link Shape.Text}; an element that is no text reads as {@code ""}. */
    public List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        listValue(key, Shape.Text.class).ifPresent(l -> l.elements().forEach(e -> texts.add(e.asText().orElse(""))));
        return texts;
    }

    /** A {@link Shape.Whole} key's value if it fits its type (even outside its allowed range), else {@code fallback}. */
    public long whole(String key, long fallback) {
        Shape.Whole whole = (Shape.Whole) shape.field(key).shape();
        return value(key, Shape.Whole.class).flatMap(ShapeCheck::wholeValue).filter(v -> ShapeCheck.fits(v, whole))
                .map(java.math.BigInteger::longValue).orElse(fallback);
    }

    /** A {@link Shape.Bool} key's value, or {@code fallback} if it is not given as a boolean. */
    public boolean bool(String key, boolean fallback) {
        return value(key, Shape.Bool.class).map(v -> v instanceof Node.Bool given ? given.value() : fallback).orElse(fallback);
    }

    /** The constant a {@link Shape.Choice} key names, if it names one. */
    public <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
        Shape.Choice choice = (Shape.Choice) shape.field(key).shape();
        return value(key, Shape.Choice.class).flatMap(v -> constant(choice, v, type));
    }

    /** The constants a list of {@link Shape.Choice} names (unknown names left out). */
    public <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        listValue(key, Shape.Choice.class).ifPresent(list -> {
            Shape.Choice choice = (Shape.Choice) ((Shape.ListOf) shape.field(key).shape()).element();
            list.elements().forEach(e -> constant(choice, e, type).ifPresent(result::add));
        });
        return result;
    }

    /** A {@link Shape.Mapping} key's mapping, if given as one. */
    public Optional<MappingNode> mapping(String key) {
        Shape.Mapping inner = mappingShape(shape.field(key).shape());
        return value(key, Shape.class).filter(Node.Mapping.class::isInstance).map(Node.Mapping.class::cast)
                .map(v -> new MappingNode(v, inner, path(key)));
    }

    /** The elements of a list of mappings that are mappings, each with its path ({@code key[i]}). */
    public List<MappingNode> list(String key) {
        List<MappingNode> result = new ArrayList<>();
        Optional<Node.Sequence> list = listValue(key, Shape.class);
        if (list.isPresent()) {
            Shape.Mapping inner = mappingShape(((Shape.ListOf) shape.field(key).shape()).element());
            for (int i = 0; i < list.get().size(); i++) {
                if (list.get().elements().get(i) instanceof Node.Mapping element) {
                    result.add(new MappingNode(element, inner, path(key) + "[" + i + "]"));
                }
            }
        }
        return result;
    }

    /** The entries of a {@link Shape.MapOf} of texts whose values are texts, in document order. */
    public Map<String, String> textMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        mapOf(key).ifPresent(map -> map.entries().forEach((k, v) -> v.asText().ifPresent(text -> result.put(k, text))));
        return result;
    }

    /** The entries of a {@link Shape.MapOf} of mappings whose values are mappings, in document order. */
    public Map<String, MappingNode> mappings(String key) {
        Map<String, MappingNode> result = new LinkedHashMap<>();
        Optional<Node.Mapping> map = mapOf(key);
        if (map.isPresent()) {
            Shape.Mapping inner = mappingShape(((Shape.MapOf) shape.field(key).shape()).values());
            map.get().entries().forEach((k, v) -> {
                if (v instanceof Node.Mapping mapping) {
                    result.put(k, new MappingNode(mapping, inner, ShapeCheck.at(path(key), k)));
                }
            });
        }
        return result;
    }

    /** The value of a {@link Shape.MapOf} key, as parsed, if given as a mapping. */
    public Optional<Node.Mapping> mapOf(String key) {
        return value(key, Shape.MapOf.class).filter(Node.Mapping.class::isInstance).map(Node.Mapping.class::cast);
    }

    private Optional<Node> value(String key, Class<? extends Shape> kind) {
        Shape declared = shape.field(key).shape();
        if (!kind.isInstance(declared)) {
            throw new IllegalStateException(path(key) + " is declared as " + declared + ", not " + kind.getSimpleName());
        }
        return node.get(givenAs(key).stream().findFirst().orElse(key)).filter(value -> !(value instanceof Node.Null));
    }

    /**
     * The keys written in the document that stand for a declared key, in document order: the key
     * itself, or, in a mapping whose keys ignore case, each way it is written.
     */
    public List<String> givenAs(String key) {
        shape.field(key);
        List<String> given = new ArrayList<>();
        node.entries().keySet().forEach(written -> {
            if (shape.declaredKey(written).filter(key::equals).isPresent()) {
                given.add(written);
            }
        });
        return given;
    }

    private Optional<Node.Sequence> listValue(String key, Class<? extends Shape> elementKind) {
        Shape declared = shape.field(key).shape();
        if (!(declared instanceof Shape.ListOf list) || !elementKind.isInstance(list.element())) {
            throw new IllegalStateException(path(key) + " is declared as " + declared + ", not a list of " + elementKind.getSimpleName());
        }
        return value(key, Shape.ListOf.class).filter(Node.Sequence.class::isInstance).map(Node.Sequence.class::cast);
    }

    private Shape.Mapping mappingShape(Shape declared) {
        if (declared instanceof Shape.Mapping mapping) {
            return mapping;
        }
        throw new IllegalStateException("not a mapping: " + declared);
    }

    private static <E extends Enum<E>> Optional<E> constant(Shape.Choice choice, Node value, Class<E> type) {
        return value.asText().flatMap(choice::match).map(name -> Enum.valueOf(type, name));
    }
}
