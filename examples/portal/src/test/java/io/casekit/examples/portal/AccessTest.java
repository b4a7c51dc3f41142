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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casekit.examples.portal.demo.DevelopmentMailServer.ReceivedMail;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.spi.access.AccessRequestState;
import io.casekit.spi.access.StoredAccessRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Getting in without an account: an access request, the desk's approval, the invitation and its redemption. */
class AccessTest extends PortalPageTest {

    private static final Pattern LINK = Pattern.compile("/invitation\\?code=([A-Za-z0-9-]+)");

    @Test
    void anAccessRequestApprovedByTheDeskEndsInASignedInContact() throws Exception {
        mvc.perform(post("/access-request").param("name", "Greta Globex").param("email", "greta@globex.example")
                        .param("company", "Globex Software").param("reason", "I order the licences").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"done\"")));
        StoredAccessRequest request = casekit.accessRequests().list("alice", Optional.of(AccessRequestState.PENDING)).stream()
                .filter(r -> r.email().equals("greta@globex.example")).findFirst().orElseThrow();
        mvc.perform(get("/desk/access-requests").with(as("alice")))
                .andExpect(content().string(containsString("greta@globex.example")));

        mvc.perform(post("/desk/access-requests").param("id", request.id()).param("decision", "approve").param("customer", "GLOBEX")
                        .with(as("alice")).with(csrf()))
                .andExpect(flash().attribute("done", true));

        String code = invitationCodeMailedTo("greta@globex.example");
        mvc.perform(get("/invitation").param("code", code)).andExpect(content().string(containsString("value=\"" + code + "\"")));
        MockHttpSession session = new MockHttpSession();
        var result = mvc.perform(post("/invitation").session(session).param("code", code).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        SecurityContext context = (SecurityContext) result.getRequest().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        PortalUser greta = (PortalUser) context.getAuthentication().getPrincipal();
        assertThat(greta.customerId()).contains("GLOBEX");
        assertThat(directory.findByEmail("greta@globex.example")).isPresent();

        mvc.perform(post("/invitation").param("code", code).with(csrf()))
                .andExpect(redirectedUrl("/invitation"))
                .andExpect(flash().attribute("error", "signin.refused.USED"));
    }

    @Test
    void anIncompleteAccessRequestComesBackWithTheFieldNamed() throws Exception {
        mvc.perform(post("/access-request").param("name", "No Mail").param("email", "not-an-address")
                        .param("company", "Globex").param("reason", "x").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("email")))
                .andExpect(content().string(containsString("value=\"No Mail\"")));
    }

    @Test
    void anUnknownInvitationCodeIsRefused() throws Exception {
        mvc.perform(post("/invitation").param("code", "NOPE-NOPE").with(csrf()))
                .andExpect(redirectedUrl("/invitation"))
                .andExpect(flash().attribute("error", "signin.refused.NO_CODE"));
    }

    @Test
    void onlyAnAuthorisedContactMayInviteAndSeesTheInvitations() throws Exception {
        assertThat(casekit.definitionForNewCase("ACME").contactsMayInvite()).as("Acme's variant lets its contacts invite").isTrue();

        mvc.perform(get("/colleagues").with(as("bart")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anna de Vries")))
                .andExpect(content().string(not(containsString("id=\"invite\""))));
        mvc.perform(post("/colleagues/invite").param("email", "new@acme.example").param("name", "New One").with(as("bart")).with(csrf()))
                .andExpect(flash().attributeExists("error"));
        assertThat(mail.received(Optional.of("new@acme.example"))).isEmpty();

        mvc.perform(post("/colleagues/invite").param("email", "new@acme.example").param("name", "New One").with(as("anna")).with(csrf()))
                .andExpect(flash().attribute("done", true));
        assertThat(invitationCodeMailedTo("new@acme.example")).isNotBlank();
        mvc.perform(get("/colleagues").with(as("anna")))
                .andExpect(content().string(containsString("id=\"invite\"")))
                .andExpect(content().string(containsString("new@acme.example")));
    }

    private String invitationCodeMailedTo(String address) {
        List<ReceivedMail> mails = mail.received(Optional.of(address));
        assertThat(mails).as("mails to %s", address).isNotEmpty();
        Matcher matcher = LINK.matcher(mails.get(0).text());
        assertThat(matcher.find()).as("a link in %s", mails.get(0).text()).isTrue();
        return matcher.group(1);
    }
}
