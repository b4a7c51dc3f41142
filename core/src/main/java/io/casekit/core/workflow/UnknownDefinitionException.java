package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import io.casekit.spi.model.DefinitionRef;
import org.apiguardian.api.API;

/**
 * A case follows a workflow definition version that this Casekit instance does not have: every
 * version that stored cases use must be registered with {@code Casekit.builder().definition(...)}.
 * Not retryable: registering the version is the fix.
 */
@API(status = STABLE, since = "0.1.0")
public final class UnknownDefinitionException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final transient DefinitionRef definition;

    /**
     * @param definition the version asked for
     * @param registered what is registered, for the message
     */
    public UnknownDefinitionException(DefinitionRef definition, String registered) {
        super("cases follow workflow definition " + definition + ", which this Casekit instance does not have;"
                + " register every version that stored cases use (registered: " + registered + ")");
        this.definition = definition;
    }

    /** {@return the definition version asked for} */
    public DefinitionRef definition() {
        return definition;
    }
}
