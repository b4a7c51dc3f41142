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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store's reading of JSON ({@link JsonObject} over {@code JsonTree}, Jackson's streaming parser)
 * on generated documents: nested objects and arrays, text in every plane of unicode with escapes and
 * control characters, numbers of any size and scale. What {@link JsonWriter} writes reads back
 * equal, value for value, in document order; and on valid and broken text alike it accepts and
 * refuses what the databind reading it replaced did, with the same values (the old mapper's
 * configuration is kept here as the oracle).
 */
class JsonReadingPropertyTest {

    /** The mapper {@code JsonObject} used before it read with the streaming parser alone. */
    private static final JsonMapper DATABIND = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Characters that break documents when put in the wrong place. */
    private static final String BREAKERS = "{}[],:\"\\ 0-1eE.+tnfx\u0000\t\n/";

    // ---- round trip ----

    @Property
    void whatTheWriterWritesReadsBackEqualInDocumentOrder(@ForAll("values") Object value) {
        assertThat(ordered(JsonTree.read(write(value)))).isEqualTo(ordered(value));
    }

    @Property
    void anObjectReadsBackThroughTheTypedGetters(@ForAll("objects") Map<String, Object> members) {
        JsonObject o = JsonObject.parse(write(members));

        assertReadsBack(members, o);
    }

    @Property
    void numbersReadBackExactlyWithTheirScale(@ForAll("numbers") BigDecimal number) {
        BigDecimal read = JsonObject.parse(write(Map.of("n", number))).number("n");

        assertThat(read).isEqualTo(number);
        assertThat(read.scale()).isEqualTo(number.scale());
    }

    @Property
    void wholeNumbersInAndBeyondALongReadBackExactly(@ForAll @LongRange(min = Long.MIN_VALUE, max = Long.MAX_VALUE) long n,
            @ForAll @IntRange(min = -3, max = 3) int beyond) {
        BigInteger whole = BigInteger.valueOf(n).add(BigInteger.valueOf(beyond).shiftLeft(64));
        JsonObject o = JsonObject.parse("{\"n\":" + whole + "}");

        assertThat(o.number("n")).isEqualTo(new BigDecimal(whole));
        if (beyond == 0) {
            assertThat(o.longValue("n")).isEqualTo(n);
        } else {
            assertThatThrownBy(() -> o.longValue("n")).hasMessage("$.n must be a whole number in the range of a long");
        }
    }

    // ---- the same as the databind reading, on valid and broken text ----

    @Property
    void aValidDocumentReadsAsDatabindReadIt(@ForAll("values") Object value) {
        String text = write(value);

        assertThat(ordered(JsonTree.read(text))).isEqualTo(ordered(databind(text).orElseThrow()));
    }

    @Property
    void aDocumentWithACharacterReplacedIsReadOrRefusedAsDatabindDid(@ForAll("objects") Map<String, Object> members,
            @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll("breakers") char c) {
        String text = write(members);
        int i = at % text.length();

        agreesWithDatabind(text.substring(0, i) + c + text.substring(i + 1));
    }

    @Property
    void aDocumentWithACharacterInsertedIsReadOrRefusedAsDatabindDid(@ForAll("objects") Map<String, Object> members,
            @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll("breakers") char c) {
        String text = write(members);
        int i = at % (text.length() + 1);

        agreesWithDatabind(text.substring(0, i) + c + text.substring(i));
    }

    @Property
    void aDocumentCutShortIsRefused(@ForAll("objects") Map<String, Object> members, @ForAll @IntRange(min = 0, max = 10_000) int at) {
        String text = write(members);
        String cut = text.substring(0, at % text.length());

        assertThatThrownBy(() -> JsonObject.parse(cut)).isInstanceOf(JsonException.class)
                .hasMessageStartingWith("not a valid JSON document: ");
        assertThat(databind(cut)).isEmpty();
    }

    @Property
    void aDocumentWithARepeatedKeyIsRefused(@ForAll("objects") Map<String, Object> members, @ForAll("values") Object again) {
        Assume.that(!members.isEmpty());
        String text = write(members);
        String key = members.keySet().iterator().next();
        String repeated = text.substring(0, text.length() - 1) + "," + write(Map.of(key, again)).substring(1);

        assertThatThrownBy(() -> JsonObject.parse(repeated)).isInstanceOf(JsonException.class)
                .hasMessageStartingWith("not a valid JSON document: Duplicate Object property");
    }

