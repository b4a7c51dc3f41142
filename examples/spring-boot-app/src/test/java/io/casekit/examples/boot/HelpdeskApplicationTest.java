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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The example application starts from its properties alone, runs its lifecycle, and leaves meters, mail and health. */
class HelpdeskApplicationTest {

    @Test
    void theApplicationRunsALifecycleWithMailMetersAndHealthFromItsPropertiesAlone() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (ConfigurableApplicationContext context = SpringApplication.run(HelpdeskApplication.class,
                "--spring.datasource.url=jdbc:h2:mem:helpdesk-test;DB_CLOSE_DELAY=-1", "--casekit.mail.port=" + port)) {
            LifecycleRun.Report report = context.getBean(LifecycleRun.class).last().orElseThrow();

            assertThat(report.status()).isEqualTo("410");
            assertThat(report.mails()).hasSize(4).allSatisfy(subject -> assertThat(subject).contains("[" + report.number() + "]"));
            assertThat(report.meters())
                    .containsEntry("casekit.commands{command=OpenCase,outcome=accepted,refusal=none}", 1.0)
                    .containsEntry("casekit.commands{command=Resolve,outcome=accepted,refusal=none}", 1.0)
                    .containsEntry("casekit.notifications.deliveries{outcome=delivered}", 4.0)
                    .containsEntry("casekit.outbox.pending", 0.0);
            assertThat(report.health()).containsExactly(java.util.Map.entry("store", "UP"), java.util.Map.entry("outbox", "UP"),
                    java.util.Map.entry("scheduler", "UP"));
        }
    }
}
