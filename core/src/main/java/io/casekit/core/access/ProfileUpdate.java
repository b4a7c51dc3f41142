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

import io.casekit.core.workflow.NotificationTrigger;
import io.casekit.spi.identity.Channel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What to change in a profile: each present part replaces the contact's setting, each empty one
 * leaves it alone. Start with {@link #none()} and add parts with the {@code with} methods.
 *
 * @param displayName the name people see, 1 to 200 characters on one line
 * @param language the language to be addressed in
 * @param phone the phone number: digits, blanks and {@code + ( ) . / -}, 3 to 32 characters; an
 *     empty text removes it
 * @param channels the channels the contact accepts
 * @param mutedTriggers the triggers the contact does not want mail about (replacing the earlier set)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ProfileUpdate(Optional<String> displayName, Optional<Locale> language, Optional<String> phone,
        Optional<Set<Channel>> channels, Optional<Set<NotificationTrigger>> mutedTriggers) {

    /**
     * Checks that the parts are present and copies the sets.
     *
     * @param displayName the name people see
     * @param language the language to be addressed in
     * @param phone the phone number; an empty text removes it
     * @param channels the channels the contact accepts
     * @param mutedTriggers the triggers the contact does not want mail about
     */
    public ProfileUpdate {
        requireNonNull(displayName, "displayName");
        requireNonNull(language, "language");
        requireNonNull(phone, "phone");
        channels = requireNonNull(channels, "channels").map(Set::copyOf);
        mutedTriggers = requireNonNull(mutedTriggers, "mutedTriggers").map(Set::copyOf);
    }

    /** {@return an update that changes nothing} */
    public static ProfileUpdate none() {
        return new ProfileUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * {@return this update, also setting the display name: a new one}
     *
     * @param value the name people see
     */
    public ProfileUpdate withDisplayName(String value) {
        return new ProfileUpdate(Optional.of(value), language, phone, channels, mutedTriggers);
    }

    /**
     * {@return this update, also setting the language: a new one}
     *
     * @param value the language
     */
    public ProfileUpdate withLanguage(Locale value) {
        return new ProfileUpdate(displayName, Optional.of(value), phone, channels, mutedTriggers);
    }

    /**
     * {@return this update, also setting the phone number (an empty text removes it): a new one}
     *
     * @param value the phone number
     */
    public ProfileUpdate withPhone(String value) {
        return new ProfileUpdate(displayName, language, Optional.of(value), channels, mutedTriggers);
    }

    /**
     * {@return this update, also setting the channels the contact accepts: a new one}
     *
     * @param value the channels
     */
    public ProfileUpdate withChannels(Set<Channel> value) {
        return new ProfileUpdate(displayName, language, phone, Optional.of(value), mutedTriggers);
    }

    /**
     * {@return this update, also setting the muted triggers: a new one}
     *
     * @param value the triggers the contact does not want mail about
     */
    public ProfileUpdate withMutedTriggers(Set<NotificationTrigger> value) {
        return new ProfileUpdate(displayName, language, phone, channels, Optional.of(value));
    }
}
