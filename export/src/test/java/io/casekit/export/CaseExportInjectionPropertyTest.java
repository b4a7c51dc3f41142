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
package io.casekit.export;

import static io.casekit.export.Portal.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.model.Case;
import io.casekit.spi.query.CaseFilter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Titles a contact may type, formulas among them, exported by a real Casekit: the CSV and the xlsx
 * give back the stored title behind a single quote when it starts with {@code =}, {@code +}, {@code
 * -} or {@code @}, else unchanged, and the workbook has no formula cell.
 */
class CaseExportInjectionPropertyTest {

    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> start = Arbitraries.of("=", "+", "-", "@", "", "a", "\"", "'", "😀");
        Arbitrary<String> body = Arbitraries.strings().withCharRange('!', '~').withChars(' ', ',', '"', '€', 'é')
                .ofMinLength(1).ofMaxLength(60);
        Arbitrary<String> formulas = Arbitraries.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "=1+1", "+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A2)", "=cmd|' /C notepad'!'A1'");
        return Arbitraries.oneOf(Combinators.combine(start, body).as((a, b) -> (a + b).strip()).filter(t -> !t.isEmpty()), formulas);
    }

    @Property(tries = 60)
    void aTitleComesBackNeutralisedInCsvAndXlsx(@ForAll("titles") String title) {
        Portal portal = new Portal();
        Case opened = portal.open(ANNA, title);
        String stored = opened.title();
        String expected = "=+-@".indexOf(stored.charAt(0)) >= 0 ? "'" + stored : stored;
        CaseExport export = CaseExport.of(portal.casekit);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.write(request(ExportFormat.CSV), csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.write(request(ExportFormat.XLSX), xlsx);

        assertThat(Sheets.csv(csv.toByteArray())).containsExactly(List.of("Title"), List.of(expected));
        assertThat(Sheets.xlsx(xlsx.toByteArray())).containsExactly(List.of("Title"), List.of(expected));
        assertThat(Sheets.formulaCells(xlsx.toByteArray())).isZero();
    }

    private static ExportRequest request(ExportFormat format) {
        return ExportRequest.builder().actor(ANNA).format(format).filter(CaseFilter.ALL).locale(Locale.ENGLISH)
                .zone(ZoneOffset.UTC).columns(CaseColumn.TITLE).build();
    }
}
