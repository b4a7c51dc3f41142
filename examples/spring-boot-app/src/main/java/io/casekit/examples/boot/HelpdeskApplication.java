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
package io.casekit.examples.boot;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A helpdesk application on Casekit's Spring Boot starter: the store, the definitions, the mail, the
 * scheduler and dispatcher, the meters and the health come from {@code application.properties}. The
 * application adds only what is its own: who its people are (here a fixed directory; a portal plugs
 * in its user store) and, for the demo, a development mail server. It runs one case's lifecycle,
 * prints the meters and the health it left, and stops.
 */
@SpringBootApplication
public class HelpdeskApplication {

    /**
     * Starts the application, runs the lifecycle and stops again (gracefully: the dispatcher finishes
     * the mail under way).
     *
     * @param args Spring Boot arguments, such as {@code --casekit.mail.port=2525}
     */
    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = SpringApplication.run(HelpdeskApplication.class, args)) {
            context.getBean(LifecycleRun.class).last().orElseThrow(() -> new IllegalStateException("the lifecycle did not run"));
        }
    }

    /** {@return the application's people: two customers, their contacts and an agent} */
    @Bean
    InMemoryDirectory directory() {
        return new InMemoryDirectory()
                .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                .add(new Customer("GLOBEX", "Globex BV", Optional.empty()))
                .add(Actor.contact(LifecycleRun.CONTACT, "Anna de Vries", "ACME").authorised().email("anna@acme.example").build())
                .add(Actor.contact("gina", "Gina Peeters", "GLOBEX").email("gina@globex.example").build())
                .add(Actor.agent(LifecycleRun.AGENT, "Alice Janssens").teams("first-line").email("alice@vendor.example").build());
    }

    /**
     * @param port the port Casekit sends mail to
     * @return the development mail server, started before anything is sent and stopped last
     */
    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail developmentMailServer(@Value("${casekit.mail.port}") int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /**
     * @param run the lifecycle
     * @return what runs it once the application has started
     */
    @Bean
    ApplicationRunner runLifecycle(LifecycleRun run) {
        return arguments -> run.run();
    }
}
