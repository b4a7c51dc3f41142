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
import static org.assertj.core.api.Assertions.fail;

import io.casekit.core.workflow.Presets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@link Syntax} reads what Jackson's own tree reader (jackson-databind, here at test scope only)
 * reads, as the definition reader did with it: the same values of the same kinds, texts of numbers
 * included. Where the two part, {@link Syntax} refuses what Jackson's tree read silently (an alias),
 * which {@link NodeTest} shows.
 */
class JacksonTreeAgreementTest {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"2", "-0", "2.0", "-0.0", "1.10", "0.1", "1e-7", "1e3", "1.5e3", "1e20", "1.0e20", "1e400", ".inf", "-.inf",
            ".nan", ".NaN", "1.0000000000000000001", "99999999999999999999999", "-99999999999999999999999", "3000000000",
            "9223372036854775808", "0x1F", "0o17", "010", "+12", "1_000", "12:30", "2026-01-01", "~", "null", "Null", "NULL", "true",
            "True", "TRUE", "yes", "no", "on", "x", "\"\"", "''", "' padded '", "\"2\"", "\"\\u00e9\\n\"", "!!str 5", "!!float 5",
            "!custom 5", "!!binary aGVsbG8=", "[]", "{}", "[1, [2, {a: b}]]", "{a: 1, b: [x, ~]}", "|\n  multi\n  line", ">\n  folded\n  text",
            "&anchor anchored"})
    void aYamlValue(String value) {
        String text = "v: " + value + "\n";

        assertThat(Syntax.YAML.read(text)).isEqualTo(jackson(YAML, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "-0", "2.0", "-0.0", "1.10", "1e-7", "1E20", "1E400", "-1E400", "1.0000000000000000001",
            "99999999999999999999999", "3000000000", "null", "true", "false", "\"\"", "\"x\\n\\u00e9\"", "[]", "{}",
            "[1, [2, {\"a\": \"b\"}]]"})
    void aJsonValue(String value) {
        String text = "{\"v\": " + value + "}";

        assertThat(Syntax.JSON.read(text)).isEqualTo(jackson(JSON, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "# a comment\n", "---\n", "just text", "- a\n- b\n", "42"})
    void aWholeYamlDocument(String text) {
        assertThat(Syntax.YAML.read(text)).isEqualTo(jackson(YAML, text));
    }

    @ParameterizedTest
    @MethodSource("io.casekit.core.workflow.Presets#names")
    void aPreset(String preset) throws IOException {
        try (InputStream in = Presets.class.getResourceAsStream("presets/" + preset + ".yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(Syntax.YAML.read(text)).isEqualTo(jackson(YAML, text));
        }
    }

    @Provide
    Arbitrary<Node> jsonTrees() {
        return NodePropertyTest.tree(3, false);
    }

    @Provide
    Arbitrary<Node> yamlTrees() {
        return NodePropertyTest.tree(3, true);
    }

    @Property(tries = 200)
    void anyTreeWrittenAsJson(@ForAll("jsonTrees") Node tree) {
        String text = Syntax.JSON.write(tree);

        assertThat(Syntax.JSON.read(text)).isEqualTo(jackson(JSON, text));
    }

    @Property(tries = 200)
    void anyTreeWrittenAsYaml(@ForAll("yamlTrees") Node tree) {
        String text = Syntax.YAML.write(tree);

        assertThat(Syntax.YAML.read(text)).isEqualTo(jackson(YAML, text));
    }

    /** What Jackson's tree reader makes of the text, as a {@link Node}; empty if it finds no document. */
    private static Optional<Node> jackson(ObjectMapper mapper, String text) {
        JsonNode node = mapper.readTree(text);
        return node.isMissingNode() ? Optional.empty() : Optional.of(node(node));
    }

    private static Node node(JsonNode node) {
        if (node.isObject()) {
            Map<String, Node> entries = new LinkedHashMap<>();
            node.properties().forEach(e -> entries.put(e.getKey(), node(e.getValue())));
            return new Node.Mapping(entries);
        } else if (node.isArray()) {
            List<Node> elements = new ArrayList<>();
            node.forEach(e -> elements.add(node(e)));
            return new Node.Sequence(elements);
        } else if (node.isString()) {
            return new Node.Text(node.asString());
        } else if (node.isIntegralNumber()) {
            return new Node.Integral(node.bigIntegerValue(), Optional.empty());
        } else if (node.isDouble()) {
            return new Node.FloatingPoint(node.doubleValue());
        } else if (node.isBoolean()) {
            return new Node.Bool(node.booleanValue());
        } else if (node.isNull()) {
            return new Node.Null();
        } else if (node.isBinary()) {
            return new Node.Binary(node.binaryValue());
        }
        return fail("a node of a kind the reader does not make: " + node.getNodeType());
    }
}
