package io.casekit.notifications.smtp.internal;

/**
 * A message that can never be sent as it is (an unusable address, a header value with a line
 * break). Checked, so that every caller turns it into a permanent failure; carries no stack trace.
 */
public final class UnsendableMessageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong, naming the field; without secrets or bodies */
    public UnsendableMessageException(String reason) {
        super(reason, null, false, false);
    }
}
