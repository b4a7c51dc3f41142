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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.store.CaseStore;
import org.apiguardian.api.API;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the store answers and, for the JDBC store, holds every table and column this version of
 * Casekit needs (its migrations are current). Down with the reason otherwise.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class StoreHealthIndicator extends AbstractHealthIndicator {

    private final CaseStore store;

    /** @param store the store to check */
    public StoreHealthIndicator(CaseStore store) {
        super("Casekit's store is unreachable or its schema is not current");
        this.store = requireNonNull(store, "store");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (store instanceof JdbcCaseStore jdbc) {
            jdbc.checkSchema();
            builder.up().withDetail("store", "jdbc").withDetail("dialect", jdbc.dialect().name()).withDetail("schema", "current");
        } else {
            builder.up().withDetail("store", store.getClass().getSimpleName());
        }
    }
}
