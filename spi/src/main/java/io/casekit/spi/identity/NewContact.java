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
package io.casekit.spi.identity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A contact to create, as a redeemed invitation describes it.
 *
 * @param customerId the customer it belongs to
 * @param email its mail address
 * @param displayName the name people see
 * @param language the language to address it in
 * @param authorised whether it is an authorised contact of its customer
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record NewContact(String customerId, String email, String displayName, Locale language, boolean authorised) {

    /**
     * Checks the components.
     *
     * @param customerId the customer it belongs to
     * @param email its mail address
     * @param displayName the name people see
     * @param language the language to address it in
     * @param authorised whether it is an authorised contact
     * @throws IllegalArgumentException if a text is blank
     */
    public NewContact {
        Checks.notBlank(customerId, "customerId");
        Checks.notBlank(email, "email");
        Checks.notBlank(displayName, "displayName");
        Checks.notNull(language, "language");
    }
}
