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
package io.casekit.spring.boot.health;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.Casekit;
import io.casekit.spring.boot.CasekitAutoConfiguration;
import io.casekit.spring.boot.CasekitProperties;
import io.casekit.spring.boot.HealthProperties;
import io.casekit.spring.boot.CasekitWorkers;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Casekit's health as one contributor named {@code casekit} with three parts: {@code store}, {@code
 * outbox} and {@code scheduler} (thresholds under {@code casekit.health.*}). Off with {@code
 * management.health.casekit.enabled=false}; backs off when the application defines a bean named
 * {@code casekitHealthContributor}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@AutoConfiguration(after = CasekitAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Casekit.class)
@ConditionalOnEnabledHealthIndicator("casekit")
public class CasekitHealthAutoConfiguration {

    /** Made by Spring. */
    public CasekitHealthAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean(name = "casekitHealthContributor")
    CompositeHealthContributor casekitHealthContributor(Casekit casekit, CasekitWorkers workers, Clock clock,
            CasekitProperties properties) {
        HealthProperties health = properties.getHealth();
        Map<String, HealthContributor> parts = new LinkedHashMap<>();
        parts.put("store", new StoreHealthIndicator(casekit.store()));
        parts.put("outbox", new OutboxHealthIndicator(casekit.store(), clock, health.getOutboxMaxPending(), health.getOutboxMaxAge(),
                workers.dispatcher().isPresent()));
        parts.put("scheduler", new SchedulerHealthIndicator(casekit.store(), clock, health.getSchedulerMaxLag(),
                workers.scheduler().isPresent()));
        return CompositeHealthContributor.fromMap(parts);
    }
}
