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
package io.casekit.spring.boot.metrics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.Casekit;
import io.casekit.metrics.micrometer.CasekitGauges;
import io.casekit.metrics.micrometer.CasekitMetrics;
import io.casekit.spring.boot.CasekitAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Casekit's meters in the application's {@link MeterRegistry} (Spring Boot's, with actuator):
 * {@link CasekitMetrics} observes the instance (commands, SLA warnings and breaches, timers fired,
 * deliveries, inbound mail) and {@link CasekitGauges} reads its outbox and timer backlog. Backs off
 * when the application defines either bean itself, or has no registry.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@AutoConfiguration(after = CasekitAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, CasekitMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public class CasekitMetricsAutoConfiguration {

    /** Made by Spring. */
    public CasekitMetricsAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean
    CasekitMetrics casekitMetrics(MeterRegistry registry) {
        return new CasekitMetrics(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Casekit.class)
    CasekitGauges casekitGauges(Casekit casekit) {
        return new CasekitGauges(casekit);
    }
}
