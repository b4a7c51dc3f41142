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
package io.casekit.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casekit.core.cases.Assign;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.examples.portal.demo.DemoPeople;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CountDimension;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The dashboard, the case lists with their views, search, sort and pages, and their export. */
class CaseListTest extends PortalPageTest {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/case/([^\"]+)\"");

    @Test
    void theDashboardCountsTheCompanysOpenCasesPerPriorityAndStatus() throws Exception {
        CaseFilter open = CaseFilter.builder().states(CaseState.OPEN).build();
        SortedMap<String, Long> byPriority = casekit.cases().count("gina", open, CountDimension.PRIORITY);
        assertThat(byPriority).isNotEmpty();

        String page = mvc.perform(get("/").with(as("gina")).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        for (var entry : byPriority.entrySet()) {
            assertThat(page).contains("<td class=\"number\">" + entry.getValue() + "</td>");
        }
        assertThat(page).contains("Open cases per priority", "Open cases per status");
    }

    @Test
    void allCasesOfMyCompanyHoldEveryCaseOfTheCustomerAndNoOther() throws Exception {
        Set<String> acme = numbers(casesOf(DemoPeople.ACME));
        List<String> shown = pageNumbersAll("/cases", "anna");

        assertThat(shown).containsExactlyInAnyOrderElementsOf(acme);
    }

    @Test
    void myCasesHoldOnlyTheCasesTheContactFiled() throws Exception {
        Case mine = openCase("bart", "Only bart's");
        List<String> shown = pageNumbersAll("/cases?scope=mine", "bart");

        assertThat(shown).contains(mine.number());
        for (String number : shown) {
            assertThat(casekit.cases().getByNumber("alice", number).contactId()).contains("bart");
        }
    }

    @Test
    void aViewShowsOnlyItsStatuses() throws Exception {
        Case solved = openCase("anna", "Solved at once");
        casekit.cases().execute("alice", new Assign(solved.id(), new Owner.Agent("alice")));
        casekit.cases().execute("alice", new ChangeStatus(solved.id(), "450"));

        List<String> resolved = pageNumbersAll("/cases?view=resolved", "anna");
        assertThat(resolved).contains(solved.number());
        for (String number : resolved) {
            assertThat(casekit.cases().getByNumber("anna", number).state()).isEqualTo(CaseState.RESOLVED);
        }
        List<String> open = pageNumbersAll("/cases?view=open", "anna");
        assertThat(open).isNotEmpty().doesNotContainAnyElementsOf(resolved);
    }

    @Test
    void theSearchTakesAWildcard() throws Exception {
        Case c = openCase("gina", "Zeppelin hangar door sticks");

        assertThat(pageNumbersAll("/cases?q=zeppelin*", "gina")).containsExactly(c.number());
        assertThat(pageNumbersAll("/cases?q=*hangar*", "gina")).containsExactly(c.number());
        assertThat(pageNumbersAll("/cases?q=*hangar*", "anna")).isEmpty();
    }

    @Test
    void everyListedColumnSortsBothWays() throws Exception {
        for (String column : List.of("number", "title", "case_type", "priority", "status_reason", "created", "modified")) {
            List<String> ascending = pageNumbersAll("/cases?sort=" + column + "&dir=asc", "hanna");
            List<String> descending = pageNumbersAll("/cases?sort=" + column + "&dir=desc", "hanna");
            assertThat(descending).as(column).containsExactlyInAnyOrderElementsOf(ascending);
        }
        List<String> byNumber = pageNumbersAll("/cases?sort=number&dir=asc", "hanna");
        assertThat(byNumber).isSorted();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        for (int i = 0; i < 30; i++) {
            openCase("sam", "Paging case " + i);
        }
        List<String> all = pageNumbersAll("/cases?sort=title", "sam");

        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(numbers(casesOf(DemoPeople.SOYLENT)));
    }

    @Test
    void aBadListParameterIsABadRequestNamingIt() throws Exception {
        mvc.perform(get("/cases").with(as("anna")).param("sort", "salary")).andExpect(status().isBadRequest());
        mvc.perform(get("/cases").with(as("anna")).param("after", "not-a-cursor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("after")));
        mvc.perform(get("/cases").with(as("anna")).param("view", "no-such-view")).andExpect(status().isBadRequest());
    }

    @Test
    void theExcelExportHoldsTheListWithTheUsersLabels() throws Exception {
        byte[] xlsx = mvc.perform(get("/cases/export").with(as("anna")).param("format", "xlsx").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("cases.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> numbers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Case number");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    numbers.add(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Acme Facilities NV");
                }
            }
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(numbers(casesOf(DemoPeople.ACME)));
    }

    @Test
    void theCsvExportFollowsTheListsViewAndNeutralisesFormulas() throws Exception {
        Case formula = openCase("gina", "=HYPERLINK(\"http://evil.example\")");
        String csv = mvc.perform(get("/cases/export").with(as("gina")).param("format", "csv").param("view", "all-cases"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).extracting(r -> r.get(0)).containsExactlyInAnyOrderElementsOf(numbers(casesOf(DemoPeople.GLOBEX)));
        CSVRecord row = records.stream().filter(r -> r.get(0).equals(formula.number())).findFirst().orElseThrow();
        assertThat(row.get(1)).doesNotStartWith("=").contains("HYPERLINK");
    }

    @Test
    void anAgentHasNoCustomerListButTheDesk() throws Exception {
        mvc.perform(get("/").with(as("alice"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases").with(as("alice"))).andExpect(status().isForbidden());
        mvc.perform(get("/new").with(as("alice"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk").with(as("alice"))).andExpect(status().isOk()).andExpect(content().string(not(containsString("nav-new"))));
    }

    /**
     * @param start the list's first URL
     * @param actorId who looks
     * @return the case numbers of every page of the list, following the next-page links
     */
    private List<String> pageNumbersAll(String start, String actorId) throws Exception {
        List<String> numbers = new ArrayList<>();
        String url = start;
        while (url != null) {
            String page = mvc.perform(get(url).with(as(actorId))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Matcher links = CASE_LINK.matcher(page);
            while (links.find()) {
                numbers.add(links.group(1));
            }
            Matcher next = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"").matcher(page);
            url = next.find() ? next.group(1).replace("&amp;", "&") : null;
        }
        return numbers;
    }

    private static Set<String> numbers(List<Case> cases) {
        return cases.stream().map(Case::number).collect(java.util.stream.Collectors.toSet());
    }
}
