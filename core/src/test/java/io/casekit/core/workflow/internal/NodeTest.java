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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Node} trees read from and written to YAML and JSON by {@link Syntax}. */
class NodeTest {

    private static Node.Mapping mapping(Object... keysAndValues) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], (Node) keysAndValues[i + 1]);
        }
        return new Node.Mapping(entries);
    }

    private static Node.Text text(String value) {
        return new Node.Text(value);
    }

    private static Node.Sequence list(Node... elements) {
        return new Node.Sequence(List.of(elements));
    }

    private static Node read(Syntax syntax, String text) {
        return syntax.read(text).orElseThrow();
    }

    private static MalformedDocumentException refusal(Syntax syntax, String text) {
        MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class, () -> syntax.read(text));
        assertThat(e).as("%s is refused", text).isNotNull();
        return e;
    }

    @Nested
    class Reading {

        @Test
        void aYamlMappingKeepsTheOrderOfItsKeysAndWhereEachValueBegins() {
            Node.Mapping document = (Node.Mapping) read(Syntax.YAML, """
                    id: x
                    numbers: [1, 2.50, 1e3]
                    labels:
                      nl: Hallo
                      en: Hello
                    """);

            assertThat(document).isEqualTo(mapping("id", text("x"),
                    "numbers", list(new Node.Integral(1), new Node.FloatingPoint(2.5), new Node.FloatingPoint(1000.0)),
                    "labels", mapping("nl", text("Hallo"), "en", text("Hello"))));
            assertThat(document.entries().keySet()).containsExactly("id", "numbers", "labels");
            assertThat(document.location()).contains(new Location(1, 1));
            assertThat(document.get("id").flatMap(Node::location)).contains(new Location(1, 5));
            Node.Sequence numbers = (Node.Sequence) document.get("numbers").orElseThrow();
            assertThat(numbers.elements().get(2).location()).contains(new Location(2, 20));
            Node.Mapping labels = (Node.Mapping) document.get("labels").orElseThrow();
            assertThat(labels.get("en").flatMap(Node::location)).contains(new Location(5, 7));
        }

        @Test
        void aJsonObjectLikewise() {
            Node document = read(Syntax.JSON, """
                    {"id": "x",
                     "flags": [true, false, null]}""");

            assertThat(document).isEqualTo(mapping("id", text("x"), "flags", list(new Node.Bool(true), new Node.Bool(false), new Node.Null())));
            assertThat(((Node.Mapping) document).get("flags").flatMap(Node::location)).contains(new Location(2, 11));
        }

        @Test
        void numbersAreWholeOfAnySizeOrTheNearestDouble() {
            Node.Mapping yaml = (Node.Mapping) read(Syntax.YAML, """
                    big: 123456789012345678901234567890
                    fraction: 1.10
                    whole: 2.0
                    huge: 1e400
                    notANumber: .nan
                    hex: 0x1F
                    """);

            assertThat(yaml.get("big")).contains(new Node.Integral(new BigInteger("123456789012345678901234567890"), Optional.empty()));
            assertThat(yaml.get("fraction").flatMap(Node::asText)).contains("1.1");
            assertThat(yaml.get("whole").map(n -> ((Node.Numeric) n).wholeValue())).contains(Optional.of(BigInteger.TWO));
            assertThat(yaml.get("huge")).contains(new Node.FloatingPoint(Double.POSITIVE_INFINITY));
            assertThat(yaml.get("huge").flatMap(Node::asText)).contains("Infinity");
            assertThat(yaml.get("notANumber").map(n -> ((Node.Numeric) n).wholeValue())).contains(Optional.empty());
            assertThat(yaml.get("hex")).as("YAML 1.2 has no hex numbers").contains(text("0x1F"));
            assertThat(read(Syntax.JSON, "[1.0000000000000000001, -0.0, 1E20]")).isEqualTo(
                    list(new Node.FloatingPoint(1.0), new Node.FloatingPoint(-0.0), new Node.FloatingPoint(1e20)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   \n", "# only a comment\n"})
        void aTextWithoutADocumentHoldsNone(String text) {
            assertThat(Syntax.YAML.read(text)).isEmpty();
            assertThat(Syntax.JSON.read(text.replace("# only a comment", ""))).isEmpty();
        }

        @Test
        void aDocumentOfNothingIsNull() {
            assertThat(read(Syntax.YAML, "---\n")).isEqualTo(new Node.Null());
            assertThat(read(Syntax.YAML, "key:\n")).isEqualTo(mapping("key", new Node.Null()));
            assertThat(read(Syntax.JSON, "null")).isEqualTo(new Node.Null());
        }

        @Test
        void aKeyGivenTwiceIsRefusedWhereItIsGivenAgain() {
            MalformedDocumentException yaml = refusal(Syntax.YAML, "a: 1\nb:\n  c: 1\n  c: 2\n");
            MalformedDocumentException json = refusal(Syntax.JSON, "{\"a\": 1, \"a\": 2}");

            assertThat(yaml.reason()).isEqualTo("Duplicate property \"c\": each key may be given only once in a mapping");
            assertThat(yaml.location()).contains(new Location(4, 3));
            assertThat(json.reason()).startsWith("Duplicate property \"a\"");
            assertThat(json.location()).contains(new Location(1, 10));
            assertThat(json.getMessage()).isEqualTo(json.reason() + " (line 1, column 10)");
        }

        @Test
        void keysThatDifferInLetterCaseAreTwoKeys() {
            assertThat(read(Syntax.YAML, "close: a\nCLOSE: b\n")).isEqualTo(mapping("close", text("a"), "CLOSE", text("b")));
        }

        @Test
        void anAnchorIsIgnoredButAnAliasIsRefused() {
            assertThat(read(Syntax.YAML, "a: &name value\n")).isEqualTo(mapping("a", text("value")));

            MalformedDocumentException alias = refusal(Syntax.YAML, "a: &name value\nb: *name\n");
            MalformedDocumentException merge = refusal(Syntax.YAML, "base: &base {x: 1}\nderived:\n  <<: *base\n");

            assertThat(alias.reason()).isEqualTo("YAML alias *name is not supported: write the value out where it is needed");
            assertThat(alias.location()).contains(new Location(2, 4));
            assertThat(merge.reason()).startsWith("YAML alias *base");
            assertThat(merge.location()).contains(new Location(3, 7));
        }

        @Test
        void textAfterTheDocumentIsRefused() {
            MalformedDocumentException yaml = refusal(Syntax.YAML, "a: 1\n---\nb: 2\n");
            MalformedDocumentException json = refusal(Syntax.JSON, "{} []");

            assertThat(yaml.reason()).isEqualTo("Trailing token (START_OBJECT) found after the document: give one document only");
            assertThat(yaml.location()).contains(new Location(3, 1));
            assertThat(json.reason()).startsWith("Trailing token (START_ARRAY)");
            assertThat(json.location()).contains(new Location(1, 4));
        }

        @Test
        void malformedTextIsRefusedWithTheParsersReasonAndPlace() {
            MalformedDocumentException yaml = refusal(Syntax.YAML, "a: [1, 2\nb: 3\n");
            MalformedDocumentException json = refusal(Syntax.JSON, "{\"a\": 01}");

            assertThat(yaml.reason()).contains("expected ',' or ']'");
            assertThat(yaml.location()).isPresent();
            assertThat(json.reason()).isEqualTo("Invalid numeric value: Leading zeroes not allowed");
            assertThat(json.location()).contains(new Location(1, 8));
        }

        @Test
        void aYamlBinaryValueIsBinaryData() {
            Node.Mapping document = (Node.Mapping) read(Syntax.YAML, "data: !!binary aGVsbG8=\n");

            assertThat(document.get("data")).contains(new Node.Binary("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            assertThat(document.get("data").flatMap(Node::asText)).as("no text: a definition reads it as no text").isEmpty();
        }
    }

    @Nested
    class Writing {

        private final Node.Mapping tree = mapping("id", text("x"), "version", new Node.Integral(2), "code", text("100"),
                "yes", text("yes"), "multi", text("a\nb"), "list", list(text("a"), new Node.Bool(true)),
                "nested", mapping("k", new Node.Null()), "empty", list(), "none", mapping(),
                "big", new Node.Integral(new BigInteger("123456789012345678901234567890"), Optional.empty()),
                "fraction", new Node.FloatingPoint(2.5));

        @Test
        void yamlWithoutDocumentMarkerQuotingTextsThatWouldReadAsSomethingElse() {
            assertThat(Syntax.YAML.write(tree)).isEqualTo("""
                    id: x
                    version: 2
                    code: "100"
                    "yes": "yes"
                    multi: |-
                      a
                      b
                    list:
                      - a
                      - true
                    nested:
                      k: null
                    empty: []
                    none: {}
                    big: 123456789012345678901234567890
                    fraction: 2.5
                    """);
        }

        @Test
        void jsonPrettyPrintedWithASpaceAfterTheColonOnly() {
            assertThat(Syntax.JSON.write(tree)).isEqualTo("""
                    {
                      "id": "x",
                      "version": 2,
                      "code": "100",
                      "yes": "yes",
                      "multi": "a\\nb",
                      "list": [ "a", true ],
                      "nested": {
                        "k": null
                      },
                      "empty": [ ],
                      "none": { },
                      "big": 123456789012345678901234567890,
                      "fraction": 2.5
                    }""");
        }

        @Test
        void binaryDataIsTaggedInYamlAndBase64TextInJson() {
            Node.Mapping data = mapping("data", new Node.Binary(new byte[] {1, 2, 3}));

            assertThat(Syntax.YAML.write(data)).isEqualTo("data: !!binary |-\n  AQID\n");
            assertThat(Syntax.YAML.read(Syntax.YAML.write(data))).contains(data);
            assertThat(Syntax.JSON.read(Syntax.JSON.write(data))).contains(mapping("data", text("AQID")));
        }
    }

    @Nested
    class Values {

        @Test
        void equalWhateverWhereTheyStood() {
            Node read = read(Syntax.YAML, "a: [1, x, true, null, 2.5]\n");

            assertThat(read).isEqualTo(mapping("a", list(new Node.Integral(1), text("x"), new Node.Bool(true), new Node.Null(),
                    new Node.FloatingPoint(2.5))));
            assertThat(read.hashCode()).isEqualTo(read(Syntax.JSON, "{\"a\": [1, \"x\", true, null, 2.5]}").hashCode());
        }

        @Test
        void aMappingsKeyOrderIsPartOfIt() {
            assertThat(mapping("a", text("1"), "b", text("2"))).isNotEqualTo(mapping("b", text("2"), "a", text("1")));
        }

        @Test
        void aNumberIsNeverEqualToItsText() {
            assertThat(new Node.Integral(2)).isNotEqualTo(text("2")).isNotEqualTo(new Node.FloatingPoint(2.0));
            assertThat(new Node.FloatingPoint(0.0)).isNotEqualTo(new Node.FloatingPoint(-0.0));
        }

        @Test
        void asTextIsTheTextOfATextOrANumber() {
            assertThat(text("x").asText()).contains("x");
            assertThat(new Node.Integral(-7).asText()).contains("-7");
            assertThat(new Node.FloatingPoint(1e20).asText()).contains("1.0E20");
            assertThat(new Node.Bool(true).asText()).isEmpty();
            assertThat(new Node.Null().asText()).isEmpty();
            assertThat(mapping().asText()).isEmpty();
            assertThat(list().asText()).isEmpty();
        }

        @Test
        void aWholeValueIsThatOfANumberWithoutAFractionalPart() {
            assertThat(new Node.FloatingPoint(2.0).wholeValue()).contains(BigInteger.TWO);
            assertThat(new Node.FloatingPoint(-0.0).wholeValue()).contains(BigInteger.ZERO);
            assertThat(new Node.FloatingPoint(1e20).wholeValue()).contains(BigInteger.TEN.pow(20));
            assertThat(new Node.FloatingPoint(2.5).wholeValue()).isEmpty();
            assertThat(new Node.FloatingPoint(Double.NEGATIVE_INFINITY).wholeValue()).isEmpty();
            assertThat(new Node.Integral(new BigInteger("-99999999999999999999"), Optional.empty()).wholeValue())
                    .contains(new BigInteger("-99999999999999999999"));
        }

        @Test
        void aBuiltMappingIsACopy() {
            Map<String, Node> entries = new LinkedHashMap<>(Map.of("a", text("1")));
            Node.Mapping built = new Node.Mapping(entries);
            entries.put("b", text("2"));
            byte[] bytes = {1};
            Node.Binary binary = new Node.Binary(bytes);
            bytes[0] = 2;

            assertThat(built.entries()).containsOnlyKeys("a");
            assertThatThrownBy(() -> built.entries().put("c", text("3"))).isInstanceOf(UnsupportedOperationException.class);
            assertThat(binary.bytes()).containsExactly(1);
        }
    }
}
