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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The xlsx writer's cells: texts that would be decoded or are too long, and typed values. */
class XlsxTableWriterTest {

    private static List<List<Object>> write(List<CellValue> row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTableWriter table = new XlsxTableWriter(out, 2, Texts.of(Locale.ENGLISH))) {
            table.header(List.of("h"));
            table.row(row);
            table.finish();
        }
        return Sheets.xlsx(out.toByteArray());
    }

    @Test
    void aTextThatReadsAsAnEscapeIsNotDecodedIntoAFormulaSign() throws IOException {
        assertThat(write(List.of(new CellValue.Text("_x003D_1+1"), new CellValue.Text("a\u0001b"))).get(1))
                .containsExactly("_x003D_1+1", "a\u0001b");
    }

    @Test
    void aTextLongerThanACellHoldsIsCutBeforeASplitCharacter() throws IOException {
        String longText = "a".repeat(XlsxTableWriter.MAX_TEXT - 1) + "\uD83D\uDE00" + "b".repeat(10);

        Object cell = write(List.of(new CellValue.Text(longText))).get(1).get(0);

        assertThat(cell).isEqualTo("a".repeat(XlsxTableWriter.MAX_TEXT - 1));
    }

    @Test
    void numbersDatesAndFlagsAreTypedCells() throws IOException {
        List<Object> row = write(List.of(new CellValue.Decimal(new BigDecimal("-2.5")),
                new CellValue.Moment(LocalDateTime.parse("2026-03-29T02:30")), new CellValue.Flag(true), CellValue.BLANK,
                new CellValue.Text("-2.5"))).get(1);

        assertThat(row).containsExactly(-2.5, LocalDateTime.parse("2026-03-29T02:30"), true, null, "'-2.5");
    }
}
