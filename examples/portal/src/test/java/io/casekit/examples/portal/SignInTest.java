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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casekit.examples.portal.demo.DemoPeople;
import io.casekit.examples.portal.demo.DevelopmentMailServer.ReceivedMail;
import io.casekit.examples.portal.signin.PortalUser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in with a mailed code, the pages that need none, and the protections every page has. */
class SignInTest extends PortalPageTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Test
    void aContactSignsInWithTheCodeMailedToIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).param("email", "bart@acme.example").with(csrf()))
                .andExpect(redirectedUrl("/sign-in/code"));
        String code = codeMailedTo("bart@acme.example");

        MvcResult signedIn = mvc.perform(post("/sign-in/code").session(session).param("code", code).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();

        MockHttpSession after = (MockHttpSession) signedIn.getRequest().getSession();
        SecurityContext context = (SecurityContext) after.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(PortalUser.class,
                user -> assertThat(user.actorId()).isEqualTo("bart"));
        mvc.perform(get("/").session(after)).andExpect(status().isOk()).andExpect(content().string(containsString("Bart Claes")));
    }

    @Test
    void anAgentLandsOnTheDesk() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).param("email", "bob@vendor.example").with(csrf()));
        mvc.perform(post("/sign-in/code").session(session).param("code", codeMailedTo("bob@vendor.example")).with(csrf()))
                .andExpect(redirectedUrl("/desk"));
    }

    @Test
    void aWrongCodeIsRefusedAndSignsNobodyIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).param("email", "henk@hooli.example").with(csrf()));
        String code = codeMailedTo("henk@hooli.example");
        String wrong = code.equals("000000") ? "111111" : "000000";

        mvc.perform(post("/sign-in/code").session(session).param("code", wrong).with(csrf()))
                .andExpect(redirectedUrl("/sign-in/code"))
                .andExpect(flash().attribute("error", "signin.refused.WRONG_CODE"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        int before = mail.received(Optional.empty()).size();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/sign-in").session(session).param("email", "nobody@acme.example").with(csrf()))
                .andExpect(redirectedUrl("/sign-in/code"));
        mvc.perform(post("/sign-in/code").session(session).param("code", "123456").with(csrf()))
                .andExpect(redirectedUrl("/sign-in/code"));

        assertThat(mail.received(Optional.of("nobody@acme.example"))).isEmpty();
        assertThat(mail.received(Optional.empty())).hasSize(before);
    }

    @Test
    void aCodeWithoutARequestIsRefused() throws Exception {
        mvc.perform(post("/sign-in/code").param("code", "123456").with(csrf()))
                .andExpect(redirectedUrl("/sign-in/code"))
                .andExpect(flash().attribute("error", "signin.refused.NO_CODE"));
    }

    @Test
    void everyPageButSignInAndMailboxNeedsASignedInPerson() throws Exception {
        for (String page : List.of("/", "/cases", "/new", "/desk", "/case/CAS-00001-AAAAAA", "/cases/export?format=csv")) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/sign-in"));
        }
        mvc.perform(get("/sign-in")).andExpect(status().isOk());
        mvc.perform(get("/mailbox")).andExpect(status().isOk());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/sign-in").param("email", "anna@acme.example")).andExpect(status().isForbidden());
        mvc.perform(post("/new").with(as("anna")).param("title", "x")).andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void theLanguageSwitchChangesThePage() throws Exception {
        mvc.perform(get("/sign-in").param("lang", "fr")).andExpect(content().string(containsString("Envoyez-moi un code")));
        mvc.perform(get("/sign-in").param("lang", "nl")).andExpect(content().string(containsString("Stuur mij een code")));
        mvc.perform(get("/sign-in").param("lang", "en")).andExpect(content().string(containsString("Send me a code")));
    }

    @Test
    void theDemoKnowsEveryPersonByAddress() {
        DemoPeople.people().forEach(person -> assertThat(directory.findByEmail(person.email().orElseThrow())).contains(person));
    }

    private String codeMailedTo(String address) {
        List<ReceivedMail> mails = mail.received(Optional.of(address));
        assertThat(mails).as("mails to %s", address).isNotEmpty();
        Matcher matcher = CODE.matcher(mails.get(0).text());
        assertThat(matcher.find()).as("a code in %s", mails.get(0).subject()).isTrue();
        return matcher.group(1);
    }
}
