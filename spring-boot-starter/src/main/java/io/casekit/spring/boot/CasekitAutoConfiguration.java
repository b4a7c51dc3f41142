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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.Casekit;
import io.casekit.core.access.InvitationPolicy;
import io.casekit.core.access.VerificationPolicy;
import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.notify.RetryPolicy;
import io.casekit.core.observe.CasekitObserver;
import io.casekit.core.store.FileSystemAttachmentStore;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.identity.ContactEnrolment;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.store.CaseStore;
import io.casekit.spring.boot.internal.DefinitionLoader;
import io.casekit.spring.boot.internal.Observers;
import java.time.Clock;
import java.util.Objects;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * The {@link Casekit} of the application: its definitions from {@code casekit.definitions} and the
 * application's {@link WorkflowDefinition} beans, the store and notifier of the other
 * auto-configurations, the application's {@link IdentityProvider} (required), and the optional
 * beans it finds (clock, attachment store, observers, policies, contact enrolment); plus the {@link
 * CasekitWorkers} that run the scheduler and the dispatcher with the context. Each bean backs off
 * when the application defines its own.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@AutoConfiguration(after = {CasekitStoreAutoConfiguration.class, CasekitMailAutoConfiguration.class})
@EnableConfigurationProperties(CasekitProperties.class)
public class CasekitAutoConfiguration {

    /** Made by Spring. */
    public CasekitAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock casekitClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    CasekitDefinitions casekitDefinitions(CasekitProperties properties, ResourceLoader resourceLoader,
            ObjectProvider<WorkflowDefinition> definitions) {
        return new DefinitionLoader(ResourcePatternUtils.getResourcePatternResolver(resourceLoader))
                .load(properties, definitions.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean(AttachmentStore.class)
    @ConditionalOnProperty("casekit.attachments.directory")
    FileSystemAttachmentStore casekitAttachmentStore(CasekitProperties properties) {
        return new FileSystemAttachmentStore(Objects.requireNonNull(properties.getAttachments().getDirectory()));
    }

    @Bean
    @ConditionalOnMissingBean
    Casekit casekit(CaseStore store, CasekitDefinitions definitions, Clock clock, CasekitProperties properties,
            ObjectProvider<IdentityProvider> identity, ObjectProvider<Notifier> notifier, ObjectProvider<AttachmentStore> attachments,
            ObjectProvider<CasekitObserver> observers, ObjectProvider<ContactEnrolment> enrolment, ObjectProvider<AttachmentPolicy> attachmentPolicy,
            ObjectProvider<VerificationPolicy> verificationPolicy, ObjectProvider<InvitationPolicy> invitationPolicy,
            ObjectProvider<RetryPolicy> retryPolicy) {
        IdentityProvider who = identity.getIfAvailable();
        if (who == null) {
            throw new CasekitConfigurationException("Casekit needs to know who your agents and contacts are, and the application"
                    + " defines no IdentityProvider bean", "Define a @Bean of type " + IdentityProvider.class.getName()
                    + " that looks them up in your user store (io.casekit.core.identity.InMemoryDirectory serves demos and tests).");
        }
        Casekit.Builder builder = Casekit.builder().store(store).identity(who).clock(clock)
                .observer(Observers.of(observers.orderedStream().toList()));
        definitions.definitions().forEach(builder::definition);
        definitions.defaultDefinition().ifPresent(builder::defaultDefinition);
        definitions.customers().forEach(builder::definitionForCustomer);
        notifier.ifAvailable(builder::notifier);
        attachments.ifAvailable(builder::attachmentStore);
        enrolment.ifAvailable(builder::enrolment);
        attachmentPolicy.ifAvailable(builder::attachmentPolicy);
        verificationPolicy.ifAvailable(builder::verificationPolicy);
        invitationPolicy.ifAvailable(builder::invitationPolicy);
        retryPolicy.ifAvailable(builder::retryPolicy);
        if (properties.getNodeId() != null) {
            builder.nodeId(properties.getNodeId());
        }
        SchedulerProperties scheduler = properties.getScheduler();
        builder.timerPollInterval(scheduler.getPollInterval()).timerLease(scheduler.getLease()).timerBatchSize(scheduler.getBatchSize());
        DispatcherProperties dispatcher = properties.getDispatcher();
        builder.notificationPollInterval(dispatcher.getPollInterval()).notificationLease(dispatcher.getLease())
                .notificationBatchSize(dispatcher.getBatchSize()).deliveryThreads(dispatcher.getDeliveryThreads());
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    CasekitWorkers casekitWorkers(Casekit casekit, CasekitProperties properties) {
        return new CasekitWorkers(casekit, properties.getScheduler().isEnabled(), properties.getDispatcher().isEnabled());
    }
}
