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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casekit.core.cases.AddComment;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The service desk's queue and actions, and the mail a contact answers from the mailbox. */
class DeskTest extends PortalPageTest {

    @Test
    void theQueueListsOpenCasesMostUrgentFirst() throws Exception {
        String page = mvc.perform(get("/desk").with(as("alice")).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        Matcher numbers = Pattern.compile("href=\"/case/([^\"]+)\"").matcher(page);
        List<String> priorities = new ArrayList<>();
        while (numbers.find()) {
            Case c = casekit.cases().getByNumber("alice", numbers.group(1));
            assertThat(c.state().isOpen()).isTrue();
            priorities.add(c.priority());
        }
        assertThat(priorities).isNotEmpty().isSorted();
    }

    @Test
    void anAgentAssignsWritesAnInternalNoteAndChangesTheStatus() throws Exception {
        Case c = openCase("anna", "Desk work");
        String base = "/desk/case/" + c.number();

        mvc.perform(post(base + "/assign").param("to", "me").with(as("alice")).with(csrf())).andExpect(flash().attribute("done", true));
        mvc.perform(post(base + "/note").param("body", "Looks like the switch").with(as("alice")).with(csrf()))
                .andExpect(flash().attribute("done", true));
        mvc.perform(post(base + "/status").param("status", "320").with(as("alice")).with(csrf())).andExpect(flash().attribute("done", true));

        Case after = casekit.cases().get("alice", c.id());
        assertThat(after.owner()).contains(new Owner.Agent("alice"));
        assertThat(after.statusReason()).isEqualTo("320");
        assertThat(casekit.cases().timeline("alice", c.id())).anySatisfy(e ->
                assertThat(e).isInstanceOfSatisfying(CommentAdded.class, note -> assertThat(note.visibility()).isEqualTo(Visibility.INTERNAL)));
        mvc.perform(get("/desk").param("scope", "mine").with(as("alice"))).andExpect(content().string(containsString(c.number())));
    }

    @Test
    void aStatusTheDefinitionDoesNotAllowIsRefusedAndChangesNothing() throws Exception {
        Case c = openCase("anna", "Wrong move");

        mvc.perform(post("/desk/case/" + c.number() + "/status").param("status", "450").with(as("alice")).with(csrf()))
                .andExpect(flash().attributeExists("error"));

        assertThat(casekit.cases().get("alice", c.id()).statusReason()).isEqualTo("100");
    }

    @Test
    void theStatusFormOffersOnlyTheAllowedTargets() throws Exception {
        Case c = openCase("anna", "Allowed targets");
        var allowed = casekit.cases().allowedActions("alice", c.id()).statuses().keySet();

        String page = mvc.perform(get("/case/" + c.number()).with(as("alice"))).andReturn().getResponse().getContentAsString();
        String select = page.substring(page.indexOf("<select id=\"status\""), page.indexOf("</select>", page.indexOf("<select id=\"status\"")));
        Matcher options = Pattern.compile("value=\"([^\"]+)\"").matcher(select);
        List<String> offered = new ArrayList<>();
        while (options.find()) {
            offered.add(options.group(1));
        }
        assertThat(offered).containsExactlyInAnyOrderElementsOf(allowed).doesNotContain("450");
    }

    @Test
    void anAgentMergesADuplicateIntoTheCase() throws Exception {
        Case target = openCase("anna", "Printer broken");
        Case duplicate = openCase("bart", "Printer broken too");

        mvc.perform(post("/desk/case/" + target.number() + "/link").param("other", duplicate.number()).param("kind", "merge")
                        .with(as("alice")).with(csrf()))
                .andExpect(flash().attribute("done", true));

        assertThat(casekit.cases().get("alice", duplicate.id()).mergedInto()).hasValueSatisfying(link ->
                assertThat(link.other()).isEqualTo(target.id()));
    }

    @Test
    void anAgentEscalatesWhereTheDefinitionHasALadder() throws Exception {
        Case ladder = openCase("ivo", "Escalate me");
        Case none = openCase("anna", "No ladder");

        mvc.perform(get("/case/" + none.number()).with(as("alice"))).andExpect(content().string(not(containsString("/escalate"))));
        mvc.perform(post("/desk/case/" + ladder.number() + "/escalate").param("reason", "Whole office waits").with(as("carla")).with(csrf()))
                .andExpect(flash().attribute("done", true));

        assertThat(casekit.cases().get("carla", ladder.id()).escalationLevel()).isGreaterThan(ladder.escalationLevel());
    }

    @Test
    void aMergeWithAnotherCustomersCaseIsRefused() throws Exception {
        Case target = openCase("anna", "Acme case");
        Case foreign = openCase("gina", "Globex case");

        mvc.perform(post("/desk/case/" + target.number() + "/link").param("other", foreign.number()).param("kind", "merge")
                        .with(as("alice")).with(csrf()))
                .andExpect(flash().attributeExists("error"));

        assertThat(casekit.cases().get("alice", foreign.id()).mergedInto()).isEmpty();
    }

    @Test
    void aContactAnswersTheMailOfItsCaseFromTheMailbox() throws Exception {
        Case c = openCase("anna", "Answered by mail");
        casekit.cases().execute("alice", new AddComment(c.id(), "Which floor?", Visibility.PUBLIC));
        await().atMost(Duration.ofSeconds(10)).until(() -> mail.received(Optional.of("anna@acme.example")).stream()
                .anyMatch(m -> m.subject().contains(c.number())));
        String subject = mail.received(Optional.of("anna@acme.example")).stream()
                .filter(m -> m.subject().contains(c.number())).findFirst().orElseThrow().subject();

        mvc.perform(post("/mailbox/reply").param("from", "anna@acme.example").param("subject", subject)
                        .param("text", "The second floor.").with(csrf()))
                .andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(casekit.cases().timeline("anna", c.id()))
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(CommentAdded.class, reply -> {
                    assertThat(reply.body()).contains("The second floor.");
                    assertThat(reply.header().actor().id()).isEqualTo("anna");
                })));
    }
}
