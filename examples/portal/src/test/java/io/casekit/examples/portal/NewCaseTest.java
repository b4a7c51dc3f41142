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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casekit.examples.portal.demo.DemoPeople;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.model.Case;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** The new-case form: drawn from the customer's definition, checked by Casekit before anything is stored. */
class NewCaseTest extends PortalPageTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Value("${casekit.attachments.directory}")
    private Path files;

    @Test
    void theFormOffersTheDefinitionsCaseTypesAndFields() throws Exception {
        mvc.perform(get("/new").with(as("anna")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Service Request\"")))
                .andExpect(content().string(containsString("name=\"field.expertiseDomain\"")))
                .andExpect(content().string(containsString("at most 5 files of 90 MB")));
        mvc.perform(get("/new").with(as("ivo")))
                .andExpect(content().string(containsString("value=\"Consultant Request\"")));
    }

    @Test
    void aCustomerWithoutContractIsToldItsPriority() throws Exception {
        mvc.perform(get("/new").with(as("sam")).param("lang", "en"))
                .andExpect(content().string(containsString("Without a support contract, every case gets priority")));
        mvc.perform(get("/new").with(as("gina")).param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Without a support contract"))));
    }

    @Test
    void aCaseIsFiledWithItsAttachment() throws Exception {
        MvcResult result = mvc.perform(multipart("/new")
                        .file(new MockMultipartFile("files", "screen.pdf", "application/pdf", PDF))
                        .param("title", "Screen flickers")
                        .param("description", "Since this morning.")
                        .param("caseType", "Incident")
                        .param("priority", "P2")
                        .param("field.expertiseDomain", "MWA")
                        .with(as("anna")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        String number = result.getResponse().getRedirectedUrl().substring("/case/".length());
        Case c = casekit.cases().getByNumber("anna", number);
        assertThat(c.title()).isEqualTo("Screen flickers");
        assertThat(c.priority()).isEqualTo("P2");
        assertThat(c.customFields().get("expertiseDomain").text()).isEqualTo("MWA");
        CaseOpened opened = (CaseOpened) casekit.cases().timeline("anna", c.id()).get(0);
        assertThat(opened.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("screen.pdf");
            assertThat(file.size()).isEqualTo(PDF.length);
        });
    }

    @Test
    void aFormattedDescriptionIsStoredSanitisedAndShownFormatted() throws Exception {
        MvcResult result = mvc.perform(multipart("/new")
                        .param("title", "Formatted")
                        .param("description", "Steps:\n\n- **open** the app\n- click [here](javascript:alert(1))\n\n<script>alert(2)</script>")
                        .param("formatted", "true")
                        .param("caseType", "Incident")
                        .param("field.expertiseDomain", "MWI")
                        .with(as("anna")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        Case c = casekit.cases().getByNumber("anna", result.getResponse().getRedirectedUrl().substring("/case/".length()));
        assertThat(c.descriptionHtml()).hasValueSatisfying(html -> assertThat(html)
                .contains("<strong>open</strong>", "<li>")
                .doesNotContain("<script", "javascript:"));
        mvc.perform(get("/case/" + c.number()).with(as("anna")))
                .andExpect(content().string(containsString("<strong>open</strong>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert"))));
    }

    @Test
    void aRefusedCaseComesBackFilledInAndStoresNothing() throws Exception {
        int cases = casesOf(DemoPeople.ACME).size();
        long stored = storedFiles();

        mvc.perform(multipart("/new")
                        .file(new MockMultipartFile("files", "screen.pdf", "application/pdf", PDF))
                        .param("title", "")
                        .param("description", "Kept when refused")
                        .param("caseType", "Incident")
                        .with(as("anna")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("error", containsString("title")))
                .andExpect(content().string(containsString("Kept when refused")));

        assertThat(casesOf(DemoPeople.ACME)).hasSize(cases);
        assertThat(storedFiles()).isEqualTo(stored);
    }

    @Test
    void aFileOfAForbiddenTypeIsRefusedBeforeAnythingIsStored() throws Exception {
        int cases = casesOf(DemoPeople.ACME).size();
        long stored = storedFiles();

        mvc.perform(multipart("/new")
                        .file(new MockMultipartFile("files", "page.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "With a page")
                        .param("description", "x")
                        .param("caseType", "Incident")
                        .param("field.expertiseDomain", "MWI")
                        .with(as("anna")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("error", containsString("contentType")));

        assertThat(casesOf(DemoPeople.ACME)).hasSize(cases);
        assertThat(storedFiles()).isEqualTo(stored);
    }

    @Test
    void aSixthFileIsRefused() throws Exception {
        var request = multipart("/new");
        for (int i = 0; i < 6; i++) {
            request.file(new MockMultipartFile("files", "f" + i + ".pdf", "application/pdf", PDF));
        }
        mvc.perform(request.param("title", "Six files").param("description", "x").param("caseType", "Incident")
                        .param("field.expertiseDomain", "MWI").with(as("anna")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("error"));
        assertThat(casesOf(DemoPeople.ACME)).noneMatch(c -> c.title().equals("Six files"));
    }

    private long storedFiles() throws Exception {
        try (Stream<Path> all = Files.walk(files)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
