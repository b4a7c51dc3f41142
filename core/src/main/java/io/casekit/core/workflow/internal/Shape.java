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

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of one value of a YAML/JSON document: what type it has, which keys a mapping allows and
 * requires, which texts a choice accepts. A shape is the single statement of a format's rules that
 * both {@link ShapeCheck} (what a reader refuses) and {@link JsonSchemaGenerator} (what editors
 * check) are derived from, so that the two cannot drift apart. Immutable, thread-safe.
 */
public sealed interface Shape {

    /** Any text: a string, or a number read as its text. */
    static Text text() {
        return new Text(Optional.empty(), "");
    }

    /**
     * A string that contains a match of {@code regex}, which must be anchored and written so that it
     * means the same in Java and ECMA-262: plain classes such as {@code [0-9]} rather than {@code \d},
     * and {@code (?![\s\S])} rather than {@code $} for the end (Java's {@code $} allows a final line
     * break).
     *
     * @param hint what follows the quoted value when it does not match, e.g. {@code is not a date; write YYYY-MM-DD}
     */
    static Text text(String regex, String hint) {
        return new Text(Optional.of(Pattern.compile(regex)), hint);
    }

    /** A whole number that fits a Java {@code int}, from {@code min} on. */
    static Whole wholeInt(long min) {
        return new Whole(Integer.MIN_VALUE, Integer.MAX_VALUE, min, Integer.MAX_VALUE);
    }

    /** A whole number that fits a Java {@code int}, from {@code min} to {@code max}. */
    static Whole wholeInt(long min, long max) {
        return new Whole(Integer.MIN_VALUE, Integer.MAX_VALUE, min, max);
    }

    /** A whole number that fits a Java {@code long}, from {@code min} on. */
    static Whole wholeLong(long min) {
        return new Whole(Long.MIN_VALUE, Long.MAX_VALUE, min, Long.MAX_VALUE);
    }

    /** {@code true} or {@code false}. */
    static Bool bool() {
        return new Bool();
    }

