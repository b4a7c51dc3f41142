/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.notifications.smtp;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How the connection to the SMTP server is protected. With {@link #STARTTLS} and {@link #TLS} the
 * server's certificate is verified, host name included; nothing is ever sent in clear text when the
 * upgrade fails.
 */
@API(status = STABLE, since = "0.1.0")
public enum SmtpSecurity {

    /** No encryption (a relay on the same host or network). Credentials are refused with it. Default port 25. */
    NONE(25),

    /**
     * Plain connection upgraded with {@code STARTTLS} before anything else is sent; a server that
     * does not offer {@code STARTTLS} gets nothing. Default port 587 (submission).
     */
    STARTTLS(587),

    /** TLS from the first byte ("implicit TLS", SMTPS). Default port 465. */
    TLS(465);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** {@return the port used when the builder is given none: 25, 587 or 465} */
    public int defaultPort() {
        return defaultPort;
    }
}