    @Property
    void anythingAfterTheValueIsRefused(@ForAll("values") Object value, @ForAll("values") Object more) {
        String text = write(value) + " " + write(more);

        assertThatThrownBy(() -> JsonTree.read(text)).isInstanceOf(JsonException.class)
                .hasMessageStartingWith("not a valid JSON document: ");
        assertThat(databind(text)).isEmpty();
    }

    // ---- messages ----

    @Test
    void aBrokenDocumentIsNamedWithWhereItBreaks() {
        assertThatThrownBy(() -> JsonObject.parse("{\"a\":1,}")).isInstanceOf(JsonException.class)
                .hasMessage("not a valid JSON document: Unexpected character ('}' (code 125)): was expecting double-quote to start"
                        + " property name (line 1, column 8)");
        assertThatThrownBy(() -> JsonObject.parse("{} []")).isInstanceOf(JsonException.class)
                .hasMessage("not a valid JSON document: more (START_ARRAY) after the document's value (line 1, column 4)");
        assertThatThrownBy(() -> JsonObject.parse(" ")).isInstanceOf(JsonException.class)
                .hasMessage("not a valid JSON document: it holds no value");
        assertThatThrownBy(() -> JsonObject.parse("[{}]")).isInstanceOf(JsonException.class)
                .hasMessage("expected a JSON object, got an array");
        assertThatThrownBy(() -> JsonObject.parseArray("null")).isInstanceOf(JsonException.class)
                .hasMessage("expected a JSON array, got null");
        assertThatThrownBy(() -> JsonObject.parse("{\"a\":\"x\"}").objects("a")).isInstanceOf(JsonException.class)
                .hasMessage("$.a must be an array, got a string");
    }

    @Test
    void aNumberBeyondWhatABigDecimalHoldsIsRefusedLikeBrokenText() {
        assertThatThrownBy(() -> JsonObject.parse("{\"a\":1e2147483648}")).isInstanceOf(JsonException.class)
                .hasMessage("not a valid JSON document: the number 1e2147483648 is out of range (line 1, column 6)");
        assertThat(JsonObject.parse("{\"a\":1e2147483647}").number("a")).isEqualTo(new BigDecimal("1e2147483647"));
    }

    @Test
    void aParseErrorKeepsJacksonsExceptionAsItsCause() {
        assertThatThrownBy(() -> JsonObject.parse("{\"a\":tru}")).isInstanceOf(JsonException.class)
                .hasCauseInstanceOf(JacksonException.class);
    }

