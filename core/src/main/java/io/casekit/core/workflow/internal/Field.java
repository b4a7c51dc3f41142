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

import java.util.List;
import java.util.Optional;

/**
 * One key of a {@link Shape.Mapping}: its name, the shape of its value, whether it must be given, and
 * what an editor shows about it. Immutable; the {@code with} methods return changed copies.
 *
 * @param name the key
 * @param shape the shape of its value (never null: a key given without a value is refused)
 * @param required whether the key must be given
 * @param requiredUnlessTrue a boolean key of the same mapping that, when given as {@code true},
 *     lifts {@link #required} (a calendar's {@code zone} unless {@code alwaysOpen: true})
 * @param requires a key of the same mapping that must be given when this one is
 * @param defaultValue the value a reader supplies when the key is left out (a {@code String},
 *     {@code Long} or {@code Boolean}), if any: writers leave out keys that have it
 * @param description what the key means, for editors
 * @param examples sample values, for editors
 */
public record Field(String name, Shape shape, boolean required, Optional<String> requiredUnlessTrue, Optional<String> requires,
        Optional<Object> defaultValue, String description, List<Object> examples) {

    public Field {
        requireNonNull(name, "name");
        requireNonNull(shape, "shape");
        requireNonNull(requiredUnlessTrue, "requiredUnlessTrue");
        requireNonNull(requires, "requires");
        requireNonNull(defaultValue, "defaultValue");
        requireNonNull(description, "description");
        examples = List.copyOf(examples);
        defaultValue.ifPresent(v -> {
            if (!(v instanceof String || v instanceof Long || v instanceof Boolean)) {
                throw new IllegalArgumentException(name + ": a default is a String, Long or Boolean, not " + v.getClass());
            }
        });
    }

    /** A key that may be left out. */
    public static Field optional(String name, Shape shape, String description) {
        return new Field(name, shape, false, Optional.empty(), Optional.empty(), Optional.empty(), description, List.of());
    }

    /** A key that must be given. */
    public static Field required(String name, Shape shape, String description) {
        return new Field(name, shape, true, Optional.empty(), Optional.empty(), Optional.empty(), description, List.of());
    }

    /** This key, required unless the boolean key {@code other} is given as {@code true}. */
    public Field requiredUnlessTrue(String other) {
        return new Field(name, shape, true, Optional.of(other), requires, defaultValue, description, examples);
    }

    /** This key, allowed only together with {@code other}. */
    public Field requiring(String other) {
        return new Field(name, shape, required, requiredUnlessTrue, Optional.of(other), defaultValue, description, examples);
    }

    /** This key, with the value a reader supplies when it is left out. */
    public Field withDefault(Object value) {
        Object normal = value instanceof Integer i ? Long.valueOf(i) : value;
        return new Field(name, shape, required, requiredUnlessTrue, requires, Optional.of(normal), description, examples);
    }

    /** This key, with sample values. */
    public Field withExamples(Object... values) {
        return new Field(name, shape, required, requiredUnlessTrue, requires, defaultValue, description, List.of(values));
    }
}
