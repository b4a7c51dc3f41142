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
package io.casekit.core.access.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import io.casekit.core.access.AccessRefusedException;
import io.casekit.core.access.AccessRefusedException.Reason;
import io.casekit.core.access.CodeRequest;
import io.casekit.core.access.VerificationCodes;
import io.casekit.core.access.VerificationPolicy;
import io.casekit.core.notify.VerificationMail;
import io.casekit.spi.access.StoredCode;
import io.casekit.spi.access.VerificationCodeStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Notifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link VerificationCodes} of {@link io.casekit.core.Casekit}. Thread-safe. */
public final class DefaultVerificationCodes implements VerificationCodes {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationCodes.class);
    private static final HexFormat HEX = HexFormat.of();
    private static final int SALT_BYTES = 16;
    private static final int MAX_PURPOSE = 64;

    private final VerificationCodeStore store;
    private final IdentityProvider identity;
    private final VerificationMail mail;
    private final Clock clock;
    private final VerificationPolicy policy;
    private final SecureRandom random = new SecureRandom();

    /**
     * Made by {@link io.casekit.core.Casekit#verificationCodes()}.
     *
     * @param store where the hashes are kept
     * @param identity who the actors are, with their mail addresses and languages
     * @param notifier how the mail is sent, at once
     * @param clock what decides expiry and the hourly limit
     * @param policy digits, validity, attempts and the hourly limit
     */
    public DefaultVerificationCodes(VerificationCodeStore store, IdentityProvider identity, Notifier notifier, Clock clock,
            VerificationPolicy policy) {
        this.store = requireNonNull(store, "store");
        this.identity = requireNonNull(identity, "identity");
        this.clock = requireNonNull(clock, "clock");
        this.policy = requireNonNull(policy, "policy");
        this.mail = VerificationMail.builder(requireNonNull(notifier, "notifier"), identity).validity(policy.validity())
                .alsoIn(policy.alsoIn()).build();
    }

    @Override
    public CodeRequest request(String actorId, String purpose) {
        requireNonNull(actorId, "actorId");
        checkPurpose(purpose);
        Optional<Actor> actor = identity.findActor(actorId);
        if (actor.isEmpty() || actor.get().email().isEmpty()) {
            throw new AccessRefusedException(Reason.NO_CODE, "no code can be sent: the actor is unknown or has no mail address");
        }
        Instant now = clock.instant();
        String code = newCode();
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Instant expiresAt = now.plus(policy.validity());
        StoredCode stored = new StoredCode(UUID.randomUUID().toString(), actorId, purpose, HEX.formatHex(salt), HEX.formatHex(hash(salt, code)),
                now, expiresAt, 0, false);
        if (!store.insertWithin(stored, now.minus(Duration.ofHours(1)), policy.perHour())) {
            LOG.info("verification code for actor {} refused: {} codes in the last hour", actorId, policy.perHour());
            throw new AccessRefusedException(Reason.TOO_MANY_REQUESTS,
                    "too many codes were requested in the last hour (at most " + policy.perHour() + "); try again later");
        }
        DeliveryOutcome delivery = mail.send(actorId, code);
        LOG.info("verification code for actor {} ({}) issued, valid until {}", actorId, purpose, expiresAt);
        return new CodeRequest(expiresAt, delivery);
    }

    @Override
    public void verify(String actorId, String purpose, String code) {
        requireNonNull(actorId, "actorId");
        checkPurpose(purpose);
        requireNonNull(code, "code");
        String typed = code.strip();
        while (true) {
            StoredCode stored = store.latest(actorId, purpose)
                    .orElseThrow(() -> new AccessRefusedException(Reason.NO_CODE, "no code was requested; request one"));
            if (stored.used()) {
                throw refused(actorId, Reason.USED, "this code was used already; request a new one");
            }
            if (stored.failedAttempts() >= policy.attempts()) {
                throw refused(actorId, Reason.TOO_MANY_ATTEMPTS, "too many wrong codes were tried; request a new one");
            }
            if (!clock.instant().isBefore(stored.expiresAt())) {
                throw refused(actorId, Reason.EXPIRED, "the code expired; request a new one");
            }
            boolean right = MessageDigest.isEqual(hash(HEX.parseHex(stored.salt()), typed), HEX.parseHex(stored.hash()));
            StoredCode next = right ? stored.markedUsed() : stored.withFailure();
            if (store.update(stored, next)) {
                if (right) {
                    LOG.info("verification code for actor {} ({}) accepted", actorId, purpose);
                    return;
                }
                int left = policy.attempts() - next.failedAttempts();
                throw refused(actorId, Reason.WRONG_CODE, left > 0 ? "the code is wrong; " + left + " attempt(s) left"
                        : "the code is wrong; no attempts left, request a new one");
            }
            // another check changed the code meanwhile: read it again and decide on what it is now
        }
    }

    private static AccessRefusedException refused(String actorId, Reason reason, String message) {
        LOG.info("verification code for actor {} refused: {}", actorId, reason);
        return new AccessRefusedException(reason, message);
    }

    private static void checkPurpose(String purpose) {
        requireNonNull(purpose, "purpose");
        if (purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
            throw new IllegalArgumentException("purpose must be 1 to " + MAX_PURPOSE + " characters, not blank");
        }
    }

    private String newCode() {
        StringBuilder digits = new StringBuilder(policy.digits());
        for (int i = 0; i < policy.digits(); i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static byte[] hash(byte[] salt, String code) {
        return Hashing.hmacSha256(salt).hashString(code, StandardCharsets.UTF_8).asBytes();
    }
}