    // ---- generators ----

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.recursive(this::scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(list -> (Object) list),
                Arbitraries.maps(texts(), inner).ofMaxSize(4).map(map -> (Object) map)), 0, 3);
    }

    /** Objects: a generated value that is one, or any other value as the only member of one. */
    @Provide
    Arbitrary<Map<String, Object>> objects() {
        return values().map(value -> value instanceof Map<?, ?> ? members(value) : Map.of("value", value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(Object map) {
        return (Map<String, Object>) map;
    }

    @Provide
    Arbitrary<Character> breakers() {
        return Arbitraries.of(BREAKERS.chars().mapToObj(c -> (char) c).toList());
    }

    private Arbitrary<Object> scalars() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, texts().map(s -> (Object) s)),
                Tuple.of(4, numbers().map(n -> (Object) n)),
                Tuple.of(1, Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b)),
                Tuple.of(1, Arbitraries.just((Object) JsonNull.NULL)));
    }

    /** Text in every plane: controls, quotes and backslashes, the basic plane, supplementary code points (no lone surrogates). */
    private static Arbitrary<String> texts() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 0x7f)),
                Tuple.of(1, Arbitraries.of((int) '"', (int) '\\', (int) '/', 0, 0x2028, 0x2029, 0xfeff)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xd7ff)),
                Tuple.of(1, Arbitraries.integers().between(0xe000, 0xffff)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)));
        return codePoints.list().ofMaxSize(12).map(list -> {
            StringBuilder s = new StringBuilder();
            list.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    /** Numbers of up to 60 digits, with scales from -400 to 400: whole, beyond a long, tiny, huge, trailing zeroes. */
    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.longs().map(BigInteger::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(60).negate(), BigInteger.TEN.pow(60))),
                Tuple.of(1, Arbitraries.of(BigInteger.ZERO, BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
                        BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE))));
        Arbitrary<Integer> scale = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(-5, 12)),
                Tuple.of(1, Arbitraries.integers().between(-400, 400)));
        return Combinators.combine(unscaled, scale).as(BigDecimal::new);
    }

    // ---- helpers ----

    /** The document that {@link JsonWriter} writes for a generated value. */
    private static String write(Object value) {
        JsonWriter w = new JsonWriter();
        write(w, value);
        return w.toString();
    }

    private static void write(JsonWriter w, Object value) {
        if (value instanceof Map<?, ?> map) {
            w.beginObject();
            map.forEach((key, member) -> {
                w.name((String) key);
                write(w, member);
            });
            w.endObject();
        } else if (value instanceof List<?> list) {
            w.beginArray();
            list.forEach(element -> write(w, element));
            w.endArray();
        } else if (value instanceof String text) {
            w.value(text);
        } else if (value instanceof BigDecimal number) {
            w.value(number);
        } else if (value instanceof Boolean flag) {
            w.value(flag);
        } else {
            w.nullValue();
        }
    }

    /** A value with every object as a list of its entries, so that equality also compares the order of keys. */
    private static Object ordered(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>();
            map.forEach((key, member) -> entries.add(Map.entry(key, ordered(member))));
            return new Members(entries);
        } else if (value instanceof List<?> list) {
            return list.stream().map(JsonReadingPropertyTest::ordered).toList();
        }
        return value;
    }

    /** An object's entries in order, apart from an array of entries. */
    private record Members(List<Object> entries) {}

    /**
     * What the databind reading made of {@code text}, as plain values; empty if it refused it (with a
     * JacksonException, or a bare NumberFormatException for an exponent beyond an int's, which the
     * streaming reading turns into a {@link JsonException}).
     */
    private static Optional<Object> databind(String text) {
        JsonNode node;
        try {
            node = DATABIND.readTree(text);
        } catch (JacksonException | NumberFormatException e) {
            return Optional.empty();
        }
        return node.isMissingNode() ? Optional.empty() : Optional.of(plain(node));
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            node.properties().forEach(e -> members.put(e.getKey(), plain(e.getValue())));
            return members;
        } else if (node.isArray()) {
            List<Object> elements = new ArrayList<>();
            node.forEach(element -> elements.add(plain(element)));
            return elements;
        } else if (node.isString()) {
            return node.stringValue();
        } else if (node.isNumber()) {
            return node.decimalValue();
        } else if (node.isBoolean()) {
            return node.booleanValue();
        }
        assertThat(node.isNull()).as("a null node, got %s", node.getNodeType()).isTrue();
        return JsonNull.NULL;
    }

    private static void agreesWithDatabind(String text) {
        Optional<Object> expected = databind(text);
        Optional<Object> actual;
        try {
            actual = Optional.of(JsonTree.read(text));
        } catch (JsonException e) {
            assertThat(e.getMessage()).startsWith("not a valid JSON document: ");
            actual = Optional.empty();
        }
        assertThat(actual.map(JsonReadingPropertyTest::ordered)).as("reading %s", text).isEqualTo(expected.map(JsonReadingPropertyTest::ordered));
    }

    /** Reads every member of {@code o} with the getter for its type and compares it with what was written. */
    private static void assertReadsBack(Map<?, ?> expected, JsonObject o) {
        assertThat(List.copyOf(o.keys())).isEqualTo(List.copyOf(expected.keySet()));
        expected.forEach((k, value) -> {
            String key = (String) k;
            if (value == JsonNull.NULL) {
                assertThat(o.has(key)).isFalse();
                assertThat(o.optionalString(key)).isEmpty();
                assertThatThrownBy(() -> o.string(key)).hasMessage(o.path() + "." + key + " must not be null");
            } else if (value instanceof String text) {
                assertThat(o.string(key)).isEqualTo(text);
            } else if (value instanceof BigDecimal number) {
                assertThat(o.number(key)).isEqualTo(number);
            } else if (value instanceof Boolean flag) {
                assertThat(o.bool(key)).isEqualTo(flag);
            } else if (value instanceof Map<?, ?> map) {
                assertReadsBack(map, o.object(key));
            } else if (value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
                List<JsonObject> elements = o.objects(key);
                assertThat(elements).hasSize(list.size());
                for (int i = 0; i < list.size(); i++) {
                    assertThat(elements.get(i).path()).isEqualTo(o.path() + "." + key + "[" + i + "]");
                    assertReadsBack((Map<?, ?>) list.get(i), elements.get(i));
                }
            } else {
                assertThat(o.has(key)).isTrue();
                assertThatThrownBy(() -> o.objects(key)).isInstanceOf(JsonException.class);
            }
        });
        o.done();
    }
}
