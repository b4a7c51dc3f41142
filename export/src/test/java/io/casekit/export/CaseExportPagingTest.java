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

import static io.casekit.export.Portal.ALICE;
import static io.casekit.export.Portal.ANNA;
import static io.casekit.export.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.model.Case;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import io.casekit.spi.query.CaseSortField;
import io.casekit.spi.query.SortDirection;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** More cases than one page: every case exactly once, in the query's order, with the progress told per page. */
class CaseExportPagingTest {

    private final Portal portal = new Portal();
    private final CaseExport export = CaseExport.of(portal.casekit);
    private final List<Long> progress = new ArrayList<>();

    private void openCases(int count) {
        for (int i = 0; i < count; i++) {
            // titles out of opening order, and two customers, so that no order comes about by chance
            portal.open(i % 2 == 0 ? ANNA : GINA, "Case " + ((i * 7) % count));
        }
    }

    /** The case numbers the query finds, read in one page. */
    private List<String> expected(CaseQuery query) {
        return portal.casekit.cases().search(ALICE, query.withPageSize(CaseQuery.MAX_PAGE_SIZE)).cases().stream()
                .map(Case::number).toList();
    }

    private List<String> exported(ExportFormat format, CaseQuery query, int pageSize, ExportResult[] result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result[0] = export.write(ExportRequest.builder().actor(ALICE).format(format).query(query).pageSize(pageSize)
                .locale(Locale.ENGLISH).zone(ZoneOffset.UTC).columns(CaseColumn.NUMBER).progress(progress::add).build(), out);
        List<? extends List<?>> rows = format == ExportFormat.CSV ? Sheets.csv(out.toByteArray()) : Sheets.xlsx(out.toByteArray());
        return rows.stream().skip(1).map(row -> (String) row.get(0)).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "CSV, TITLE, ASCENDING", "XLSX, TITLE, ASCENDING", "CSV, CREATED, DESCENDING", "XLSX, CUSTOMER, DESCENDING"})
    void twentyThreeCasesInPagesOfFiveComeOnceEachInTheQuerysOrder(ExportFormat format, CaseSortField field,
            SortDirection direction) {
        openCases(23);
        CaseQuery query = CaseQuery.firstPage(CaseFilter.ALL).sortedBy(new CaseSort(field, direction));
        ExportResult[] result = new ExportResult[1];

        List<String> numbers = exported(format, query, 5, result);

        assertThat(numbers).hasSize(23).doesNotHaveDuplicates().containsExactlyElementsOf(expected(query));
        assertThat(progress).containsExactly(5L, 10L, 15L, 20L, 23L);
        assertThat(result[0]).isEqualTo(new ExportResult(format, 23, 5));
    }

    @ParameterizedTest
    @CsvSource({"CSV", "XLSX"})
    void aLastFullPageEndsTheExportWithoutAnEmptyOne(ExportFormat format) {
        openCases(10);
        ExportResult[] result = new ExportResult[1];

        List<String> numbers = exported(format, CaseQuery.firstPage(CaseFilter.ALL), 5, result);

        assertThat(numbers).hasSize(10).doesNotHaveDuplicates();
        assertThat(progress).containsExactly(5L, 10L);
        assertThat(result[0].pages()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"CSV", "XLSX"})
    void anExportOfNoCasesHasItsHeaderAndTellsZero(ExportFormat format) {
        ExportResult[] result = new ExportResult[1];

        List<String> numbers = exported(format, CaseQuery.firstPage(CaseFilter.ALL), 5, result);

        assertThat(numbers).isEmpty();
        assertThat(progress).containsExactly(0L);
        assertThat(result[0]).isEqualTo(new ExportResult(format, 0, 1));
    }
}
