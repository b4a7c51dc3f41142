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

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.examples.portal.demo.DemoCases;
import io.casekit.examples.portal.demo.DevelopmentMailServer;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.spi.model.Case;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The portal's pages through Spring's MockMvc, on one shared application context with the demo
 * data: every test makes the cases it changes, so the tests may run in any order.
 */
@SpringBootTest(classes = PortalApplication.class)
@AutoConfigureMockMvc
@Import(PortalTestContext.class)
public abstract class PortalPageTest {

    /** The pages. */
    @Autowired
    protected MockMvc mvc;

    /** Casekit, to arrange cases and check what the pages did. */
    @Autowired
    protected Casekit casekit;

    /** The demo's people. */
    @Autowired
    protected InMemoryDirectory directory;

    /** The development mail server. */
    @Autowired
    protected DevelopmentMailServer mail;

    /** The clock of the context. */
    @Autowired
    protected ManualClock clock;

    /** @param registry the context's own database, mail port and attachment directory */
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
    }

    /**
     * @param actorId a demo person
     * @return a request signed in as that person, as the code sign-in leaves it
     */
    protected RequestPostProcessor as(String actorId) {
        PortalUser user = PortalUser.of(directory.findActor(actorId).orElseThrow());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    /**
     * Opens a case through Casekit, as a contact would on the form.
     *
     * @param contactId the contact
     * @param title the title
     * @return the case
     */
    protected Case openCase(String contactId, String title) {
        String customer = directory.findActor(contactId).orElseThrow().customerId().orElseThrow();
        var definition = casekit.definitionForNewCase(customer);
        var type = definition.caseTypes().get(0);
        return casekit.cases().execute(contactId, DemoCases.openCase(definition, type, type.defaultPriority(), title));
    }

    /**
     * @param customerId a customer
     * @return every case of the customer, as the desk sees them
     */
    protected List<Case> casesOf(String customerId) {
        return casekit.cases()
                .search("alice", CaseQuery.firstPage(CaseFilter.builder().customerIds(customerId).build()).withPageSize(CaseQuery.MAX_PAGE_SIZE))
                .cases();
    }
}
