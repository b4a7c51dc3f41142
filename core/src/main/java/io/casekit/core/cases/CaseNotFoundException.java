package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * No case with this id or number exists for the actor. A contact asking for another customer's
 * case gets this error too, so that it learns nothing about cases it may not see.
 */
@API(status = STABLE, since = "0.1.0")
public final class CaseNotFoundException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The id or number that was asked for. */
    private final String reference;

    /**
     * A case that was not found, or may not be seen.
     *
     * @param reference the id or number that was asked for
     */
    public CaseNotFoundException(String reference) {
        super("no case " + reference);
        this.reference = reference;
    }

    /** {@return the id or number that was asked for} */
    public String reference() {
        return reference;
    }
}
