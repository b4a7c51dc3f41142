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

import io.casekit.spi.access.ProfileChange;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Contact profiles (guide 001: a contact's preferences; name, language, phone, and which
 * notifications it wants). A contact reads and changes its own; an agent any. Every change is
 * recorded (who, when, each part from what to what). Notifications honour profiles: the language and
 * name a mail is written with, the channels (no mail without {@link io.casekit.spi.identity.Channel#EMAIL}),
 * and muted triggers, except for rules the definition marks {@linkplain
 * io.casekit.core.workflow.NotificationRule#mandatory mandatory}. A change made on another node
 * reaches this node's notifications within {@code 30 s}.
 *
 * <p>Hosts get it from {@link io.casekit.core.Casekit#profiles()}. Thread-safe; safe on several
 * nodes sharing a store.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface Profiles {

    /**
     * A contact's profile as it applies now.
     *
     * @param actorId who asks: the contact itself or an agent
     * @param contactId the contact
     * @return the profile
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not see the profile, or the contact is unknown
     */
    Profile get(String actorId, String contactId);

    /**
     * Changes a contact's profile and records the change. Two changes at once never overwrite each
     * other unseen: each is applied to the profile as the other left it.
     *
     * @param actorId who changes it: the contact itself or an agent
     * @param contactId the contact
     * @param update what to change
     * @return the profile as it applies after the change (unchanged, and nothing recorded, if the update changes nothing)
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not change the profile, or the contact is unknown
     * @throws io.casekit.core.cases.CommandValidationException naming each field that breaks a rule; nothing changed then
     */
    Profile update(String actorId, String contactId, ProfileUpdate update);

    /**
     * The recorded changes of a contact's profile, oldest first.
     *
     * @param actorId who asks: the contact itself or an agent
     * @param contactId the contact
     * @return the changes
     * @throws io.casekit.core.cases.AccessDeniedException if the actor may not see the profile, or the contact is unknown
     */
    List<ProfileChange> history(String actorId, String contactId);
}
