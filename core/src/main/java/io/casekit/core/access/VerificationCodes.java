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

import org.apiguardian.api.API;

/**
 * Verification codes for signing in or confirming a sensitive action (guide 000: "you receive a
 * verification code by mail, valid for 10 minutes"). Casekit makes the code (random digits from a
 * {@link java.security.SecureRandom}), mails it at once through the notifier in the actor's language
 * (never through the outbox, so it is never stored in clear), and keeps only a salted HMAC of it in
 * the store. A check compares in constant time; a code is accepted once, within its validity, while
 * fewer than the policy's wrong attempts were made against it; a new code replaces the earlier ones
 * of the same actor and purpose. Codes are never logged, returned or put in an exception.
 *
 * <p>Hosts get it from {@link io.casekit.core.Casekit#verificationCodes()}. Thread-safe; safe on
 * several nodes sharing a store.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface VerificationCodes {

    /**
     * Issues a new code to an actor and mails it.
     *
     * @param actorId the actor, who must have a mail address
     * @param purpose what the code confirms ({@code login}, or a name the host gives a sensitive action)
     * @return when the code expires, and how the mail went
     * @throws AccessRefusedException {@link AccessRefusedException.Reason#TOO_MANY_REQUESTS} if the
     *     actor requested the policy's number of codes in the last hour, {@link
     *     AccessRefusedException.Reason#NO_CODE} if the actor is unknown or has no mail address
     */
    CodeRequest request(String actorId, String purpose);

    /**
     * Checks a code the actor typed against the latest code issued to it for the purpose.
     *
     * @param actorId the actor
     * @param purpose the purpose the code was requested for
     * @param code what the actor typed; blanks around it are ignored
     * @throws AccessRefusedException with the reason: no code, wrong code (the attempt counts),
     *     expired, used, or too many attempts
     */
    void verify(String actorId, String purpose, String code);
}