    /** One of the names of an enum's constants, in any letter case. */
    static Choice choice(Class<? extends Enum<?>> type) {
        return new Choice(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** A list of elements of one shape. */
    static ListOf listOf(Shape element) {
        return new ListOf(element);
    }

    /** A mapping whose keys the document chooses (a language, a priority code), with values of one shape. */
    static MapOf mapOf(String key, Shape values) {
        return new MapOf(key, values);
    }

    /**
     * Text, given as a string or a number (whose text is taken).
     *
     * @param pattern if present, only strings that contain a match are accepted
     * @param hint the message after the quoted value when it does not match
     */
    record Text(Optional<Pattern> pattern, String hint) implements Shape {
        public Text {
            requireNonNull(pattern, "pattern");
            requireNonNull(hint, "hint");
        }
    }

    /**
     * A whole number.
     *
     * @param typeMin the smallest value the Java type holds (a smaller one is out of range)
     * @param typeMax the largest value the Java type holds
     * @param min the smallest value allowed
     * @param max the largest value allowed
     */
    record Whole(long typeMin, long typeMax, long min, long max) implements Shape {
        /** The message for a value inside the type's range but outside {@code min..max}. */
        public String rangeMessage(long value) {
            if (max == typeMax) {
                return "must be " + min + " or more, was " + value;
            }
            return "must be " + min + "-" + max + ", was " + value;
        }
    }

    /** A boolean. */
    record Bool() implements Shape {}

    /**
     * One of a fixed set of names, matched regardless of (ASCII) letter case.
     *
     * @param values the names, in the order they are offered
     */
    record Choice(List<String> values) implements Shape {
        public Choice {
            values = List.copyOf(values);
            for (String value : values) {
                if (!value.chars().allMatch(c -> c < 128)) {
                    throw new IllegalArgumentException("choice values are ASCII: " + value);
                }
            }
        }

        /** The value that {@code text} names, if any: equal but for the letter case of ASCII letters. */
        public Optional<String> match(String text) {
            return values.stream().filter(v -> sameIgnoringAsciiCase(v, text)).findFirst();
        }

        /**
         * A pattern that matches exactly the texts {@link #match} accepts, in Java and ECMA-262 alike
         * (it ends in a look-ahead rather than {@code $}, which lets Java accept a final line break).
         */
        public String anyCasePattern() {
            StringBuilder regex = new StringBuilder("^(?:");
            for (int i = 0; i < values.size(); i++) {
                regex.append(i == 0 ? "" : "|");
                for (char c : values.get(i).toCharArray()) {
                    if (Character.isLetter(c)) {
                        regex.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
                    } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                        regex.append(c);
                    } else {
                        regex.append('\\').append(c);
                    }
                }
            }
            return regex.append(")(?![\\s\\S])").toString();
        }

        private static boolean sameIgnoringAsciiCase(String value, String text) {
            if (value.length() != text.length()) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char a = value.charAt(i);
                char b = text.charAt(i);
                if (a != b && !(b < 128 && Character.isLetter(b) && Character.toUpperCase(b) == Character.toUpperCase(a))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }

    /** A list. @param element the shape of every element */
    record ListOf(Shape element) implements Shape {
        public ListOf {
            requireNonNull(element, "element");
        }
    }

    /**
     * A mapping whose keys the document chooses.
     *
     * @param key what a key stands for, e.g. {@code language}
     * @param values the shape of every value
     */
    record MapOf(String key, Shape values) implements Shape {
        public MapOf {
            requireNonNull(key, "key");
            requireNonNull(values, "values");
        }
    }

    /**
     * A mapping with declared keys: no other key is allowed.
     *
     * @param name the name the schema's definitions know it by (empty: written in place)
     * @param description what the mapping stands for
     * @param fields its keys, in the order of the format's documentation
     * @param exactlyOne groups of keys of which exactly one must be given
     * @param keysIgnoreCase whether a key may be written in any (ASCII) letter case ({@code CLOSE} for
     *     {@code close}); such a mapping has no required keys
     */
    record Mapping(String name, String description, List<Field> fields, List<List<String>> exactlyOne, boolean keysIgnoreCase)
            implements Shape {
        public Mapping {
            requireNonNull(name, "name");
            requireNonNull(description, "description");
            List<Field> declared = List.copyOf(fields);
            for (Field f : declared) {
                if (declared.stream().filter(g -> g.name().equals(f.name())).count() > 1) {
                    throw new IllegalArgumentException("key " + f.name() + " declared twice");
                }
                f.requiredUnlessTrue().ifPresent(other -> requireBool(declared, other));
                f.requires().ifPresent(other -> field(declared, other));
            }
            exactlyOne = exactlyOne.stream().map(List::copyOf).toList();
            for (List<String> group : exactlyOne) {
                group.forEach(key -> field(declared, key));
            }
            fields = declared;
            if (keysIgnoreCase && (declared.stream().anyMatch(Field::required) || !exactlyOne.isEmpty())) {
                throw new IllegalArgumentException("a mapping whose keys ignore case has no required keys");
            }
        }

        /** A mapping with these fields, written in place in the schema. */
        public static Mapping of(String description, Field... fields) {
            return new Mapping("", description, List.of(fields), List.of(), false);
        }

        /** A mapping with these fields, defined once in the schema under {@code name}. */
        public static Mapping named(String name, String description, Field... fields) {
            return new Mapping(name, description, List.of(fields), List.of(), false);
        }

        /** This mapping, needing exactly one of the given keys. */
        public Mapping exactlyOneOf(String... keys) {
            List<List<String>> groups = new java.util.ArrayList<>(exactlyOne);
            groups.add(List.of(keys));
            return new Mapping(name, description, fields, groups, keysIgnoreCase);
        }

        /** This mapping, accepting its keys in any (ASCII) letter case. */
        public Mapping ignoringKeyCase() {
            return new Mapping(name, description, fields, exactlyOne, true);
        }

        /** The declared key that a key written in the document stands for, if any. */
        public Optional<String> declaredKey(String written) {
            if (!keysIgnoreCase) {
                return fields.stream().map(Field::name).filter(written::equals).findFirst();
            }
            return new Choice(keys()).match(written);
        }

        /** This mapping with more fields, after its own, under another name. */
        public Mapping plus(String newName, String newDescription, List<Field> before, List<Field> after) {
            List<Field> all = new java.util.ArrayList<>(before);
            all.addAll(fields);
            all.addAll(after);
            return new Mapping(newName, newDescription, all, exactlyOne, keysIgnoreCase);
        }

        /** The declared field with this key. @throws IllegalArgumentException if there is none */
        public Field field(String key) {
            return field(fields, key);
        }

        /** The keys, in order. */
        public List<String> keys() {
            return fields.stream().map(Field::name).toList();
        }

        private static Field field(List<Field> fields, String key) {
            return fields.stream().filter(f -> f.name().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no key " + key + "; keys: "
                            + fields.stream().map(Field::name).toList()));
        }

        private static void requireBool(List<Field> fields, String key) {
            if (!(field(fields, key).shape() instanceof Bool)) {
                throw new IllegalArgumentException(key + " is not a boolean");
            }
        }

        /** The message for a group of {@link #exactlyOne} keys given none or several times. */
        public static String exactlyOneMessage(List<String> group) {
            return "names exactly one of " + String.join(" and ", group);
        }

        @Override
        public String toString() {
            return name.isEmpty() ? "mapping" + keys() : name;
        }
    }

    /**
     * One of two mapping shapes, chosen by whether a key is given: {@code extends} makes a definition a
     * derived one, with keys a plain definition does not have.
     *
     * @param key the key that decides
     * @param present the shape when the mapping has the key
     * @param absent the shape otherwise
     */
    record Either(String key, Mapping present, Mapping absent) implements Shape {
        public Either {
            requireNonNull(key, "key");
            present.field(key);
        }
    }
}
