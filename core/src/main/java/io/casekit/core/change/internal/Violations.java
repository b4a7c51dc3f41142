package io.casekit.core.change.internal;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the violations of one command, to throw them all at once. Not thread-safe. */
public final class Violations {

    private final String command;
    private final List<Violation> found = new ArrayList<>();

    /** Violations of the named command. */
    public Violations(String command) {
        this.command = command;
    }

    /** Records one violation. */
    public void add(String field, String rule, String message) {
        found.add(new Violation(field, rule, message));
    }

    /** Whether a violation of the field was recorded already. */
    public boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Throws a {@link CommandValidationException} with every violation collected, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            found.sort(Comparator.comparing(Violation::field).thenComparing(Violation::rule));
            throw new CommandValidationException(command, found);
        }
    }

    /** Throws at once with one violation. */
    public static CommandValidationException single(String command, String field, String rule, String message) {
        return new CommandValidationException(command, List.of(new Violation(field, rule, message)));
    }
}
