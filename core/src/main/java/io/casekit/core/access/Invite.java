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

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Who to invite to a customer's portal. Built with {@link #to} and narrowed with the {@code with}
 * methods; checked when it is sent, where every broken rule is named.
 *
 * @param customerId the customer the invitee becomes a contact of
 * @param email the invitee's mail address
 * @param displayName the invitee's name
 * @param language the language of the invitation mail and of the new contact
 * @param authorised whether the invitee becomes an authorised contact
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Invite(String customerId, String email, String displayName, Locale language, boolean authorised) {

    /**
     * Checks that the parts are present.
     *
     * @param customerId the customer the invitee becomes a contact of
     * @param email the invitee's mail address
     * @param displayName the invitee's name
     * @param language the language of the invitation mail and of the new contact
     * @param authorised whether the invitee becomes an authorised contact
     */
    public Invite {
        requireNonNull(customerId, "customerId");
        requireNonNull(email, "email");
        requireNonNull(displayName, "displayName");
        requireNonNull(language, "language");
    }

    /**
     * An invitation in English, as a contact who is not authorised.
     *
     * @param customerId the customer
     * @param email the invitee's mail address
     * @param displayName the invitee's name
     * @return the invite
     */
    public static Invite to(String customerId, String email, String displayName) {
        return new Invite(customerId, email, displayName, Locale.ENGLISH, false);
    }

    /**
     * {@return this invite in another language: a new one}
     *
     * @param value the language
     */
    public Invite withLanguage(Locale value) {
        return new Invite(customerId, email, displayName, value, authorised);
    }

    /** {@return this invite, making the invitee an authorised contact: a new one} */
    public Invite asAuthorisedContact() {
        return new Invite(customerId, email, displayName, language, true);
    }
}
