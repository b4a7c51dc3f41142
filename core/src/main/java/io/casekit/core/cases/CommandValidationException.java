package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A command was refused because its input breaks rules: of the command itself (a blank title, a
 * title too long) or of the workflow definition (an unknown case type, a priority the type does
 * not allow, a missing required field). Lists every violation, not just the first. Nothing
 * changed.
 */
@API(status = STABLE, since = "0.1.0")
public final class CommandValidationException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * A refused command.
     *
     * @param command the command's name, e.g. {@code OpenCase}
     * @param violations every violation found, at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public CommandValidationException(String command, List<Violation> violations) {
        super(command + " refused: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** {@return every violation found, sorted by field; never empty} */
    public List<Violation> violations() {
        return violations;
    }
}
