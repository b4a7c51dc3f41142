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

import static io.casekit.spring.boot.Portals.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.store.FileSystemAttachmentStore;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.notifications.smtp.SmtpNotifier;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.model.Case;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.store.CaseStore;
import io.casekit.spring.boot.internal.CasekitFailureAnalyzer;
import io.casekit.testkit.notify.RecordingNotifier;
import io.casekit.spi.identity.Channel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each auto-configured part on and off, backing off for the application's own beans, and the start-up failures. */
class CasekitAutoConfigurationTest {

    static OpenCase incident(String title) {
        return OpenCase.builder().title(title).description("Since the last client update the VPN drops every few minutes.")
                .caseType("Incident").priority("P2").customField("expertiseDomain", "MWI").build();
    }

    static FailureAnalysis analysis(Throwable failure) {
        FailureAnalysis analysis = new CasekitFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("Casekit explains the failure %s", failure).isNotNull();
        return analysis;
    }

    @Test
    void withoutADataSourceCasesLiveInMemoryAndALifecycleRuns() {
        Portals.starter().run(context -> {
            assertThat(context).hasSingleBean(Casekit.class).hasSingleBean(InMemoryCaseStore.class).hasSingleBean(CasekitWorkers.class)
                    .doesNotHaveBean(Notifier.class);
            Casekit casekit = context.getBean(Casekit.class);
            Case opened = casekit.cases().execute(ANNA, incident("VPN drops"));

            assertThat(context.getBean(CaseStore.class).find(opened.id())).contains(opened);
            assertThat(casekit.definitionForNewCase("ACME").id()).isEqualTo("it-services");
            CasekitWorkers workers = context.getBean(CasekitWorkers.class);
            assertThat(workers.isRunning()).as("started with the context").isTrue();
            assertThat(workers.scheduler()).isPresent();
            assertThat(workers.dispatcher()).as("no notifier, no dispatcher").isEmpty();
        });
    }

    @Test
    void withADataSourceCasesGoToTheJdbcStoreOnTheMigratedSchema() {
        Portals.onH2("jdbc-store").run(context -> {
            assertThat(context).hasSingleBean(JdbcCaseStore.class).doesNotHaveBean(InMemoryCaseStore.class);
            Case opened = context.getBean(Casekit.class).cases().execute(ANNA, incident("VPN drops"));

            JdbcCaseStore store = context.getBean(JdbcCaseStore.class);
            assertThat(store.find(opened.id())).contains(opened);
            store.checkSchema();
        });
    }

