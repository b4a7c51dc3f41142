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
package io.casekit.spring.boot;

import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.spring.boot.health.CasekitHealthAutoConfiguration;
import io.casekit.spring.boot.metrics.CasekitMetricsAutoConfiguration;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the tests start: the starter's auto-configurations and a portal's directory of people. */
final class Portals {

    static final String ANNA = "anna";
    static final String ALICE = "alice";

    private Portals() {}

    /** The starter alone, with the application's directory; no DataSource, no registry, no mail. */
    static ApplicationContextRunner starter() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CasekitStoreAutoConfiguration.class, CasekitMailAutoConfiguration.class,
                        CasekitAutoConfiguration.class, CasekitMetricsAutoConfiguration.class, CasekitHealthAutoConfiguration.class))
                .withUserConfiguration(Directory.class)
                .withPropertyValues("casekit.definitions=it-services");
    }

    /** The starter on an H2 database of its own, through Boot's DataSource auto-configuration. */
    static ApplicationContextRunner onH2(String database) {
        return starter().withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "spring.datasource.username=sa");
    }

    /** A portal's people: ACME with Anna (a contact) and GLOBEX; Alice, an agent. */
    @Configuration(proxyBeanMethods = false)
    static class Directory {

        @Bean
        InMemoryDirectory directory() {
            return new InMemoryDirectory()
                    .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                    .add(new Customer("GLOBEX", "Globex BV", Optional.empty()))
                    .add(Actor.contact(ANNA, "Anna Acme", "ACME").authorised().email("anna@acme.test").build())
                    .add(Actor.contact("gina", "Gina Globex", "GLOBEX").authorised().email("gina@globex.test").build())
                    .add(Actor.agent(ALICE, "Alice Agent").teams("first-line").email("alice@desk.test").build());
        }
    }
}
