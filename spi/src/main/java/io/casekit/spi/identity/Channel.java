package io.casekit.spi.identity;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The ways a person can be reached; a contact ticks the ones it accepts (guide 001: Email, Fax, Phone, Mail). */
@API(status = STABLE, since = "0.1.0")
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
