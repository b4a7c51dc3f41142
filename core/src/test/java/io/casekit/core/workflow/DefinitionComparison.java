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
package io.casekit.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/** Compares definitions part by part (a definition has no {@code equals}: it is an entity with an id and version). */
final class DefinitionComparison {

    private DefinitionComparison() {}

    /** Every field of the two definitions is equal, recursively, except {@code ignoredFields}. */
    static void assertSameParts(WorkflowDefinition actual, WorkflowDefinition expected, String... ignoredFields) {
        RecursiveComparisonConfiguration configuration = RecursiveComparisonConfiguration.builder()
                .withIgnoredFields(ignoredFields)
                .withEqualsForType((a, b) -> a.pattern().equals(b.pattern()) && a.flags() == b.flags(), Pattern.class)
                .build();
        assertThat(actual).usingRecursiveComparison(configuration).isEqualTo(expected);
    }
}
