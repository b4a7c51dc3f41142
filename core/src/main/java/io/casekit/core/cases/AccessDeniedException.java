package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * The actor may not do what it asked: it is unknown to the identity provider, or its kind may not
 * run the command (a contact assigning a case or writing an internal comment, a contact filing for
 * another customer). Nothing changed.
 */
@API(status = STABLE, since = "0.1.0")
public final class AccessDeniedException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The actor that was refused. */
    private final String actorId;

    /**
     * A refusal.
     *
     * @param actorId the actor that was refused
     * @param reason why, in words, e.g. {@code unknown actor}
     */
    public AccessDeniedException(String actorId, String reason) {
        super("access denied to '" + actorId + "': " + reason);
        this.actorId = actorId;
    }

    /** {@return the id of the actor that was refused} */
    public String actorId() {
        return actorId;
    }
}
