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
package io.casekit.spring.boot.internal;

import io.casekit.core.workflow.InvalidDefinitionException;
import io.casekit.persistence.jdbc.CaseStoreException;
import io.casekit.spring.boot.CasekitConfigurationException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns Casekit's start-up failures into Spring Boot's failure analysis: what is wrong, and what to
 * do, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public final class CasekitFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CasekitConfigurationException e) {
                return new FailureAnalysis(e.getMessage(), e.action(), e);
            }
            if (cause instanceof InvalidDefinitionException e) {
                return new FailureAnalysis("Casekit could not load its workflow definitions: " + e.getMessage(),
                        "Correct the definition " + e.source() + " (its format: docs/workflow-definition.md and"
                                + " docs/casekit-definition.schema.json), or change casekit.definitions.", e);
            }
            if (cause instanceof CaseStoreException e) {
                return new FailureAnalysis("Casekit's JDBC store could not start: " + e.getMessage(),
                        "Check the DataSource (spring.datasource.*). If Casekit's tables are missing, set"
                                + " casekit.store.migrate=true, or have your DBA apply JdbcCaseStore.schemaSql(dialect).", e);
            }
        }
        return null;
    }
}
