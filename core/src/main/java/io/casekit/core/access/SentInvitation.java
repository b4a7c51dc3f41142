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

import io.casekit.spi.notify.DeliveryOutcome;
import org.apiguardian.api.API;

/**
 * An invitation that was just sent (or sent again), with how its mail went. The mail went out at
 * once, not through the outbox, because it carries the code: if it failed, send the invitation again.
 *
 * @param invitation the invitation
 * @param delivery the notifier's outcome for the mail
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record SentInvitation(Invitation invitation, DeliveryOutcome delivery) {
}
