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
package io.casekit.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.export.Sheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * Any text, written by the CSV and the xlsx writer and read back with Commons CSV and POI, comes
 * back neutralised: with a single quote in front if it started with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, else unchanged; and no xlsx cell is ever a formula.
 */
class FormulaInjectionPropertyTest {

    private static final String DANGEROUS_STARTS = "=+-@\t\r";

    /** What the reader must get back: the text, behind a quote when a spreadsheet would run it. */
    private static String neutralised(String text) {
        return !text.isEmpty() && DANGEROUS_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(3, Arbitraries.of('"', ',', ';', '\'', '\n', '\r', '\t', '=', '+', '-', '@').map(c -> (int) c)),
                Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1FAFF)), // emoji and pictographs
                Tuple.of(1, Arbitraries.of(0x1F468, 0x200D, 0x1F469, 0x2764, 0xFE0F)), // a ZWJ family, a heart
                Tuple.of(1, Arbitraries.integers().between(0xA0, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFD)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x1F)), // C0 controls, which XML cannot hold
                Tuple.of(1, Arbitraries.of(0xFFFE, 0xFFFF)));
        Arbitrary<String> body = codePoint.list().ofMaxSize(40)
                .map(points -> points.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        Arbitrary<String> dangerousStart = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0");
        // text that reads as an OOXML escape (_x003D_ is "="): a reader must not decode it
        Arbitrary<String> escapeLike = Arbitraries.strings().withChars("0123456789ABCDEFabcdef").ofLength(4)
                .flatMap(hex -> Arbitraries.of("_x" + hex + "_", "_X" + hex + "_", "_x003D_", "_x005F_"));
        return Arbitraries.oneOf(body, Combinators.combine(dangerousStart, body).as(String::concat),
                Combinators.combine(body, escapeLike, body).as((a, b, c) -> a + b + c));
    }

    private static byte[] write(TableWriter table, ByteArrayOutputStream out, List<String> texts) throws IOException {
        try (table) {
            table.header(texts);
            for (String text : texts) {
                table.row(List.of(new CellValue.Text(text), new CellValue.Text("after")));
            }
            table.finish();
        }
        return out.toByteArray();
    }

    @Property(tries = 300)
    void csvGivesBackEveryTextNeutralised(@ForAll @Size(min = 1, max = 10) List<@From("texts") String> texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> rows = Sheets.csv(write(new CsvTableWriter(out, Texts.of(Locale.ENGLISH)), out, texts));

        assertThat(rows).hasSize(texts.size() + 1);
        assertThat(rows.get(0)).containsExactlyElementsOf(texts.stream().map(FormulaInjectionPropertyTest::neutralised).toList());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(rows.get(i + 1)).containsExactly(neutralised(texts.get(i)), "after");
        }
    }

    @Property(tries = 100)
    void xlsxGivesBackEveryTextNeutralisedAndHasNoFormula(@ForAll @Size(min = 1, max = 10) List<@From("texts") String> texts)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] xlsx = write(new XlsxTableWriter(out, 3, Texts.of(Locale.ENGLISH)), out, texts);
        List<List<Object>> rows = Sheets.xlsx(xlsx);

        assertThat(Sheets.formulaCells(xlsx)).isZero();
        assertThat(rows).hasSize(texts.size() + 1);
        assertThat(rows.get(0)).containsExactlyElementsOf(texts.stream().map(FormulaInjectionPropertyTest::neutralised).toList());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(rows.get(i + 1)).containsExactly(neutralised(texts.get(i)), "after");
        }
    }

    @Property(tries = 1000)
    void onlyATextThatStartsDangerouslyGetsAQuote(@ForAll("texts") String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(neutralised(text));
        assertThat(FormulaGuard.neutralise("x" + text)).isEqualTo("x" + text);
    }
}
