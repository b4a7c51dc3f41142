package io.casekit.spi.store;

import io.casekit.spi.CasekitException;

/**
 * A new case was refused because another case already has its number. Nothing was written. This
 * points at a misconfigured number format or sequence, so a plain retry does not help.
 */
public final class DuplicateCaseNumberException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final String number;

    public DuplicateCaseNumberException(String number) {
        super("case number " + number + " is already taken");
        this.number = number;
    }

    public String number() {
        return number;
    }
}
