package io.casekit.persistence.jdbc.internal;

/**
 * A stored JSON document that is not valid JSON, or lacks what a codec needs: the message names the
 * key's path in the document (e.g. {@code $.opened.owner.kind is missing}). Immutable.
 */
public final class JsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public JsonException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public JsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
