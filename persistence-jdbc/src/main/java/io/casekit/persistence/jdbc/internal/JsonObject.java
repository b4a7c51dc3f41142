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
package io.casekit.persistence.jdbc.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Typed, checked access to one object of a stored JSON document, read with Jackson's streaming
 * parser (jackson-core only). Every getter names the key (with its path) it could not read; {@link
 * #done()} refuses keys that no getter asked for, so that a document written by a newer version is
 * refused instead of silently losing data.
 *
 * <p>Parsing is strict RFC 8259 (Jackson's defaults) plus: duplicate keys and text after the value
 * are refused, and numbers are read as {@link BigDecimal} exactly as written (no trailing zero is
 * stripped, nothing goes through floating point).
 *
 * <p>Not thread-safe (it remembers which keys were read); the parsing itself is.
 */
public final class JsonObject {

    /** The members in document order, as the reader made them: unmodifiable, values never Java {@code null}. */
    private final Map<String, Object> members;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private JsonObject(Map<String, Object> members, String path) {
        this.members = members;
        this.path = path;
    }

    /** Parses a document that must be an object. */
    public static JsonObject parse(String text) {
        Object value = JsonTree.read(text);
        if (value instanceof Map<?, ?>) {
            return new JsonObject(members(value), "$");
        }
        throw new JsonException("expected a JSON object, got " + describe(value));
    }

    /** Parses a document that must be an array of objects. */
    public static List<JsonObject> parseArray(String text) {
        Object value = JsonTree.read(text);
        if (value instanceof List<?> array) {
            return objects(array, "$");
        }
        throw new JsonException("expected a JSON array, got " + describe(value));
    }

    /** The members of an object that {@code JsonTree} read, whose keys are always strings. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(Object object) {
        return (Map<String, Object>) object;
    }

    private static List<JsonObject> objects(List<?> array, String path) {
        List<JsonObject> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            Object element = array.get(i);
            if (!(element instanceof Map<?, ?>)) {
                throw new JsonException(path + "[" + i + "] must be an object, got " + describe(element));
            }
            result.add(new JsonObject(members(element), path + "[" + i + "]"));
        }
        return result;
    }

    private static String describe(@Nullable Object value) {
        if (value == null) {
            return "nothing";
        } else if (value instanceof Map<?, ?>) {
            return "an object";
        } else if (value instanceof List<?>) {
            return "an array";
        } else if (value instanceof String) {
            return "a string";
        } else if (value instanceof BigDecimal) {
            return "a number";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value == JsonNull.NULL) {
            return "null";
        }
        return value.getClass().getSimpleName();
    }

    private JsonException error(String key, String message) {
        return new JsonException(path + "." + key + " " + message);
    }

    private Object required(String key) {
        read.add(key);
        Object value = members.get(key);
        if (value == null) {
            throw error(key, "is missing");
        }
        if (value == JsonNull.NULL) {
            throw error(key, "must not be null");
        }
        return value;
    }

    /** Whether the key is present with a value other than {@code null}. */
    public boolean has(String key) {
        Object value = members.get(key);
        return value != null && value != JsonNull.NULL;
    }

    /** A string. */
    public String string(String key) {
        Object value = required(key);
        if (value instanceof String text) {
            return text;
        }
        throw error(key, "must be a string, got " + describe(value));
    }

    /** A string, or empty if the key is absent or {@code null}. */
    public Optional<String> optionalString(String key) {
        read.add(key);
        return has(key) ? Optional.of(string(key)) : Optional.empty();
    }

    /** A number, exactly as written. */
    public BigDecimal number(String key) {
        Object value = required(key);
        if (value instanceof BigDecimal number) {
            return number;
        }
        throw error(key, "must be a number, got " + describe(value));
    }

    /** A whole number in the range of a long. */
    public long longValue(String key) {
        try {
            return number(key).longValueExact();
        } catch (ArithmeticException e) {
            throw error(key, "must be a whole number in the range of a long");
        }
    }

    /** A whole number in the range of an int. */
    public int intValue(String key) {
        try {
            return number(key).intValueExact();
        } catch (ArithmeticException e) {
            throw error(key, "must be a whole number in the range of an int");
        }
    }

    /** {@code true} or {@code false}. */
    public boolean bool(String key) {
        Object value = required(key);
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw error(key, "must be true or false, got " + describe(value));
    }

    /** An ISO-8601 instant, as {@link Instant#toString()} writes it. */
    public Instant instant(String key) {
        String text = string(key);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw error(key, "must be an ISO-8601 instant, got \"" + text + "\"");
        }
    }

    /** An instant, or empty if the key is absent or {@code null}. */
    public Optional<Instant> optionalInstant(String key) {
        read.add(key);
        return has(key) ? Optional.of(instant(key)) : Optional.empty();
    }

    /** An ISO-8601 duration, as {@link Duration#toString()} writes it. */
    public Duration duration(String key) {
        String text = string(key);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw error(key, "must be an ISO-8601 duration, got \"" + text + "\"");
        }
    }

    /** The constant of {@code type} with the stored name. */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String text = string(key);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error(key, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", got \"" + text + "\"");
        }
    }

    /** A nested object. */
    public JsonObject object(String key) {
        Object value = required(key);
        if (value instanceof Map<?, ?>) {
            return new JsonObject(members(value), path + "." + key);
        }
        throw error(key, "must be an object, got " + describe(value));
    }

    /** An object, or empty if the key is absent or {@code null}. */
    public Optional<JsonObject> optionalObject(String key) {
        read.add(key);
        return has(key) ? Optional.of(object(key)) : Optional.empty();
    }

    /** The elements of an array that must hold objects only. */
    public List<JsonObject> objects(String key) {
        Object value = required(key);
        if (value instanceof List<?> array) {
            return objects(array, path + "." + key);
        }
        throw error(key, "must be an array, got " + describe(value));
    }

    /** The keys of this object, in document order. */
    public Collection<String> keys() {
        return members.keySet();
    }

    /** Marks every key read (for maps whose keys are data, such as custom field names). */
    public JsonObject readAll() {
        read.addAll(members.keySet());
        return this;
    }

    /** Throws if the object has keys that no getter read. */
    public void done() {
        if (read.size() < members.size() || !read.containsAll(members.keySet())) {
            Set<String> unknown = new TreeSet<>(members.keySet());
            unknown.removeAll(read);
            if (!unknown.isEmpty()) {
                throw new JsonException(path + " has unknown key(s) " + unknown);
            }
        }
    }

    /** The path of this object in its document, e.g. {@code $.opened.owner}. */
    public String path() {
        return path;
    }
}
