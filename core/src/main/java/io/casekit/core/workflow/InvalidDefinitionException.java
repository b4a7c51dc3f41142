package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A workflow definition was refused. Carries every problem found, not just the first, each with
 * the path of the offending element.
 */
@API(status = STABLE, since = "0.1.0")
public final class InvalidDefinitionException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;
    /** Where the definition came from. */
    private final String source;

    /**
     * A refused definition.
     *
     * @param source the file or source name it was read from, or {@code 'id' version N}
     * @param problems every problem found
     */
    public InvalidDefinitionException(String source, List<DefinitionProblem> problems) {
        super("invalid workflow definition " + source + ", " + problems.size() + " problem(s):\n  "
                + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
        this.source = source;
    }

    /**
     * Where the definition came from: the file or source name it was read from, or {@code 'id'
     * version N} for a definition built in code.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /** {@return every problem found, in the order of the definition's elements} */
    public List<DefinitionProblem> problems() {
        return problems;
    }
}
