package io.casekit.spi.identity;

/** The ways a person can be reached; a contact ticks the ones it accepts (guide 001: Email, Fax, Phone, Mail). */
public enum Channel {
    EMAIL,
    PHONE,
    FAX,
    POSTAL_MAIL
}
