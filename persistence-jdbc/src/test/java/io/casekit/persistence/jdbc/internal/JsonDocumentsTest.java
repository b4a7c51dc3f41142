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
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JsonWriter} and {@link JsonObject}: the store's documents through Jackson, strict and exact. */
class JsonDocumentsTest {

    private static String writeString(String s) {
        return new JsonWriter().beginObject().field("s", s).endObject().toString();
    }

    private static String roundTrip(String s) {
        return JsonObject.parse(writeString(s)).string("s");
    }

    @Test
    void everyControlCharacterIsEscapedAndReadBack() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            all.append(c);
        }
        all.append('\u2028').append('\u2029');
        String json = writeString(all.toString());

        assertThat(json.chars()).allMatch(c -> c >= 0x20);
        assertThat(json).contains("\\u0000\\u0001").contains("\\b\\t\\n\\u000B\\f\\r");
        assertThat(roundTrip(all.toString())).isEqualTo(all.toString());
    }

    @Test
    void quotesBackslashesAndUnicodeRoundTrip() {
        String nasty = EventSamples.NASTY_WITH_NUL;
        assertThat(roundTrip(nasty)).isEqualTo(nasty);
        assertThat(writeString("a\"b\\c/d")).isEqualTo("{\"s\":\"a\\\"b\\\\c/d\"}");
        assertThat(writeString("😀 é 漢")).isEqualTo("{\"s\":\"😀 é 漢\"}");
    }

    @Test
    void randomTextRoundTrips() {
        Random random = new Random(20261123);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                switch (random.nextInt(4)) {
                    case 0 -> s.append((char) random.nextInt(0x100)); // controls and Latin-1
                    case 1 -> s.append("\"\\/".charAt(random.nextInt(3)));
                    case 2 -> s.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000)); // supplementary planes
                    default -> s.append((char) random.nextInt(0xD800)); // the basic plane below the surrogates
                }
            }
            String text = s.toString();
            assertThat(roundTrip(text)).as("round trip of %s", text.codePoints().boxed().toList()).isEqualTo(text);
        }
    }

    @Test
    void escapesAreRead() {
        assertThat(JsonObject.parse("{\"s\":\"\\ud83d\\ude00 \\u00E9 \\/ \\b\\f\\n\\r\\t \\\" \\\\\"}").string("s"))
                .isEqualTo("😀 é / \b\f\n\r\t \" \\");
    }

    @Test
    void numbersAreExact() {
        JsonObject o = JsonObject.parse("{\"a\":12345678901234567890.123456789e-5,\"b\":0.1,\"c\":-0,\"d\":1E+400,\"e\":1e-400,"
                + "\"f\":12.50,\"g\":12345678901234567890123}");

        assertThat(o.number("a")).isEqualTo(new BigDecimal("12345678901234567890.123456789e-5"));
        assertThat(o.number("b")).isEqualTo(new BigDecimal("0.1"));
        assertThat(o.number("c")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(o.number("d")).isEqualTo(new BigDecimal("1E+400"));
        assertThat(o.number("e")).isEqualTo(new BigDecimal("1e-400"));
        assertThat(o.number("f")).isEqualTo(new BigDecimal("12.50"));
        assertThat(o.number("g")).isEqualByComparingTo(new BigDecimal("12345678901234567890123"));
        assertThat(new JsonWriter().beginArray().value(new BigDecimal("1E+400")).value(new BigDecimal("12.50")).endArray().toString())
                .isEqualTo("[1E+400,12.50]");
    }

    @Test
    void theWriterPlacesCommasAndColons() {
        String json = new JsonWriter().beginObject()
                .field("a", 1)
                .name("b").beginArray().value("x").beginObject().endObject().beginArray().endArray().nullValue().endArray()
                .field("c", true)
                .optionalField("d", Optional.empty())
                .name("e").beginObject().field("f", "g").endObject()
                .endObject().toString();

        assertThat(json).isEqualTo("{\"a\":1,\"b\":[\"x\",{},[],null],\"c\":true,\"d\":null,\"e\":{\"f\":\"g\"}}");
        assertThat(JsonObject.parse(json).keys()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void anUnbalancedDocumentIsNotWritten() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().toString()).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "{", "}", "[", "{\"a\":1,}", "{\"a\":[1,]}", "{\"a\":[,1]}", "{\"a\":01}", "{\"a\":-01}", "{\"a\":1.}",
        "{\"a\":.5}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":+1}", "{'a':1}", "{a:1}", "{\"a\":1}//c", "/*c*/{}", "{\"a\":NaN}",
        "{\"a\":Infinity}", "{\"a\":0x10}", "{\"a\":\"\t\"}", "{\"a\":\"a\nb\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}",
        "{\"a\":\"abc}", "{\"a\":1,\"a\":2}", "{\"a\" 1}", "{\"a\":}", "{\"a\":tru}", "{\"a\":True}", "{\"a\":1}}", "{\"a\":1}x",
        "{} {}", "[]", "\"text\"", "{\"a\":\"\u0000\"}"
    })
    void whatRfc8259RefusesIsRefused(String document) {
        assertThatThrownBy(() -> JsonObject.parse(document)).isInstanceOf(JsonException.class);
    }

    @Test
    void anArrayDocumentHoldsObjectsOnly() {
        assertThat(JsonObject.parseArray("[{\"a\":1},{}]")).hasSize(2);
        assertThatThrownBy(() -> JsonObject.parseArray("[{},1]")).isInstanceOf(JsonException.class)
                .hasMessage("$[1] must be an object, got a number");
        assertThatThrownBy(() -> JsonObject.parseArray("{}")).isInstanceOf(JsonException.class);
    }

    @Test
    void nestingIsLimited() {
        assertThat(JsonObject.parse("{\"a\":" + "[".repeat(60) + "]".repeat(60) + "}").has("a")).isTrue();
        assertThatThrownBy(() -> JsonObject.parse("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"))
                .isInstanceOf(JsonException.class);
    }

    @Test
    void typedAccessNamesTheKeyItCannotRead() {
        JsonObject o = JsonObject.parse("{\"n\":\"x\",\"s\":1,\"o\":{\"deep\":null},\"big\":1e30,\"t\":\"2026-13-01\"}");

        assertThatThrownBy(() -> o.string("missing")).hasMessage("$.missing is missing");
        assertThatThrownBy(() -> o.string("s")).hasMessage("$.s must be a string, got a number");
        assertThatThrownBy(() -> o.number("n")).hasMessage("$.n must be a number, got a string");
        assertThatThrownBy(() -> o.object("o").string("deep")).hasMessage("$.o.deep must not be null");
        assertThatThrownBy(() -> o.longValue("big")).hasMessageContaining("$.big must be a whole number");
        assertThatThrownBy(() -> o.instant("t")).hasMessageContaining("$.t must be an ISO-8601 instant");
        assertThat(o.optionalString("absent")).isEmpty();
        assertThat(o.object("o").optionalString("deep")).isEmpty();
        assertThat(List.copyOf(o.keys())).containsExactly("n", "s", "o", "big", "t");
    }

    @Test
    void keysNobodyReadAreRefused() {
        JsonObject o = JsonObject.parse("{\"known\":1,\"newer\":2,\"newest\":3}");
        o.longValue("known");

        assertThatThrownBy(o::done).isInstanceOf(JsonException.class).hasMessage("$ has unknown key(s) [newer, newest]");
    }
}
