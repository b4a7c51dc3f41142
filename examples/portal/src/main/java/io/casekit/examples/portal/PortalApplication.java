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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The reference portal: a customer portal and a service desk on Casekit, started with
 * {@code ./mvnw -pl examples/portal exec:java} on {@code http://localhost:8080}.
 *
 * <p>Everything Casekit does comes from the starter and {@code application.properties}; this
 * application adds the pages, the sign-in, the demo people and cases, and a development mail server
 * whose mails the portal shows on its mailbox page.
 */
// no user names and passwords: people sign in with a code that Casekit mails them
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class PortalApplication {

    /**
     * Starts the portal.
     *
     * @param args Spring Boot arguments, such as {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
