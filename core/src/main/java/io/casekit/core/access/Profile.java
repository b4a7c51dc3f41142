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

import io.casekit.core.workflow.NotificationTrigger;
import io.casekit.spi.identity.Channel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A contact's profile as it applies now: what the contact set, else what the identity provider says.
 *
 * @param actorId the contact
 * @param displayName the name people see
 * @param language the language it is addressed in
 * @param phone its phone number, if known
 * @param channels the channels it accepts (mail reaches it only with {@link Channel#EMAIL})
 * @param mutedTriggers the notification triggers it does not want mail about, unless a rule is mandatory
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Profile(String actorId, String displayName, Locale language, Optional<String> phone, Set<Channel> channels,
        Set<NotificationTrigger> mutedTriggers) {
}
