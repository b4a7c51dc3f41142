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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casekit.core.attachments.AttachmentUpload;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.examples.portal.demo.DemoPeople;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A contact of one customer trying to reach another customer's data through every path the portal
 * has: the case page by number, each action, a file by id (through the other case or its own),
 * the lists, the search and the export. Each gets the "not found" a missing case gets, and nothing
 * changes.
 */
class CrossCustomerTest extends PortalPageTest {

    private static final byte[] TEXT = "secret of globex".getBytes(StandardCharsets.UTF_8);

    @Test
    void anotherCustomersCasePageIsNotFound() throws Exception {
        Case theirs = openCase("gina", "Globex secret plans");

        mvc.perform(get("/case/" + theirs.number()).with(as("anna")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Globex secret plans"))));
        mvc.perform(get("/case/CAS-99999-NOSUCH").with(as("anna"))).andExpect(status().isNotFound());
    }

    @Test
    void noActionReachesAnotherCustomersCase() throws Exception {
        Case theirs = openCase("gina", "Untouchable");
        long version = theirs.version();
        String base = "/case/" + theirs.number();

        mvc.perform(post(base + "/comment").param("body", "hello").with(as("anna")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(multipart(base + "/comment").file(new MockMultipartFile("files", "a.txt", "text/plain", TEXT)).param("body", "x")
                .with(as("anna")).with(csrf())).andExpect(status().isNotFound());
        for (String action : List.of("cancel", "close", "resolve", "reopen")) {
            mvc.perform(post(base + "/action").param("action", action).param("comment", "x").with(as("anna")).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(base + "/priority").param("priority", "P1").with(as("anna")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(base + "/approval").param("kind", "estimate").param("decision", "approve").with(as("anna")).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(casekit.cases().get("gina", theirs.id()).version()).isEqualTo(version);
    }

    @Test
    void anotherCustomersFileIsNotFoundThroughAnyCase() throws Exception {
        Case theirs = openCase("gina", "With a secret file");
        String fileId = attach("gina", theirs);
        Case mine = openCase("anna", "My own case");

        mvc.perform(get("/case/" + theirs.number() + "/files/" + fileId).with(as("anna"))).andExpect(status().isNotFound());
        mvc.perform(get("/case/" + mine.number() + "/files/" + fileId).with(as("anna"))).andExpect(status().isNotFound());
        mvc.perform(get("/case/" + theirs.number() + "/files/" + fileId).with(as("gina")))
                .andExpect(status().isOk());
    }

    @Test
    void anInternalNotesFileIsNotFoundForTheContact() throws Exception {
        Case mine = openCase("anna", "Case with an internal file");
        casekit.cases().execute("alice", new Assign(mine.id(), new Owner.Agent("alice")));
        var stored = casekit.attachments().upload("alice", List.of(AttachmentUpload.of("notes.txt", "text/plain", TEXT)));
        casekit.cases().execute("alice", new AddComment(mine.id(), "internal file", Visibility.INTERNAL, List.of(stored.get(0).id())));

        mvc.perform(get("/case/" + mine.number() + "/files/" + stored.get(0).id().value()).with(as("anna"))).andExpect(status().isNotFound());
        mvc.perform(get("/case/" + mine.number() + "/files/" + stored.get(0).id().value()).with(as("alice"))).andExpect(status().isOk());
    }

    @Test
    void listsSearchAndExportsHoldOnlyTheContactsCustomer() throws Exception {
        Case theirs = openCase("gina", "Findable only by Globex");

        mvc.perform(get("/cases").param("q", "Findable*").with(as("anna")))
                .andExpect(content().string(not(containsString(theirs.number()))));
        mvc.perform(get("/cases/export").param("format", "csv").param("q", "Findable*").with(as("anna")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(theirs.number()))));
        String all = mvc.perform(get("/cases/export").param("format", "csv").with(as("anna")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (Case other : casesOf(DemoPeople.GLOBEX)) {
            assertThat(all).doesNotContain(other.number());
        }
    }

    @Test
    void aContactNeverReachesTheDesk() throws Exception {
        Case mine = openCase("anna", "Desk probe");
        mvc.perform(get("/desk").with(as("anna"))).andExpect(status().isForbidden());
        mvc.perform(post("/desk/case/" + mine.number() + "/note").param("body", "x").with(as("anna")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/desk/case/" + mine.number() + "/assign").param("to", "me").with(as("anna")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(casekit.cases().timeline("alice", mine.id())).noneMatch(CommentAdded.class::isInstance);
    }

    private String attach(String contactId, Case c) throws Exception {
        mvc.perform(multipart("/case/" + c.number() + "/comment").file(new MockMultipartFile("files", "plan.txt", "text/plain", TEXT))
                .param("body", "the plan").with(as(contactId)).with(csrf()));
        return casekit.cases().timeline(contactId, c.id()).stream()
                .filter(CommentAdded.class::isInstance).map(CommentAdded.class::cast)
                .flatMap(comment -> comment.attachments().stream()).findFirst().orElseThrow().id().value();
    }
}
