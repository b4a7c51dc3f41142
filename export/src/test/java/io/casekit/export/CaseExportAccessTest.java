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
import static io.casekit.export.Portal.BOB;
import static io.casekit.export.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.query.CaseFilter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An export holds the cases its actor may see: a contact its own customer's, an agent everyone's. */
class CaseExportAccessTest {

    private final Portal portal = new Portal();
    private final CaseExport export = CaseExport.of(portal.casekit);

    @BeforeEach
    void casesOfTwoCustomers() {
        portal.open(ANNA, "Acme: VPN drops");
        portal.open(BOB, "Acme: printer jams");
        portal.open(GINA, "Globex: invoice question");
        portal.open(GINA, "Globex: password reset");
    }

    /** The customer column of the actor's export, without its header. */
    private List<String> customers(String actor, CaseFilter filter, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(ExportRequest.builder().actor(actor).format(format).filter(filter).locale(Locale.ENGLISH)
                .zone(ZoneOffset.UTC).columns(CaseColumn.CUSTOMER, CaseColumn.TITLE).build(), out);
        List<? extends List<?>> rows = format == ExportFormat.CSV ? Sheets.csv(out.toByteArray()) : Sheets.xlsx(out.toByteArray());
        return rows.stream().skip(1).map(row -> (String) row.get(0)).toList();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aContactsExportHoldsItsOwnCustomersCasesOnly(ExportFormat format) {
        assertThat(customers(ANNA, CaseFilter.ALL, format)).containsExactly("ACME", "ACME");
        assertThat(customers(GINA, CaseFilter.ALL, format)).containsExactly("GLOBEX", "GLOBEX");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aContactAskingForAnotherCustomersCasesGetsNone(ExportFormat format) {
        assertThat(customers(ANNA, CaseFilter.builder().customerIds("GLOBEX").build(), format)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anAgentsExportHoldsEveryCustomersCases(ExportFormat format) {
        assertThat(customers(ALICE, CaseFilter.ALL, format)).containsExactly("GLOBEX", "GLOBEX", "ACME", "ACME");
    }

    @Test
    void aContactsViewExportHoldsItsOwnCustomersCasesOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportResult result = export.write(ExportRequest.builder().actor(BOB).format(ExportFormat.CSV).view("open")
                .locale(Locale.ENGLISH).zone(ZoneOffset.UTC).columns(CaseColumn.CUSTOMER).build(), out);

        assertThat(result.cases()).isEqualTo(2);
        assertThat(Sheets.csv(out.toByteArray())).containsExactly(List.of("Customer"), List.of("ACME"), List.of("ACME"));
    }
}
