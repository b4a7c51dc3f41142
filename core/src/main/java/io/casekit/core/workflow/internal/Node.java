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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value of a YAML or JSON document, as {@link Syntax} reads and writes it: a {@link Mapping} (its
 * keys in document order), a {@link Sequence}, or a {@link Scalar}. Each value read from a text knows
 * where it began there; a value built in code knows no place. Immutable, thread-safe.
 *
 * <p>Two nodes are equal when they hold the same content, a mapping's keys in the same order; where
 * they stand in a text is not part of it, so that a tree written and read back equals the tree.
 */
public sealed interface Node {

    /** Where the value begins in the text it was read from; empty for a value built in code. */
    Optional<Location> location();

    /**
     * The text of a value that a definition reads as text: a text, or a number (a number's text, as
     * {@link Numeric#text()} gives it); empty for any other value.
     */
    default Optional<String> asText() {
        return Optional.empty();
    }

    /**
     * A mapping of keys to values, in the order the document gives them; a key occurs once.
     *
     * @param entries the keys and their values, in order
     * @param location where the mapping begins
     */
    record Mapping(Map<String, Node> entries, Optional<Location> location) implements Node {
        public Mapping {
            Map<String, Node> copy = new LinkedHashMap<>();
            entries.forEach((key, value) -> copy.put(requireNonNull(key, "key"), requireNonNull(value, "value")));
            entries = Collections.unmodifiableMap(copy);
            requireNonNull(location, "location");
        }

        /** A mapping built in code, with the entries in the order {@code entries} iterates them. */
        public Mapping(Map<String, ? extends Node> entries) {
            this(Collections.unmodifiableMap(entries), Optional.empty());
        }

        /** The value of {@code key}, if the mapping has the key (its value may be a {@link Null}). */
        public Optional<Node> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        /** Whether the mapping has {@code key}, with whatever value. */
        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /** Whether the mapping has no key. */
        public boolean isEmpty() {
            return entries.isEmpty();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Mapping mapping && List.copyOf(entries.entrySet()).equals(List.copyOf(mapping.entries.entrySet()));
        }

        @Override
        public int hashCode() {
            return entries.hashCode();
        }
    }

    /**
     * A list of values.
     *
     * @param elements the elements, in order
     * @param location where the list begins
     */
    record Sequence(List<Node> elements, Optional<Location> location) implements Node {
        public Sequence {
            elements = List.copyOf(elements);
            requireNonNull(location, "location");
        }

        /** A list built in code. */
        public Sequence(List<? extends Node> elements) {
            this(List.copyOf(elements), Optional.empty());
        }

        /** The number of elements. */
        public int size() {
            return elements.size();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sequence sequence && elements.equals(sequence.elements);
        }

        @Override
        public int hashCode() {
            return elements.hashCode();
        }
    }

    /** A value that holds no other: a text, a number, a boolean, binary data or null. */
    sealed interface Scalar extends Node {}

    /**
     * A text (a YAML scalar that is no number, boolean or null, a JSON string).
     *
     * @param value the text
     * @param location where it begins
     */
    record Text(String value, Optional<Location> location) implements Scalar {
        public Text {
            requireNonNull(value, "value");
            requireNonNull(location, "location");
        }

        /** A text built in code. */
        public Text(String value) {
            this(value, Optional.empty());
        }

        @Override
        public Optional<String> asText() {
            return Optional.of(value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Text text && value.equals(text.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    /** A number, whole or not. */
    sealed interface Numeric extends Scalar {

        /** The number's text: its decimal digits, or for a {@link FloatingPoint} what {@link Double#toString(double)} gives. */
        String text();

        /** The number's value if it has no fractional part ({@code 2}, and {@code 2.0} too), whatever its size. */
        Optional<BigInteger> wholeValue();

        @Override
        default Optional<String> asText() {
            return Optional.of(text());
        }
    }

    /**
     * A number written without a fraction or exponent, of any size.
     *
     * @param value the number
     * @param location where it begins
     */
    record Integral(BigInteger value, Optional<Location> location) implements Numeric {
        public Integral {
            requireNonNull(value, "value");
            requireNonNull(location, "location");
        }

        /** A number built in code. */
        public Integral(long value) {
            this(BigInteger.valueOf(value), Optional.empty());
        }

        @Override
        public String text() {
            return value.toString();
        }

        @Override
        public Optional<BigInteger> wholeValue() {
            return Optional.of(value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Integral integral && value.equals(integral.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    /**
     * A number written with a fraction or an exponent ({@code 2.5}, {@code 1e3}, YAML's {@code .inf}),
     * held as the nearest {@code double}, as Jackson's parsers give it: {@code 1.10} is {@code 1.1}.
     *
     * @param value the number, possibly infinite or NaN (YAML's {@code .inf}, {@code .nan})
     * @param location where it begins
     */
    record FloatingPoint(double value, Optional<Location> location) implements Numeric {
        public FloatingPoint {
            requireNonNull(location, "location");
        }

        /** A number built in code. */
        public FloatingPoint(double value) {
            this(value, Optional.empty());
        }

        @Override
        public String text() {
            return String.valueOf(value);
        }

        @Override
        public Optional<BigInteger> wholeValue() {
            if (!Double.isFinite(value) || value != Math.rint(value)) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(value).toBigIntegerExact());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FloatingPoint number && Double.compare(value, number.value) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(value);
        }
    }

    /**
     * {@code true} or {@code false}.
     *
     * @param value the boolean
     * @param location where it begins
     */
    record Bool(boolean value, Optional<Location> location) implements Scalar {
        public Bool {
            requireNonNull(location, "location");
        }

        /** A boolean built in code. */
        public Bool(boolean value) {
            this(value, Optional.empty());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bool bool && value == bool.value;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(value);
        }
    }

    /**
     * Binary data: a YAML value tagged {@code !!binary}. No key of a definition takes one; JSON has no
     * such value, so that written as JSON it reads back as the {@link Text} of its Base64.
     *
     * @param bytes the data (the accessor returns a copy)
     * @param location where it begins
     */
    record Binary(byte[] bytes, Optional<Location> location) implements Scalar {
        public Binary {
            bytes = bytes.clone();
            requireNonNull(location, "location");
        }

        /** Binary data built in code. */
        public Binary(byte[] bytes) {
            this(bytes, Optional.empty());
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The data in Base64 (RFC 4648, padded, no line breaks), as JSON and Jackson's trees give it as text. */
        public String base64() {
            return Base64.getEncoder().encodeToString(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Binary binary && Arrays.equals(bytes, binary.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Binary[" + base64() + "]";
        }
    }

    /**
     * No value: YAML's {@code null} or an empty value ({@code key:}), JSON's {@code null}.
     *
     * @param location where it stands
     */
    record Null(Optional<Location> location) implements Scalar {
        public Null {
            requireNonNull(location, "location");
        }

        /** A null built in code. */
        public Null() {
            this(Optional.empty());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Null;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
