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
package io.casekit.core.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * A verification or invitation code was not issued or not accepted, or a request for access was
 * refused. The message says why in words a portal may show; it never holds a code. Nothing changed,
 * except that a wrong verification code counts as an attempt.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class AccessRefusedException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /**
         * No code was requested for this actor and purpose (or its actor is unknown or has no mail
         * address), or no invitation has the code.
         */
        NO_CODE,
        /** The code is not the one sent; the attempt counts. */
        WRONG_CODE,
        /** The code's validity ran out: request a new one. */
        EXPIRED,
        /** The code was accepted once already (an invitation: it was redeemed, or a request: it was decided). */
        USED,
        /** The invitation was revoked. */
        REVOKED,
        /** Too many wrong codes were tried: the code is void, request a new one. */
        TOO_MANY_ATTEMPTS,
        /** The actor (or mail address) requested as many codes or accesses as an hour allows: wait. */
        TOO_MANY_REQUESTS
    }

    /** Why the code was not issued or not accepted. */
    private final Reason reason;

    /**
     * A refusal.
     *
     * @param reason why
     * @param message what a portal may show; never a code
     */
    public AccessRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** {@return why the code was not issued or not accepted} */
    public Reason reason() {
        return reason;
    }
}
