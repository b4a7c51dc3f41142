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

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes one compact JSON document into a string through Jackson's streaming generator. Keys and
 * values are written in call order. Numbers are written as given ({@link BigDecimal#toString()}),
 * instants as {@link Instant#toString()} (ISO-8601 UTC, with every digit of precision the instant
 * has).
 *
 * <p>Not thread-safe: one writer per document.
 */
public final class JsonWriter {

    /** The streaming factory alone: a generator made by a mapper first sets up serialisation it never uses here. */
    private static final JsonFactory FACTORY = new JsonFactory();

    private final StringWriter out = new StringWriter(256);
    private final JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out);

    /** A writer of a new document. */
    public JsonWriter() {}

    /** Opens an object. */
    public JsonWriter beginObject() {
        generator.writeStartObject();
        return this;
    }

    /** Closes the innermost object. */
    public JsonWriter endObject() {
        generator.writeEndObject();
        return this;
    }

    /** Opens an array. */
    public JsonWriter beginArray() {
        generator.writeStartArray();
        return this;
    }

    /** Closes the innermost array. */
    public JsonWriter endArray() {
        generator.writeEndArray();
        return this;
    }

    /** Writes a key; the next call writes its value. */
    public JsonWriter name(String key) {
        generator.writeName(key);
        return this;
    }

    /** A string value. */
    public JsonWriter value(String text) {
        generator.writeString(text);
        return this;
    }

    /** A whole-number value. */
    public JsonWriter value(long number) {
        generator.writeNumber(number);
        return this;
    }

    /** A number value, exactly as {@link BigDecimal#toString()} writes it. */
    public JsonWriter value(BigDecimal number) {
        generator.writeNumber(number);
        return this;
    }

    /** {@code true} or {@code false}. */
    public JsonWriter value(boolean flag) {
        generator.writeBoolean(flag);
        return this;
    }

    /** {@code null}. */
    public JsonWriter nullValue() {
        generator.writeNull();
        return this;
    }

    /** Key and string value. */
    public JsonWriter field(String key, String text) {
        return name(key).value(text);
    }

    /** Key and number value. */
    public JsonWriter field(String key, long number) {
        return name(key).value(number);
    }

    /** Key and boolean value. */
    public JsonWriter field(String key, boolean flag) {
        return name(key).value(flag);
    }

    /** Key and instant, as ISO-8601 UTC text with every digit of precision the instant has. */
    public JsonWriter field(String key, Instant at) {
        return name(key).value(at.toString());
    }

    /** Key and string value, or {@code null} if empty. */
    public JsonWriter optionalField(String key, Optional<String> text) {
        name(key);
        return text.isPresent() ? value(text.get()) : nullValue();
    }

    /** Key and instant, or {@code null} if empty. */
    public JsonWriter optionalInstant(String key, Optional<Instant> at) {
        name(key);
        return at.isPresent() ? value(at.get().toString()) : nullValue();
    }

    /**
     * The document written, which must be complete.
     *
     * @throws IllegalStateException if an object or array is still open
     */
    @Override
    public String toString() {
        if (!generator.streamWriteContext().inRoot()) {
            throw new IllegalStateException("unbalanced JSON: a container is still open");
        }
        generator.flush();
        return out.toString();
    }
}
