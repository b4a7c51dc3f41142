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
package io.casekit.spi.notify;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.internal.Checks;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Where one message goes.
 *
 * @param actorId the recipient's actor id
 * @param displayName the recipient's name
 * @param channel the channel to deliver on
 * @param address the address on that channel (a mail address, a phone number)
 * @param language the language the message was rendered in
 */
@API(status = STABLE, since = "0.1.0")
public record Recipient(String actorId, String displayName, Channel channel, String address, Locale language) {

    /**
     * Checks the components.
     *
     * @param actorId the recipient's actor id
     * @param displayName the recipient's name
     * @param channel the channel to deliver on
     * @param address the address on that channel (a mail address, a phone number)
     * @param language the language the message was rendered in
     * @throws IllegalArgumentException if {@code actorId}, {@code displayName} or {@code address} is
     *     blank
     */
    public Recipient {
        Checks.notBlank(actorId, "recipient.actorId");
        Checks.notBlank(displayName, "recipient.displayName");
        Checks.notNull(channel, "recipient.channel");
        Checks.notBlank(address, "recipient.address");
        Checks.notNull(language, "recipient.language");
    }
}
