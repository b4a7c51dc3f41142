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

import io.casekit.spi.model.FieldValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON form of a case's custom fields ({@link FieldValue} by field name), in the case row's
 * {@code custom_fields} column, in {@code CaseOpened} and in {@code CustomFieldChanged}. Readers are
 * strict, as {@link ValueCodec}'s. Stateless; thread-safe.
 */
public final class FieldCodec {

    private FieldCodec() {}

    /** The custom-field map as a JSON document, keys sorted by field name. */
    public static String customFieldsJson(Map<String, FieldValue> fields) {
        JsonWriter w = new JsonWriter();
        writeCustomFields(w, fields);
        return w.toString();
    }

    /** Reads a document that {@link #customFieldsJson} wrote. */
    public static Map<String, FieldValue> customFieldsFromJson(String json) {
        return readCustomFields(JsonObject.parse(json));
    }

    /** Writes {@code {"field":{"type":"text","value":"..."}, ...}}, sorted by field name. */
    public static void writeCustomFields(JsonWriter w, Map<String, FieldValue> fields) {
        w.beginObject();
        Map<String, FieldValue> sorted = fields.size() > 1 ? new TreeMap<>(fields) : fields;
        sorted.forEach((name, value) -> {
            w.name(name);
            writeFieldValue(w, value);
        });
        w.endObject();
    }

    /** Reads what {@link #writeCustomFields} wrote. */
    public static Map<String, FieldValue> readCustomFields(JsonObject o) {
        Map<String, FieldValue> fields = new HashMap<>();
        for (String name : o.keys()) {
            fields.put(name, readFieldValue(o.object(name)));
        }
        o.readAll().done();
        return fields;
    }

    /** Writes one value with its type: {@code text}, {@code choice}, {@code bool} or {@code number}. */
    public static void writeFieldValue(JsonWriter w, FieldValue value) {
        w.beginObject();
        if (value instanceof FieldValue.Text text) {
            w.field("type", "text").field("value", text.value());
        } else if (value instanceof FieldValue.Choice choice) {
            w.field("type", "choice").field("value", choice.value());
        } else if (value instanceof FieldValue.Bool bool) {
            w.field("type", "bool").field("value", bool.value());
        } else if (value instanceof FieldValue.Number number) {
            w.field("type", "number").name("value").value(number.value());
        } else {
            throw new IllegalArgumentException("unknown field value type " + value.getClass().getName());
        }
        w.endObject();
    }

    /** Reads what {@link #writeFieldValue} wrote. */
    public static FieldValue readFieldValue(JsonObject o) {
        String type = o.string("type");
        FieldValue value = ValueCodec.build(o, () -> switch (type) {
            case "text" -> new FieldValue.Text(o.string("value"));
            case "choice" -> new FieldValue.Choice(o.string("value"));
            case "bool" -> new FieldValue.Bool(o.bool("value"));
            case "number" -> new FieldValue.Number(o.number("value"));
            default -> throw new JsonException(o.path() + ".type \"" + type + "\" is not one of text, choice, bool, number");
        });
        o.done();
        return value;
    }

    /** An optional field value, or {@code null}. */
    public static void writeOptionalFieldValue(JsonWriter w, Optional<FieldValue> value) {
        if (value.isPresent()) {
            writeFieldValue(w, value.get());
        } else {
            w.nullValue();
        }
    }
}
