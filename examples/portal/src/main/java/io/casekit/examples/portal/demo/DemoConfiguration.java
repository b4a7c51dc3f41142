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
package io.casekit.examples.portal.demo;

import io.casekit.core.Casekit;
import io.casekit.core.identity.InMemoryDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo's beans: its people, and the development mail server and desk inbox unless switched off. */
@Configuration
public class DemoConfiguration {

    /** {@return the demo's customers, contacts and agents, Casekit's identity provider} */
    @Bean
    InMemoryDirectory directory() {
        return DemoPeople.directory();
    }

    /**
     * @param port the port Casekit sends mail to ({@code casekit.mail.port})
     * @return the development mail server, started before Casekit sends anything
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.development-mail", matchIfMissing = true)
    DevelopmentMailServer developmentMailServer(@Value("${casekit.mail.port}") int port) {
        return new DevelopmentMailServer(port);
    }

    /**
     * @param server the development mail server
     * @param casekit routes the desk's mail
     * @param deskAddress the desk's address, which Casekit's mails come from
     * @return the desk's mail reader
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.development-mail", matchIfMissing = true)
    DevelopmentDeskInbox developmentDeskInbox(DevelopmentMailServer server, Casekit casekit,
            @Value("${casekit.mail.from}") String deskAddress) {
        return new DevelopmentDeskInbox(server, casekit, deskAddress);
    }
}
