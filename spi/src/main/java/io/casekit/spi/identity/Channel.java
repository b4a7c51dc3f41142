package io.casekit.spi.identity;

/** The ways a person can be reached; a contact ticks the ones it accepts (guide 001: Email, Fax, Phone, Mail). */
public enum Channel {
    /** Electronic mail: the channel the SMTP notifier delivers on. */
    EMAIL,
    /** A telephone call or text message. */
    PHONE,
    /** Fax. */
    FAX,
    /** Letter post. */
    POSTAL_MAIL
}
