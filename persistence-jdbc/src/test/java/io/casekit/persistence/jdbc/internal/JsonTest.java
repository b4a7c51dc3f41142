package io.casekit.persistence.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.persistence.jdbc.internal.Json.JsonException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static String writeString(String s) {
        return Json.writer().value(s).toString();
    }

    private static String roundTrip(String s) {
        return (String) Json.parse(writeString(s));
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

        assertThat(json.chars().skip(1).limit(json.length() - 2)).allMatch(c -> c >= 0x20 && c < 0x7f);
        assertThat(json).startsWith("\"\\u0000\\u0001").contains("\\b\\t\\n\\u000b\\f\\r").contains("\\u007f").endsWith("\\u2029\"");
        assertThat(roundTrip(all.toString())).isEqualTo(all.toString());
    }

    @Test
    void quotesBackslashesAndUnicodeRoundTrip() {
        String nasty = EventSamples.NASTY_WITH_NUL;
        assertThat(roundTrip(nasty)).isEqualTo(nasty);
        assertThat(writeString("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
        assertThat(writeString("😀 é 漢")).isEqualTo("\"😀 é 漢\"");
    }

    @Test
    void randomTextRoundTrips() {
        Random random = new Random(20261123);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                switch (random.nextInt(5)) {
                    case 0 -> s.append((char) random.nextInt(0x100)); // controls and Latin-1
                    case 1 -> s.append("\"\\/".charAt(random.nextInt(3)));
                    case 2 -> s.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000)); // supplementary planes
                    case 3 -> s.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogates
                    default -> s.append((char) random.nextInt(0x10000));
                }
            }
            String text = s.toString();
            assertThat(roundTrip(text)).as("round trip of %s", text.codePoints().boxed().toList()).isEqualTo(text);
        }
    }

    @Test
    void escapesAreRead() {
        assertThat(Json.parse("\"\\ud83d\\ude00 \\u00E9 \\/ \\b\\f\\n\\r\\t \\\" \\\\\"")).isEqualTo("😀 é / \b\f\n\r\t \" \\");
    }

    @Test
    void documentsParseIntoOrderedTrees() {
        Object tree = Json.parse(" {\"b\": [1, -2.5e3, true, false, null, {}], \"a\": {\"x\": \"y\"}, \"c\": []} ");

        assertThat(tree).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) tree;
        assertThat(map.keySet()).containsExactly("b", "a", "c");
        assertThat(list(map.get("b"))).containsExactly(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, Json.NULL, Map.of());
        assertThat(map.get("a")).isEqualTo(Map.of("x", "y"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @Test
    void numbersAreExact() {
        List<Object> numbers = list(Json.parse("[12345678901234567890.123456789e-5, 0.1, -0, 1E+400, 1e-400]"));

        assertThat(numbers).containsExactly(new BigDecimal("12345678901234567890.123456789e-5"), new BigDecimal("0.1"),
                new BigDecimal("0"), new BigDecimal("1E+400"), new BigDecimal("1e-400"));
        assertThat(Json.writer().value(new BigDecimal("1E+400")).toString()).isEqualTo("1E+400");
    }

    @Test
    void theWriterPlacesCommasAndColons() {
        String json = Json.writer().beginObject()
                .field("a", 1)
                .name("b").beginArray().value("x").beginObject().endObject().beginArray().endArray().nullValue().endArray()
                .field("c", true)
                .optionalField("d", java.util.Optional.empty())
                .name("e").beginObject().field("f", "g").endObject()
                .endObject().toString();

        assertThat(json).isEqualTo("{\"a\":1,\"b\":[\"x\",{},[],null],\"c\":true,\"d\":null,\"e\":{\"f\":\"g\"}}");
        assertThat(Json.parse(json)).isInstanceOf(Map.class);
    }

    @Test
    void anUnbalancedDocumentIsNotWritten() {
        assertThatThrownBy(() -> Json.writer().beginObject().toString()).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "{", "}", "[", "{\"a\":1,}", "[1,]", "[,1]", "[01]", "[-01]", "[1.]", "[.5]", "[1e]", "[1e+]", "[-]", "[+1]",
        "{'a':1}", "{a:1}", "{\"a\":1}//c", "/*c*/{}", "NaN", "[Infinity]", "[0x10]", "\"\t\"", "\"a\nb\"", "\"\\x\"",
        "\"\\u12\"", "\"\\u12g4\"", "\"abc", "\"\\", "{\"a\":1,\"a\":2}", "{\"a\" 1}", "{\"a\":}", "[1 2]", "tru", "nul", "True",
        "[1]]", "{\"a\":1}x", "1 2", "\u00a0{}", "[\"\u0000\"]"
    })
    void whatRfc8259RefusesIsRefused(String document) {
        assertThatThrownBy(() -> Json.parse(document)).isInstanceOf(JsonException.class);
    }

    @Test
    void nestingIsLimited() {
        assertThat(Json.parse("[".repeat(60) + "]".repeat(60))).isInstanceOf(List.class);
        assertThatThrownBy(() -> Json.parse("[".repeat(100_000) + "]".repeat(100_000)))
                .isInstanceOf(JsonException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void typedAccessNamesTheKeyItCannotRead() {
        Json.Obj o = Json.parseObject("{\"n\":\"x\",\"s\":1,\"o\":{\"deep\":null},\"big\":1e30,\"t\":\"2026-13-01\"}");

        assertThatThrownBy(() -> o.string("missing")).hasMessage("$.missing is missing");
        assertThatThrownBy(() -> o.string("s")).hasMessage("$.s must be a string, got a number");
        assertThatThrownBy(() -> o.number("n")).hasMessage("$.n must be a number, got a string");
        assertThatThrownBy(() -> o.object("o").string("deep")).hasMessage("$.o.deep must not be null");
        assertThatThrownBy(() -> o.longValue("big")).hasMessageContaining("$.big must be a whole number");
        assertThatThrownBy(() -> o.instant("t")).hasMessageContaining("$.t must be an ISO-8601 instant");
        assertThat(o.optionalString("absent")).isEmpty();
        assertThat(o.object("o").optionalString("deep")).isEmpty();
    }

    @Test
    void keysNobodyReadAreRefused() {
        Json.Obj o = Json.parseObject("{\"known\":1,\"newer\":2,\"newest\":3}");
        o.longValue("known");

        assertThatThrownBy(o::done).isInstanceOf(JsonException.class).hasMessage("$ has unknown key(s) [newer, newest]");
    }
}
