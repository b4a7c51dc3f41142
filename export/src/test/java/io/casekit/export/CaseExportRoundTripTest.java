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

import io.casekit.core.cases.Assign;
import io.casekit.core.cases.ChangePriority;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import io.casekit.spi.query.CaseSortField;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exports of a real Casekit read back with Commons CSV and POI's XSSFWorkbook: headers and labels in
 * Dutch and English, instants in Brussels summer time (UTC+2), rows in the query's order.
 */
class CaseExportRoundTripTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Portal portal = new Portal();
    private final CaseExport export = CaseExport.of(portal.casekit);
    private final CaseQuery oldestFirst = CaseQuery.firstPage(CaseFilter.ALL).sortedBy(CaseSort.ascending(CaseSortField.CREATED));
    private final List<ExportColumn> columns = withExpertise(ExportColumn.defaults());
    private Case vpn;
    private Case invoice;

    private static List<ExportColumn> withExpertise(List<ExportColumn> columns) {
        List<ExportColumn> all = new ArrayList<>(columns);
        all.add(ExportColumn.customField("expertiseDomain"));
        return all;
    }

    @BeforeEach
    void twoCustomersCases() {
        vpn = portal.open(ANNA, "VPN drops every few minutes", "Incident", "MWI");   // 08:01 UTC, 10:01 in Brussels
        invoice = portal.open(GINA, "Invoice question, \"urgent\"", "Service Request", "DATA");
        portal.clock.advance(Duration.ofMinutes(5));
        portal.casekit.cases().execute(ALICE, new Assign(vpn.id(), Owner.agent(ALICE)));  // 100 -> 200 by rule
        portal.clock.advance(Duration.ofMinutes(5));
        vpn = portal.casekit.cases().execute(ALICE, new ChangePriority(vpn.id(), "P2"));
    }

    private byte[] write(ExportFormat format, Locale locale, ExportCustomizer more) {
        ExportRequest.Builder request = ExportRequest.builder().actor(ALICE).format(format).query(oldestFirst)
                .locale(locale).zone(BRUSSELS).columns(columns);
        more.customize(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = export.write(request.build(), out);
        assertThat(result).isEqualTo(new ExportResult(format, 2, 1));
        return out.toByteArray();
    }

    private byte[] write(ExportFormat format, Locale locale) {
        return write(format, locale, request -> { });
    }

    /** Adds to a request in one test. */
    private interface ExportCustomizer {
        void customize(ExportRequest.Builder request);
    }

    private static LocalDateTime local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, BRUSSELS).truncatedTo(ChronoUnit.MINUTES);
    }

    private static LocalDateTime resolutionDeadline(Case c) {
        return local(c.sla(SlaKind.FIRST_RESPONSE).flatMap(SlaInstance::deadline).orElseThrow());
    }

    @Test
    void aDutchCsvHasDutchHeadersAndLabelsAndBrusselsTimesInTheQuerysOrder() {
        List<List<String>> rows = Sheets.csv(write(ExportFormat.CSV, DUTCH));

        assertThat(rows.get(0)).containsExactly("Casenummer", "Titel", "Klant", "Contactpersoon", "Casetype", "Prioriteit",
                "Statusreden", "Fase", "Eigenaar", "Geopend op", "Laatst gewijzigd op", "Volgende SLA-deadline",
                "Belangrijkste expertise voor het probleem");
        assertThat(rows.get(1)).containsExactly(vpn.number(), "VPN drops every few minutes", "ACME", ANNA, "Incident",
                "P2 - Hoog", "200. In behandeling", "", ALICE, "2026-07-01 10:01", "2026-07-01 10:12",
                MINUTES.format(resolutionDeadline(vpn)), "MWI");
        assertThat(rows.get(2)).containsExactly(invoice.number(), "Invoice question, \"urgent\"", "GLOBEX", GINA,
                "Serviceaanvraag", "P4 - Laag", "100. Ontvangen", "", "support-data", "2026-07-01 10:02", "2026-07-01 10:02", "",
                "DATA");
        assertThat(rows).hasSize(3);
    }

    @Test
    void anEnglishCsvHasEnglishHeadersAndLabels() {
        List<List<String>> rows = Sheets.csv(write(ExportFormat.CSV, Locale.ENGLISH));

        assertThat(rows.get(0)).startsWith("Case number", "Title", "Customer", "Contact", "Case type", "Priority", "Status reason")
                .endsWith("Main expertise relating to the issue");
        assertThat(rows.get(1)).contains("P2 - High", "200. In Progress");
        assertThat(rows.get(2)).contains("Service Request", "P4 - Low", "100. Received");
    }

    @Test
    void aLanguageTheDefinitionLacksFallsBackToEnglish() {
        List<List<String>> rows = Sheets.csv(write(ExportFormat.CSV, Locale.GERMAN));

        assertThat(rows.get(0)).startsWith("Case number");
        assertThat(rows.get(1)).contains("P2 - High", "200. In Progress");
    }

    @Test
    void aDutchWorkbookHasDateCellsInBrusselsTimeAndTypedValues() {
        byte[] xlsx = write(ExportFormat.XLSX, DUTCH);
        List<List<Object>> rows = Sheets.xlsx(xlsx);

        assertThat(rows.get(0)).containsExactly("Casenummer", "Titel", "Klant", "Contactpersoon", "Casetype", "Prioriteit",
                "Statusreden", "Fase", "Eigenaar", "Geopend op", "Laatst gewijzigd op", "Volgende SLA-deadline",
                "Belangrijkste expertise voor het probleem");
        assertThat(rows.get(1)).containsExactly(vpn.number(), "VPN drops every few minutes", "ACME", ANNA, "Incident",
                "P2 - Hoog", "200. In behandeling", null, ALICE, LocalDateTime.parse("2026-07-01T10:01"),
                LocalDateTime.parse("2026-07-01T10:12"), resolutionDeadline(vpn), "MWI");
        assertThat(rows.get(2)).containsExactly(invoice.number(), "Invoice question, \"urgent\"", "GLOBEX", GINA,
                "Serviceaanvraag", "P4 - Laag", "100. Ontvangen", null, "support-data", LocalDateTime.parse("2026-07-01T10:02"),
                LocalDateTime.parse("2026-07-01T10:02"), null, "DATA");
        assertThat(rows).hasSize(3);
        assertThat(Sheets.formulaCells(xlsx)).isZero();
    }

    @Test
    void anEnglishWorkbookHasEnglishHeadersAndLabels() {
        List<List<Object>> rows = Sheets.xlsx(write(ExportFormat.XLSX, Locale.ENGLISH));

        assertThat(rows.get(0)).startsWith("Case number", "Title", "Customer");
        assertThat(rows.get(1)).contains("P2 - High", "200. In Progress");
    }

    @Test
    void theRowsAreTheQuerysResultsInItsOrder() {
        CaseQuery newestFirst = CaseQuery.firstPage(CaseFilter.ALL);
        List<String> expected = portal.casekit.cases().search(ALICE, newestFirst).cases().stream().map(Case::number).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.write(ExportRequest.builder().actor(ALICE).format(ExportFormat.CSV).query(newestFirst).locale(DUTCH)
                .zone(BRUSSELS).columns(CaseColumn.NUMBER).build(), out);

        assertThat(Sheets.csv(out.toByteArray())).containsExactly(List.of("Casenummer"), List.of(expected.get(0)),
                List.of(expected.get(1)));
        assertThat(expected).containsExactly(vpn.number(), invoice.number());
    }

    @Test
    void withTheIdentityProviderPeopleAndCustomersAppearByName() {
        CaseExport named = CaseExport.builder(portal.casekit).identity(portal.directory).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        named.write(ExportRequest.builder().actor(ALICE).format(ExportFormat.CSV).query(oldestFirst).locale(Locale.FRENCH)
                .zone(BRUSSELS).columns(CaseColumn.CUSTOMER, CaseColumn.CONTACT, CaseColumn.OWNER, CaseColumn.STATE).build(), out);

        assertThat(Sheets.csv(out.toByteArray())).containsExactly(
                List.of("Client", "Contact", "Responsable", "État"),
                List.of("Acme NV", "Anna Acme", "Alice Agent", "Ouvert"),
                List.of("Globex BV", "Gina Globex", "support-data", "Ouvert"));
    }

    @Test
    void aViewExportsTheViewsCases() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportResult result = export.write(ExportRequest.builder().actor(ALICE).format(ExportFormat.CSV).view("open-received")
                .locale(Locale.ENGLISH).zone(BRUSSELS).columns(CaseColumn.TITLE, CaseColumn.STATUS_REASON).build(), out);

        assertThat(result.cases()).isEqualTo(1);
        assertThat(Sheets.csv(out.toByteArray())).containsExactly(List.of("Title", "Status reason"),
                List.of("Invoice question, \"urgent\"", "100. Received"));
    }
}
