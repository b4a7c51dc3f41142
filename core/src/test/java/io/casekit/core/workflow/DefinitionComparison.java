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
