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
package io.casekit.core.workflow;

import static io.casekit.core.workflow.SchemaFixture.readerProblems;
import static io.casekit.core.workflow.SchemaFixture.schemaErrors;
import static io.casekit.core.workflow.SchemaFixture.shapeProblems;
import static io.casekit.core.workflow.SchemaFixture.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema and the reader agree on documents made by breaking valid ones at random: each preset,
 * and a derived definition, with one to three changes anywhere in the tree (a key dropped, added,
 * renamed to another letter case or emptied; a value or list element replaced by one of another
 * kind). The rule of {@link DefinitionSchemaAgreementTest} holds: the schema refuses exactly what
 * the reader's shape check refuses, and never a document the reader accepts.
 */
class DefinitionSchemaPropertyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<JsonNode> VALID = Stream.concat(Presets.names().stream().map(DefinitionSchemaPropertyTest::preset),
            Stream.of(yaml(DefinitionSchemaAgreementTest.BASE), yaml("""
                    extends: it-services
                    id: acme
                    version: 2
                    labels: {statusReasons: {"310": {en: "Waiting for you"}}}
                    remove: {views: [open-waiting-supplier]}
                    calendars:
                      - {id: office, zone: Europe/Amsterdam, hours: [{days: [MONDAY], from: "07:00", to: "19:00"}]}
                    actions: {close: "440"}
                    """))).toList();

    /** Values of every kind, some valid somewhere, most not. */
    private static final List<JsonNode> VALUES = List.of(NODES.stringNode("x"), NODES.stringNode(""), NODES.stringNode("OPEN"),
            NODES.stringNode("open"), NODES.stringNode("AGENT"), NODES.stringNode("MONDAY"), NODES.stringNode("08:30"),
            NODES.stringNode("24:00"), NODES.stringNode("25:00"), NODES.stringNode("2026-12-25"), NODES.stringNode("4 hours"),
            NODES.stringNode("P7D"), NODES.stringNode("[{number}]"), NODES.stringNode("OPEN\n"), NODES.numberNode(0), NODES.numberNode(1),
            NODES.numberNode(-1), NODES.numberNode(150), NODES.numberNode(4294967297L), NODES.numberNode(2.5), NODES.numberNode(2.0),
            NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(), NODES.arrayNode(), NODES.arrayNode().add("x"),
            NODES.arrayNode().add(NODES.objectNode()), NODES.objectNode(), NODES.objectNode().put("en", "x"),
            NODES.objectNode().put("team", "t"), NODES.objectNode().put("colour", "blue"));

    private static final List<String> NEW_KEYS = List.of("colour", "code", "labels", "extends", "remove", "zone", "team", "agent",
            "values", "field", "next", "html", "$schema", "alwaysOpen", "en");

    @Provide
    Arbitrary<JsonNode> brokenDocuments() {
        return Arbitraries.of(VALID).flatMap(valid -> Arbitraries.longs().flatMap(seed ->
                Arbitraries.integers().between(1, 3).map(changes -> mutate(valid, new Random(seed), changes))));
    }

    @Property(tries = 300)
    void theSchemaRefusesExactlyWhatTheShapeCheckRefusesAndNothingTheReaderAccepts(@ForAll("brokenDocuments") JsonNode document) {
        boolean schemaAccepts = schemaErrors(document).isEmpty();
        boolean shapeAccepts = shapeProblems(document).isEmpty();
        boolean readerAccepts = readerProblems(document).isEmpty();
        Statistics.label("schema").collect(schemaAccepts ? "accepts" : "refuses");
        Statistics.label("reader").collect(readerAccepts ? "accepts" : "refuses");

        assertThat(schemaAccepts).as("the schema (%s) and the shape check (%s) agree", schemaErrors(document), shapeProblems(document))
                .isEqualTo(shapeAccepts);
        if (readerAccepts) {
            assertThat(schemaAccepts).as("the schema accepts what the reader accepts").isTrue();
        }
        Statistics.label("schema").coverage(c -> {
            c.check("accepts").count(n -> n > 0);
            c.check("refuses").percentage(p -> p > 50);
        });
    }

    private static JsonNode mutate(JsonNode valid, Random random, int changes) {
        JsonNode document = valid.deepCopy();
        for (int i = 0; i < changes; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(document, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object) {
                mutate(object, random);
            } else {
                mutate((ArrayNode) target, random);
            }
        }
        return document;
    }

    private static void mutate(ObjectNode object, Random random) {
        List<String> keys = new ArrayList<>(object.propertyNames());
        String key = keys.isEmpty() ? pick(NEW_KEYS, random) : pick(keys, random);
        switch (random.nextInt(5)) {
            case 0 -> object.remove(key);
            case 1 -> object.set(pick(NEW_KEYS, random), pick(VALUES, random).deepCopy());
            case 2 -> {
                JsonNode value = object.remove(key);
                if (value != null) {
                    object.set(random.nextBoolean() ? key.toUpperCase(Locale.ROOT) : key + "s", value);
                }
            }
            case 3 -> object.putNull(key);
            default -> object.set(key, pick(VALUES, random).deepCopy());
        }
    }

    private static void mutate(ArrayNode array, Random random) {
        int index = array.isEmpty() ? 0 : random.nextInt(array.size());
        switch (random.nextInt(3)) {
            case 0 -> {
                if (!array.isEmpty()) {
                    array.remove(index);
                }
            }
            case 1 -> array.insert(index, pick(VALUES, random).deepCopy());
            default -> {
                if (!array.isEmpty()) {
                    array.set(index, pick(VALUES, random).deepCopy());
                }
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isObject() || node.isArray()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static JsonNode preset(String name) {
        try (InputStream in = Presets.class.getResourceAsStream("presets/" + name + ".yaml")) {
            return yaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
