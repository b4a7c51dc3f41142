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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casekit.core.approvals.Approval;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.RequestApproval;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** The case page: what each person sees of a case and what it may do there. */
class CasePageTest extends PortalPageTest {

    @Test
    void aContactSeesThePublicTimelineButNeverAnInternalNote() throws Exception {
        Case c = openCase("anna", "Timeline case");
        casekit.cases().execute("alice", new AddComment(c.id(), "Internal: customer is on the old firmware", Visibility.INTERNAL));
        casekit.cases().execute("alice", new AddComment(c.id(), "Public: please restart the device", Visibility.PUBLIC));

        mvc.perform(get("/case/" + c.number()).with(as("anna")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Public: please restart the device")))
                .andExpect(content().string(not(containsString("old firmware"))))
                .andExpect(content().string(not(containsString("desk-panel"))));
        mvc.perform(get("/case/" + c.number()).with(as("alice")))
                .andExpect(content().string(containsString("Internal: customer is on the old firmware")))
                .andExpect(content().string(containsString("desk-panel")));
    }

    @Test
    void aReplyWithAFileLandsOnTheTimelineAndDownloadsAsAnAttachment() throws Exception {
        Case c = openCase("anna", "Reply case");
        byte[] text = "log line 1\nlog line 2\n".getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/case/" + c.number() + "/comment")
                        .file(new MockMultipartFile("files", "log.txt", "text/plain", text))
                        .param("body", "Here is the log.")
                        .with(as("anna")).with(csrf()))
                .andExpect(redirectedUrl("/case/" + c.number()))
                .andExpect(flash().attribute("done", true));

        CommentAdded reply = casekit.cases().timeline("anna", c.id()).stream()
                .filter(CommentAdded.class::isInstance).map(CommentAdded.class::cast).findFirst().orElseThrow();
        assertThat(reply.body()).isEqualTo("Here is the log.");
        assertThat(reply.visibility()).isEqualTo(Visibility.PUBLIC);
        String id = reply.attachments().get(0).id().value();
        byte[] downloaded = mvc.perform(get("/case/" + c.number() + "/files/" + id).with(as("bart")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(text);
    }

    @Test
    void aContactCannotPostAnInternalNote() throws Exception {
        Case c = openCase("anna", "No internal notes for contacts");

        mvc.perform(post("/case/" + c.number() + "/comment").param("body", "sneaky").param("internal", "true").with(as("anna")).with(csrf()))
                .andExpect(flash().attributeExists("error"));

        assertThat(casekit.cases().timeline("alice", c.id())).noneMatch(CommentAdded.class::isInstance);
    }

    @Test
    void aContactCancelsWithTheReasonTheDefinitionAsks() throws Exception {
        Case c = openCase("anna", "To cancel");

        mvc.perform(post("/case/" + c.number() + "/action").param("action", "cancel").with(as("anna")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("comment")));
        assertThat(casekit.cases().get("anna", c.id()).statusReason()).isEqualTo("100");

        mvc.perform(post("/case/" + c.number() + "/action").param("action", "cancel").param("comment", "Not needed any more")
                        .with(as("anna")).with(csrf()))
                .andExpect(flash().attribute("done", true));
        assertThat(casekit.cases().get("anna", c.id()).statusReason()).isEqualTo("420");
    }

    @Test
    void onlyTheActionsTheDefinitionAllowsAreOffered() throws Exception {
        Case c = openCase("anna", "Offered actions");

        mvc.perform(get("/case/" + c.number()).with(as("anna")))
                .andExpect(content().string(containsString("id=\"action-cancel\"")))
                .andExpect(content().string(not(containsString("id=\"action-close\""))))
                .andExpect(content().string(not(containsString("id=\"action-reopen\""))));
        mvc.perform(post("/case/" + c.number() + "/action").param("action", "close").param("comment", "x").with(as("anna")).with(csrf()))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post("/case/" + c.number() + "/action").param("action", "explode").with(as("anna")).with(csrf()))
                .andExpect(flash().attributeExists("error"));
    }

    @Test
    void anAuthorisedContactApprovesTheHoursAndAnotherContactCannot() throws Exception {
        Case c = casekit.cases().execute("ivo", OpenCase.builder().title("New report").description("Please build it.")
                .caseType("Change Request").build());
        casekit.cases().execute("carla", new Assign(c.id(), new Owner.Agent("carla")));
        String kind = "analysis-hours";
        assertThat(casekit.cases().allowedActions("carla", c.id()).approvalsToRequest()).contains(kind);
        casekit.cases().execute("carla", new RequestApproval(c.id(), kind, Optional.of("16"), Optional.empty()));

        mvc.perform(get("/case/" + c.number()).with(as("ilse")))
                .andExpect(content().string(not(containsString("id=\"approve-" + kind + "\""))));
        mvc.perform(post("/case/" + c.number() + "/approval").param("kind", kind).param("decision", "approve")
                        .with(as("ilse")).with(csrf()))
                .andExpect(flash().attributeExists("error"));
        assertThat(casekit.cases().approvals("ivo", c.id())).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(Approval.Status.PENDING));

        mvc.perform(get("/case/" + c.number()).with(as("ivo")))
                .andExpect(content().string(containsString("id=\"approve-" + kind + "\"")));
        mvc.perform(post("/case/" + c.number() + "/approval").param("kind", kind).param("decision", "approve")
                        .with(as("ivo")).with(csrf()))
                .andExpect(flash().attribute("done", true));

        assertThat(casekit.cases().approvals("ivo", c.id())).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(kind);
            assertThat(a.status()).isEqualTo(Approval.Status.GRANTED);
        });
    }

    @Test
    void anAgentMovesTheStageTheDefinitionAllows() throws Exception {
        Case c = casekit.cases().execute("ivo", OpenCase.builder().title("Stage case").description("d").caseType("Change Request").build());
        casekit.cases().execute("carla", new Assign(c.id(), new Owner.Agent("carla")));
        assertThat(casekit.cases().allowedActions("carla", c.id()).stages()).as("Analysis waits for the approval of its hours").isEmpty();
        casekit.cases().execute("carla", new RequestApproval(c.id(), "analysis-hours", Optional.of("4"), Optional.empty()));
        casekit.cases().execute("ivo", new Approve(c.id(), "analysis-hours"));
        String stage = "Analysis";

        mvc.perform(get("/case/" + c.number()).with(as("carla")))
                .andExpect(content().string(containsString("<option value=\"" + stage + "\"")));
        mvc.perform(post("/desk/case/" + c.number() + "/stage").param("stage", stage).with(as("carla")).with(csrf()))
                .andExpect(flash().attribute("done", true));

        assertThat(casekit.cases().get("carla", c.id()).stage()).contains(stage);
    }
}
