package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One thing wrong with a workflow definition.
 *
 * @param path where: the element's path in the YAML/JSON form, e.g. {@code transitions[3].to}
 * @param message what is wrong and what would be right
 */
@API(status = STABLE, since = "0.1.0")
public record DefinitionProblem(String path, String message) {

    /**
     * Checks that every part is present.
     *
     * @param path where: the element's path in the YAML/JSON form, e.g. {@code transitions[3].to}
     * @param message what is wrong and what would be right
     */
    public DefinitionProblem {
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
