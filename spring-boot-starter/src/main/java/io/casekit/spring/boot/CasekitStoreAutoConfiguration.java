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

import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.store.CaseStore;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where cases are kept: the {@link JdbcCaseStore} on the application's {@code DataSource} (migrated
 * at start-up unless {@code casekit.store.migrate=false}), or an {@link InMemoryCaseStore} when the
 * application has no {@code DataSource}. Backs off when the application defines its own {@link
 * CaseStore}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(CasekitProperties.class)
public class CasekitStoreAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CasekitStoreAutoConfiguration.class);

    /** Made by Spring. */
    public CasekitStoreAutoConfiguration() {}

    /** The JDBC store, when the application has one {@code DataSource}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnMissingBean(CaseStore.class)
    static class Jdbc {

        @Bean
        JdbcCaseStore casekitStore(DataSource dataSource, CasekitProperties properties) {
            return JdbcCaseStore.builder(dataSource).migrate(properties.getStore().isMigrate()).build();
        }
    }

    /** The in-memory store, when the application has no {@code DataSource}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean({CaseStore.class, DataSource.class})
    static class Memory {

        @Bean
        InMemoryCaseStore casekitStore() {
            LOG.warn("Casekit keeps its cases in memory: the application has no DataSource, so every case is lost when it stops");
            return new InMemoryCaseStore();
        }
    }
}
