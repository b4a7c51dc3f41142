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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How verification codes are made and checked. The defaults follow guide 000: 6 digits, valid for
 * 10 minutes, at most 5 wrong attempts per code (so guessing one succeeds with probability at most
 * 5 in a million) and at most 5 codes per actor and hour.
 *
 * @param digits how many digits a code has, 6 to 10
 * @param validity how long a code is accepted, 1 to 60 minutes, whole minutes
 * @param attempts how many wrong codes end a code, 1 to 10
 * @param perHour how many codes one actor may request in any hour, 1 to 100
 * @param alsoIn languages every code mail is written in besides the actor's own, in this order
 *     (guide 000 writes Dutch and English in one mail); empty for the actor's language only
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record VerificationPolicy(int digits, Duration validity, int attempts, int perHour, List<Locale> alsoIn) {

    /** 6 digits, 10 minutes, 5 attempts, 5 codes an hour. */
    public static final VerificationPolicy DEFAULT = new VerificationPolicy(6, Duration.ofMinutes(10), 5, 5);

    /**
     * Checks the settings.
     *
     * @param digits how many digits a code has, 6 to 10
     * @param validity how long a code is accepted, 1 to 60 whole minutes
     * @param attempts how many wrong codes end a code, 1 to 10
     * @param perHour how many codes one actor may request in any hour, 1 to 100
     * @param alsoIn languages every code mail is written in besides the actor's own
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public VerificationPolicy {
        range("digits", digits, 6, 10);
        if (validity == null || validity.toMinutes() < 1 || validity.toMinutes() > 60 || !validity.equals(Duration.ofMinutes(validity.toMinutes()))) {
            throw new IllegalArgumentException("validity must be 1 to 60 whole minutes, was " + validity);
        }
        range("attempts", attempts, 1, 10);
        range("perHour", perHour, 1, 100);
        alsoIn = List.copyOf(requireNonNull(alsoIn, "alsoIn"));
    }

    /**
     * A policy whose mails are in the actor's language only.
     *
     * @param digits how many digits a code has, 6 to 10
     * @param validity how long a code is accepted, 1 to 60 whole minutes
     * @param attempts how many wrong codes end a code, 1 to 10
     * @param perHour how many codes one actor may request in any hour, 1 to 100
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public VerificationPolicy(int digits, Duration validity, int attempts, int perHour) {
        this(digits, validity, attempts, perHour, List.of());
    }

    /**
     * {@return this policy writing every mail in these languages too: a new one}
     *
     * @param languages the languages besides the actor's own, in order
     */
    public VerificationPolicy writtenAlsoIn(Locale... languages) {
        return new VerificationPolicy(digits, validity, attempts, perHour, List.of(languages));
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", was " + value);
        }
    }
}
