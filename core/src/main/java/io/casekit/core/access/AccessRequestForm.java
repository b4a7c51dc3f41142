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
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a person fills in to ask for portal access (guide 001's access request form: customer, name,
 * mail, phone, function). Checked when it is submitted, where every broken rule is named.
 *
 * @param name the person's name
 * @param email the person's mail address
 * @param company the company, as the person types it
 * @param phone the person's phone number, if given
 * @param function the person's job, if given
 * @param reason why the person asks; may be empty
 * @param language the language the person uses (and gets the invitation in)
 * @param customerId the customer the request is for, if the portal knows it (a customer-specific
 *     page, a picker); else whoever approves chooses it
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record AccessRequestForm(String name, String email, String company, Optional<String> phone, Optional<String> function,
        String reason, Locale language, Optional<String> customerId) {

    /**
     * Checks that the parts are present.
     *
     * @param name the person's name
     * @param email the person's mail address
     * @param company the company
     * @param phone the phone number, if given
     * @param function the job, if given
     * @param reason why the person asks
     * @param language the person's language
     * @param customerId the customer, if known
     */
    public AccessRequestForm {
        requireNonNull(name, "name");
        requireNonNull(email, "email");
        requireNonNull(company, "company");
        requireNonNull(phone, "phone");
        requireNonNull(function, "function");
        requireNonNull(reason, "reason");
        requireNonNull(language, "language");
        requireNonNull(customerId, "customerId");
    }

    /**
     * A request in English with no phone, function or known customer; add them with the {@code with} methods.
     *
     * @param name the person's name
     * @param email the person's mail address
     * @param company the company
     * @param reason why the person asks
     * @return the form
     */
    public static AccessRequestForm of(String name, String email, String company, String reason) {
        return new AccessRequestForm(name, email, company, Optional.empty(), Optional.empty(), reason, Locale.ENGLISH, Optional.empty());
    }

    /**
     * {@return this form with a phone number: a new one}
     *
     * @param value the phone number
     */
    public AccessRequestForm withPhone(String value) {
        return new AccessRequestForm(name, email, company, Optional.of(value), function, reason, language, customerId);
    }

    /**
     * {@return this form with the person's job: a new one}
     *
     * @param value the job
     */
    public AccessRequestForm withFunction(String value) {
        return new AccessRequestForm(name, email, company, phone, Optional.of(value), reason, language, customerId);
    }

    /**
     * {@return this form in another language: a new one}
     *
     * @param value the language
     */
    public AccessRequestForm withLanguage(Locale value) {
        return new AccessRequestForm(name, email, company, phone, function, reason, value, customerId);
    }

    /**
     * {@return this form for a known customer: a new one}
     *
     * @param value the customer's id
     */
    public AccessRequestForm forCustomer(String value) {
        return new AccessRequestForm(name, email, company, phone, function, reason, language, Optional.of(value));
    }
}
