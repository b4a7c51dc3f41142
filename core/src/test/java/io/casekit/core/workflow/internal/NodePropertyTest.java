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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Syntax} on trees of every kind: what is written reads back equal, and a text that is no
 * document is refused with a {@link MalformedDocumentException} that says where.
 */
class NodePropertyTest {

    /** Texts that YAML would read as something else unquoted, and texts of any character. */
    private static final Arbitrary<String> TEXTS = Arbitraries.oneOf(
            Arbitraries.of("", "yes", "no", "on", "true", "False", "null", "Null", "NULL", "~", "1e3", "0x10", "010", "1.50", ".5", ".inf",
                    "-.Inf", ".NaN", "-1", "+1", "1_000", "12:30", "2026-12-25", "# x", "a: b", "a #b", "- item", "[x]", "{x}", "\"q\"",
                    "'s'", "two\nlines", "trailing\n", " padded ", "*star", "&anchor", "!tag", "@at", "%pct", "|", ">", "?", ":", "-",
                    "---", "...", "<<", "ünïcödé", "日本語", "😀", "tab\there", "\r\n", "\u0085", "\u2028", "\ufeff"),
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));

    @Provide
    Arbitrary<Node> jsonTrees() {
        return tree(3, false);
    }

    @Provide
    Arbitrary<Node> yamlTrees() {
        return tree(3, true);
    }

    @Provide
    Arbitrary<Node.Mapping> mappings() {
        return mapping(2, true).filter(m -> !m.isEmpty());
    }

    @Property(tries = 500)
    void aTreeWrittenAsJsonReadsBackEqual(@ForAll("jsonTrees") Node tree) {
        assertThat(Syntax.JSON.read(Syntax.JSON.write(tree))).contains(tree);
    }

    @Property(tries = 500)
    void aTreeWrittenAsYamlReadsBackEqual(@ForAll("yamlTrees") Node tree) {
        assertThat(Syntax.YAML.read(Syntax.YAML.write(tree))).contains(tree);
    }

    @Property(tries = 300)
    void aTruncatedJsonDocumentIsRefusedAtAPlaceInIt(@ForAll("mappings") Node.Mapping tree, @ForAll @IntRange(min = 1) int cut) {
        String json = Syntax.JSON.write(tree);
        String prefix = json.substring(0, 1 + cut % (json.length() - 1));

        MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class, () -> Syntax.JSON.read(prefix));

        assertThat(e).as("%s is refused", prefix).isNotNull();
        assertThat(e.location()).hasValueSatisfying(at -> assertThat(at.line()).isBetween(1, lines(prefix) + 1));
        assertThat(e.getMessage()).isEqualTo(e.reason() + " (" + e.location().orElseThrow() + ")");
    }

    @Property(tries = 300)
    void aKeyGivenTwiceIsRefusedWhereItIsGivenAgain(@ForAll("mappings") Node.Mapping tree, @ForAll Syntax syntax) {
        String key = tree.entries().keySet().iterator().next();
        String again = syntax.write(new Node.Mapping(Map.of(key, new Node.Null())));
        String text = syntax == Syntax.YAML ? syntax.write(tree) + again
                // {..., "key": null}: the key of the one-key object, after the last entry
                : Syntax.JSON.write(tree).replaceFirst("\\s*}$", "") + "," + again.substring(1);

        MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class, () -> syntax.read(text));

        assertThat(e).as("%s is refused", text).isNotNull();
        assertThat(e.reason()).isEqualTo("Duplicate property \"" + key + "\": each key may be given only once in a mapping");
        int firstLineAgain = lines(text) - lines(again) + (syntax == Syntax.YAML ? 1 : 2);
        assertThat(e.location()).hasValueSatisfying(at -> assertThat(at.line()).isBetween(firstLineAgain, lines(text)));
    }

    /**
     * Texts that Jackson's YAML generator writes so that they read back: it writes a NEL (U+0085) unquoted,
     * which YAML reads as a line break, and a byte-order mark at the start of a document is taken for the
     * encoding's. The same with Jackson's own trees; the tree adds nothing to it.
     */
    private static Arbitrary<String> texts(boolean yaml) {
        return yaml ? TEXTS.filter(t -> t.indexOf('\u0085') < 0 && !t.startsWith("\ufeff")) : TEXTS;
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    /** Trees of up to {@code depth} levels of mappings and lists; with {@code yaml}, binary data too and only texts YAML writes faithfully. */
    static Arbitrary<Node> tree(int depth, boolean yaml) {
        Arbitrary<Node> scalars = Arbitraries.oneOf(
                texts(yaml).map(Node.Text::new),
                Arbitraries.bigIntegers().map(v -> new Node.Integral(v, Optional.empty())),
                Arbitraries.longs().map(Node.Integral::new),
                Arbitraries.doubles().map(Node.FloatingPoint::new),
                Arbitraries.of(-0.0, 0.0, 2.0, 1e20, 1e-7, Double.MIN_VALUE, Double.MAX_VALUE).map(Node.FloatingPoint::new),
                Arbitraries.of(true, false).map(Node.Bool::new),
                Arbitraries.just(new Node.Null()),
                yaml ? Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(Node.Binary::new) : Arbitraries.just(new Node.Null()));
        if (depth == 0) {
            return scalars;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, scalars),
                Tuple.of(1, mapping(depth - 1, yaml)),
                Tuple.of(1, tree(depth - 1, yaml).list().ofMaxSize(4).map(Node.Sequence::new)));
    }

    private static Arbitrary<Node.Mapping> mapping(int depth, boolean yaml) {
        Arbitrary<List<String>> keys = texts(yaml).list().uniqueElements().ofMaxSize(4);
        return keys.flatMap(k -> tree(depth, yaml).list().ofSize(k.size()).map(values -> {
            Map<String, Node> entries = new LinkedHashMap<>();
            for (int i = 0; i < k.size(); i++) {
                entries.put(k.get(i), values.get(i));
            }
            return new Node.Mapping(entries);
        }));
    }
}
