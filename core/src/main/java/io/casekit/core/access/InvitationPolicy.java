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
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How invitations are made and mailed.
 *
 * @param validity how long an invitation code is accepted, 1 hour to 90 days (default 14 days)
 * @param link where the invitee redeems the code, with {@code {code}} in it (the portal's page,
 *     e.g. {@code https://portal.example/redeem?code={code}}); empty for a mail with the code alone
 * @param alsoIn languages every invitation mail is written in besides the invitee's own, in this
 *     order (guide 000 writes Dutch and English in one mail); empty for the invitee's language only
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record InvitationPolicy(Duration validity, Optional<String> link, List<Locale> alsoIn) {

    /** Codes valid for 14 days, no link, the invitee's language only. */
    public static final InvitationPolicy DEFAULT = new InvitationPolicy(Duration.ofDays(14), Optional.empty(), List.of());

    /**
     * Checks the settings.
     *
     * @param validity how long an invitation code is accepted, 1 hour to 90 days
     * @param link where the invitee redeems the code, with {@code {code}} in it; empty for none
     * @param alsoIn languages every mail is written in besides the invitee's own
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public InvitationPolicy {
        requireNonNull(validity, "validity");
        if (validity.compareTo(Duration.ofHours(1)) < 0 || validity.compareTo(Duration.ofDays(90)) > 0) {
            throw new IllegalArgumentException("validity must be 1 hour to 90 days, was " + validity);
        }
        requireNonNull(link, "link").ifPresent(l -> {
            if (!l.contains("{code}") || l.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("link must contain {code} and no blanks");
            }
        });
        alsoIn = List.copyOf(requireNonNull(alsoIn, "alsoIn"));
    }

    /**
     * {@return this policy with a redeem link: a new one}
     *
     * @param value the link, with {@code {code}} in it
     */
    public InvitationPolicy withLink(String value) {
        return new InvitationPolicy(validity, Optional.of(value), alsoIn);
    }

    /**
     * {@return this policy writing every mail in these languages too: a new one}
     *
     * @param languages the languages besides the invitee's own, in order
     */
    public InvitationPolicy writtenAlsoIn(Locale... languages) {
        return new InvitationPolicy(validity, link, List.of(languages));
    }

    /**
     * {@return this policy with another validity: a new one}
     *
     * @param value how long a code is accepted, 1 hour to 90 days
     */
    public InvitationPolicy withValidity(Duration value) {
        return new InvitationPolicy(value, link, alsoIn);
    }
}
