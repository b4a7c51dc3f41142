package io.casekit.core.cases;

import static java.util.Objects.requireNonNull;

/**
 * One rule a command broke.
 *
 * @param field the command field, e.g. {@code title} or {@code customFields.releasedIn}
 * @param rule the rule's short name, e.g. {@code NotBlank}, {@code Size}, {@code AllowedPriority}
 * @param message what is wrong, for people
 */
public record Violation(String field, String rule, String message) {

    public Violation {
        requireNonNull(field, "field");
        requireNonNull(rule, "rule");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + rule + "]";
    }
}
