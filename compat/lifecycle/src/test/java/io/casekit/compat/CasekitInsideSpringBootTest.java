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
package io.casekit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Resolve;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.notify.DispatchReport;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.notifications.smtp.SmtpNotifier;
import io.casekit.notifications.smtp.SmtpSecurity;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case's whole life inside a Spring Boot application's dependency management: the module that runs
 * this test imports one Spring Boot BOM before casekit-bom, so H2, Flyway, HikariCP, Jackson, Jakarta
 * Mail, Hibernate Validator and SLF4J are the versions that Boot line manages. The first test proves
 * that they are (the expected versions come from the module's POM), so the others cannot pass on
 * Casekit's own versions by accident.
 */
class CasekitInsideSpringBootTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(Actor.contact("anna", "Anna", "ACME").authorised().email("anna@acme.test").build())
            .add(Actor.agent("alice", "Alice").email("alice@desk.test").build());
    private GreenMail smtp;
    private HikariDataSource dataSource;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource = new HikariDataSource(config);
    }

    @AfterEach
    void stop() {
        dataSource.close();
        smtp.stop();
    }

    @Test
    void theClassPathHoldsTheVersionsThisBootLineManages() {
        assertThat(org.h2.engine.Constants.VERSION).as("H2 (its jar has no pom.properties)").isEqualTo(System.getProperty("expected.h2"));
        assertThat(versionOf("org.flywaydb", "flyway-core")).isEqualTo(System.getProperty("expected.flyway"));
        assertThat(versionOf("tools.jackson.core", "jackson-core")).isEqualTo(System.getProperty("expected.jackson-core"));
        assertThat(versionOf("com.fasterxml.jackson.core", "jackson-annotations"))
                .isEqualTo(System.getProperty("expected.jackson-annotations"));
        assertThat(versionOf("org.hibernate.validator", "hibernate-validator"))
                .isEqualTo(System.getProperty("expected.hibernate-validator"));
    }

    @Test
    void aDefinitionWrittenAsYamlAndJsonReadsBackEqual() {
        WorkflowDefinition preset = Presets.load("it-services");

        String yaml = WorkflowDefinitions.toYaml(preset);
        String json = WorkflowDefinitions.toJson(preset);

        assertThat(WorkflowDefinitions.toYaml(WorkflowDefinitions.fromYaml(yaml))).isEqualTo(yaml);
        assertThat(WorkflowDefinitions.toJson(WorkflowDefinitions.fromJson(json))).isEqualTo(json);
        assertThat(WorkflowDefinitions.toYaml(WorkflowDefinitions.fromJson(json))).isEqualTo(yaml);
        assertThat(WorkflowDefinitions.jsonSchema()).contains("\"$schema\"");
    }

    @Test
    void aCaseLivesItsWholeLifeOnTheJdbcStoreAndMailsItsRequester() throws Exception {
        try (SmtpNotifier notifier = SmtpNotifier.builder()
                .host(smtp.getSmtp().getBindTo()).port(smtp.getSmtp().getPort()).security(SmtpSecurity.NONE)
                .from("desk@casekit.test", "Casekit Desk").build()) {
            Casekit casekit = Casekit.builder()
                    .store(JdbcCaseStore.builder(dataSource).migrate(true).build())
                    .identity(directory).clock(clock).notifier(notifier)
                    .definition(WorkflowDefinitions.fromYaml(WorkflowDefinitions.toYaml(Presets.load("it-services"))))
                    .nodeId("compat").build();

            Case opened = casekit.cases().execute("anna", OpenCase.builder().title("VPN drops").description("Every five minutes")
                    .caseType("Incident").priority("P3").customField("expertiseDomain", "MWI").build());
            casekit.cases().execute("alice", new Assign(opened.id(), Owner.agent("alice")));
            casekit.cases().execute("alice", new Resolve(opened.id(), "Client updated"));
            clock.advance(Duration.ofDays(7));
            assertThat(casekit.scheduler().runDue()).isPositive();
            DispatchReport mails = casekit.dispatcher().runDue();

            Case closed = casekit.cases().get("anna", opened.id());
            assertThat(closed.statusReason()).isEqualTo("450");
            assertThat(closed.state()).isEqualTo(CaseState.RESOLVED);
            assertThat(mails.failed() + mails.lost() + mails.rescheduled()).isZero();
            MimeMessage[] received = smtp.getReceivedMessages();
            // the confirmation, "picked up", the resolution (410) and the closing (450)
            assertThat(received).hasSize(mails.delivered()).hasSize(4);
            assertThat(Arrays.stream(received).map(CasekitInsideSpringBootTest::recipient)).containsOnly("anna@acme.test");
            assertThat(received[0].getSubject()).startsWith("Case received: VPN drops").endsWith("[" + opened.number() + "]");
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version of an artifact on the class path, from the pom.properties Maven puts in its jar. */
    private static String versionOf(String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = CasekitInsideSpringBootTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s:%s on the class path", groupId, artifactId).isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