    @Test
    void withMigrationsOffAnEmptyDatabaseFailsTheStartWithTheWayOut() {
        Portals.onH2("unmigrated").withPropertyValues("casekit.store.migrate=false").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analysis(context.getStartupFailure());

            assertThat(analysis.getDescription()).contains("Casekit's tables are missing or incomplete");
            assertThat(analysis.getAction()).contains("casekit.store.migrate=true").contains("JdbcCaseStore.schemaSql");
        });
    }

    @Test
    void theApplicationsOwnBeansWin() {
        Portals.onH2("own-beans").withUserConfiguration(OwnParts.class).run(context -> {
            assertThat(context).doesNotHaveBean(JdbcCaseStore.class).doesNotHaveBean(SmtpNotifier.class);
            Casekit casekit = context.getBean(Casekit.class);
            assertThat(casekit.store()).isSameAs(context.getBean(OwnParts.class).store);
            assertThat(casekit.notifier()).containsSame(context.getBean(OwnParts.class).notifier);
            assertThat(casekit.definitions()).extracting(WorkflowDefinition::id).containsExactly("it-services", "erp-vendor");

            Case opened = casekit.cases().execute(ANNA, incident("VPN drops"));
            assertThat(opened.createdAt()).as("Casekit keeps the application's clock").isEqualTo(OwnParts.NOW);
        });
    }

    @Test
    void definitionsComeFromResourcesThatExtendEachOtherAndCustomersFromPropertiesAndAResource() {
        Portals.starter().withPropertyValues("casekit.definitions=classpath:definitions/acme/*.yaml, classpath:definitions/vendor.yaml, software-vendor",
                "casekit.default-definition=vendor", "casekit.customers.ACME.definition=acme",
                "casekit.customers-resource=classpath:definitions/customers.yaml").run(context -> {
            Casekit casekit = context.getBean(Casekit.class);

            assertThat(casekit.definitions()).extracting(WorkflowDefinition::id).containsExactly("acme", "vendor", "software-vendor");
            assertThat(casekit.definitionForNewCase("ACME").id()).isEqualTo("acme");
            assertThat(casekit.definitionForNewCase("GLOBEX").id()).isEqualTo("vendor");
            assertThat(casekit.definitionForNewCase("INITECH").id()).isEqualTo("vendor");
            assertThat(casekit.definitionForNewCase("ACME").name()).isEqualTo("Acme portal");
            assertThat(context.getBean(CasekitDefinitions.class).customers()).containsOnlyKeys("ACME", "GLOBEX");
        });
    }

    @Test
    void byDefaultEveryDefinitionUnderCasekitOnTheClassPathIsReadAndNothingThereIsAFailureThatSaysWhatToSet() {
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                .withConfiguration(org.springframework.boot.autoconfigure.AutoConfigurations.of(CasekitStoreAutoConfiguration.class,
                        CasekitAutoConfiguration.class))
                .withUserConfiguration(Portals.Directory.class).run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("found no workflow definition").contains("classpath*:casekit/*.yaml");
                    assertThat(analysis.getAction()).contains("casekit.definitions").contains("it-services").contains("WorkflowDefinition bean");
                });
    }

    @Test
    void aDefinitionThatIsNeitherAPresetNorAResourceIsNamed() {
        Portals.starter().withPropertyValues("casekit.definitions=it-service").run(context -> {
            FailureAnalysis analysis = analysis(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("casekit.definitions names 'it-service'");
            assertThat(analysis.getAction()).contains("it-services, software-vendor, erp-vendor, erp-consultancy");
        });
    }

    @Test
    void aCustomerOrDefaultOnAnUnknownDefinitionIsNamedWithTheKnownOnes() {
        Portals.starter().withPropertyValues("casekit.customers.ACME.definition=acme").run(context -> {
            FailureAnalysis analysis = analysis(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("casekit.customers.ACME.definition names the definition 'acme'");
            assertThat(analysis.getAction()).contains("[it-services]");
        });
        Portals.starter().withPropertyValues("casekit.default-definition=Gold").run(context ->
                assertThat(analysis(context.getStartupFailure()).getDescription()).contains("casekit.default-definition names the definition 'Gold'"));
        Portals.starter().withPropertyValues("casekit.customers.ACME.definition=it-services",
                "casekit.customers-resource=classpath:definitions/missing.yaml").run(context ->
                assertThat(analysis(context.getStartupFailure()).getDescription()).contains("casekit.customers-resource").contains("does not exist"));
    }

    @Test
    void anInvalidDefinitionFailsTheStartWithEveryProblemAndWhereItIs() {
        Portals.starter().withPropertyValues("casekit.definitions=classpath:definitions/broken/broken.yaml").run(context -> {
            FailureAnalysis analysis = analysis(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("broken.yaml").contains("priorities");
            assertThat(analysis.getAction()).contains("docs/workflow-definition.md");
        });
    }

    @Test
    void withoutAnIdentityProviderTheStartFailsNamingTheBeanToDefine() {
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                .withConfiguration(org.springframework.boot.autoconfigure.AutoConfigurations.of(CasekitStoreAutoConfiguration.class,
                        CasekitAutoConfiguration.class))
                .withPropertyValues("casekit.definitions=it-services").run(context -> {
                    FailureAnalysis analysis = analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("defines no IdentityProvider bean");
                    assertThat(analysis.getAction()).contains("io.casekit.spi.identity.IdentityProvider").contains("InMemoryDirectory");
                });
    }

    @Test
    void settingsOutOfRangeFailTheBindingNamingTheProperty() {
        Portals.starter().withPropertyValues("casekit.dispatcher.delivery-threads=0", "casekit.scheduler.poll-interval=0s").run(context -> {
            assertThat(context).hasFailed();
            String failure = causes(context.getStartupFailure());
            assertThat(failure).contains("dispatcher.deliveryThreads").contains("scheduler.pollInterval");
        });
        Portals.starter().withPropertyValues("casekit.scheduler.lease=soon").run(context ->
                assertThat(causes(context.getStartupFailure())).contains("casekit.scheduler.lease").contains("soon"));
    }

    private static String causes(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void theSchedulerAndTheDispatcherAreSwitchedOffPerNode() {
        Portals.starter().withUserConfiguration(OwnNotifier.class)
                .withPropertyValues("casekit.scheduler.enabled=false", "casekit.node-id=node-7").run(context -> {
                    CasekitWorkers workers = context.getBean(CasekitWorkers.class);
                    assertThat(workers.scheduler()).isEmpty();
                    assertThat(workers.dispatcher()).hasValueSatisfying(d -> assertThat(d.nodeId()).isEqualTo("node-7"));
                });
        Portals.starter().withUserConfiguration(OwnNotifier.class).withPropertyValues("casekit.dispatcher.enabled=false").run(context -> {
            CasekitWorkers workers = context.getBean(CasekitWorkers.class);
            assertThat(workers.scheduler()).isPresent();
            assertThat(workers.dispatcher()).isEmpty();
        });
    }

    @Test
    void mailComesFromCasekitsPropertiesOrSpringsAndIsRefusedWithoutASenderOrWithCredentialsInTheClear() {
        Portals.starter().withPropertyValues("casekit.mail.host=smtp.vendor.test", "casekit.mail.from=desk@vendor.test").run(context -> {
            assertThat(context).hasSingleBean(SmtpNotifier.class);
            assertThat(context.getBean(Casekit.class).notifier()).containsSame(context.getBean(SmtpNotifier.class));
            assertThat(context.getBean(SmtpNotifier.class).toString()).contains("smtp.vendor.test:25").contains("NONE");
            assertThat(context.getBean(CasekitWorkers.class).dispatcher()).isPresent();
        });
        Portals.starter().withPropertyValues("spring.mail.host=mail.vendor.test", "spring.mail.username=desk", "spring.mail.password=s3cret",
                "casekit.mail.from=desk@vendor.test").run(context -> {
                    String notifier = context.getBean(SmtpNotifier.class).toString();
                    assertThat(notifier).contains("mail.vendor.test:587").contains("STARTTLS").doesNotContain("s3cret");
                });
        Portals.starter().withPropertyValues("spring.mail.host=mail.vendor.test", "spring.mail.protocol=smtps",
                "casekit.mail.from=desk@vendor.test").run(context -> assertThat(context.getBean(SmtpNotifier.class).toString())
                        .contains("mail.vendor.test:465").contains("TLS"));
        Portals.starter().withPropertyValues("casekit.mail.host=smtp.vendor.test").run(context -> {
            FailureAnalysis analysis = analysis(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("casekit.mail.from is missing");
            assertThat(analysis.getAction()).contains("casekit.mail.enabled=false");
        });
        Portals.starter().withPropertyValues("casekit.mail.host=smtp.vendor.test", "casekit.mail.from=desk@vendor.test",
                "casekit.mail.security=NONE", "casekit.mail.username=desk", "casekit.mail.password=s3cret").run(context -> {
                    FailureAnalysis analysis = analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("travel unencrypted").doesNotContain("s3cret");
                });
        Portals.starter().withPropertyValues("casekit.mail.host=smtp.vendor.test", "casekit.mail.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Notifier.class));
    }

    @Test
    void anAttachmentDirectoryGivesCasesAttachments(@TempDir Path directory) {
        Portals.starter().withPropertyValues("casekit.attachments.directory=" + directory).run(context -> {
            assertThat(context).hasSingleBean(FileSystemAttachmentStore.class);
            assertThat(context.getBean(Casekit.class).attachmentStore()).containsSame(context.getBean(FileSystemAttachmentStore.class));
        });
        Portals.starter().run(context -> assertThat(context.getBean(Casekit.class).attachmentStore()).isEmpty());
    }

    /** The application's own store, notifier, clock and definitions. */
    @Configuration(proxyBeanMethods = false)
    static class OwnParts {

        static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

        final InMemoryCaseStore store = new InMemoryCaseStore();
        final RecordingNotifier notifier = new RecordingNotifier(Channel.EMAIL);

        @Bean
        CaseStore ownStore() {
            return store;
        }

        @Bean
        Notifier ownNotifier() {
            return notifier;
        }

        @Bean
        Clock ownClock() {
            return new ManualClock(NOW);
        }

        @Bean
        WorkflowDefinition erpVendor() {
            return Presets.load("erp-vendor");
        }
    }

    /** A notifier of the application's, so that there is a dispatcher. */
    @Configuration(proxyBeanMethods = false)
    static class OwnNotifier {

        @Bean
        Notifier ownNotifier() {
            return new RecordingNotifier(Channel.EMAIL);
        }
    }
}
