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

import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.model.Case;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import io.casekit.spi.query.CaseSortField;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exports from the JDBC store on H2: the same rows as the store's own case list, paged by its keyset queries. */
class CaseExportOnH2Test {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Portal portal;

    CaseExportOnH2Test() {
        dataSource.setURL("jdbc:h2:mem:export-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        portal = new Portal(JdbcCaseStore.builder(dataSource).migrate(true).build());
    }

    @AfterEach
    void dropTheDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void csvAndXlsxHoldTheStoresCaseListPageByPage() {
        for (int i = 0; i < 7; i++) {
            portal.open(i % 3 == 0 ? GINA : ANNA, "Case " + i, i % 2 == 0 ? "Incident" : "Service Request", "BC");
        }
        CaseQuery newestOpenedFirst = CaseQuery.firstPage(CaseFilter.ALL).sortedBy(CaseSort.descending(CaseSortField.CREATED));
        List<Case> expected = portal.casekit.cases().search(ALICE, newestOpenedFirst.withPageSize(100)).cases();
        CaseExport export = CaseExport.of(portal.casekit);
        ZoneId brussels = ZoneId.of("Europe/Brussels");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ExportResult csvResult = export.write(ExportRequest.builder().actor(ALICE).format(ExportFormat.CSV).query(newestOpenedFirst).pageSize(3)
                .locale(Locale.forLanguageTag("nl")).zone(brussels)
                .columns(CaseColumn.NUMBER, CaseColumn.CUSTOMER, CaseColumn.CASE_TYPE, CaseColumn.OPENED_AT).build(), csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.write(ExportRequest.builder().actor(ANNA).format(ExportFormat.XLSX).query(newestOpenedFirst).pageSize(3)
                .locale(Locale.ENGLISH).zone(brussels).columns(CaseColumn.NUMBER, CaseColumn.OPENED_AT).build(), xlsx);

        assertThat(csvResult).isEqualTo(new ExportResult(ExportFormat.CSV, 7, 3));
        List<List<String>> csvRows = Sheets.csv(csv.toByteArray());
        assertThat(csvRows.get(0)).containsExactly("Casenummer", "Klant", "Casetype", "Geopend op");
        assertThat(csvRows.subList(1, csvRows.size())).containsExactlyElementsOf(expected.stream().map(c -> List.of(c.number(),
                c.customerId(), c.caseType().equals("Incident") ? "Incident" : "Serviceaanvraag",
                LocalDateTime.ofInstant(c.createdAt(), brussels).toString().replace('T', ' ').substring(0, 16))).toList());
        List<List<Object>> xlsxRows = Sheets.xlsx(xlsx.toByteArray());
        assertThat(xlsxRows.subList(1, xlsxRows.size())).containsExactlyElementsOf(expected.stream()
                .filter(c -> c.customerId().equals("ACME"))
                .map(c -> List.<Object>of(c.number(), LocalDateTime.ofInstant(c.createdAt(), brussels))).toList());
        assertThat(xlsxRows).hasSize(5);
    }
}
