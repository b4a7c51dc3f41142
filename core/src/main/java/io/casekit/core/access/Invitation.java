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

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An invitation as a portal shows it: never its code, which only the invitee's mail holds.
 *
 * @param id the invitation's id
 * @param customerId the customer the invitee becomes a contact of
 * @param email the invitee's mail address
 * @param displayName the invitee's name
 * @param language the language of the mail and of the new contact
 * @param authorised whether the invitee becomes an authorised contact
 * @param invitedBy the id of the agent or contact who invited
 * @param sentAt when the current code was sent
 * @param expiresAt when the current code stops being accepted
 * @param status where it stands now
 * @param contactId the contact that redeemed it; empty until then
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Invitation(String id, String customerId, String email, String displayName, Locale language, boolean authorised,
        String invitedBy, Instant sentAt, Instant expiresAt, InvitationStatus status, Optional<String> contactId) {
}
