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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A customer of the vendor: the organisation whose contacts file cases.
 *
 * @param id the customer's id
 * @param name the display name
 * @param supportContract the contract tier (e.g. {@code "SLA"}), or empty for a customer without a
 *     support contract (such a customer's cases are fixed at the lowest priority)
 */
@API(status = STABLE, since = "0.1.0")
public record Customer(String id, String name, Optional<String> supportContract) {

    /**
     * Checks the components.
     *
     * @param id the customer's id
     * @param name the display name
     * @param supportContract the contract tier (e.g. {@code "SLA"}), or empty for a customer without a
     *     support contract (such a customer's cases are fixed at the lowest priority)
     * @throws IllegalArgumentException if {@code id} or {@code name} is blank
     */
    public Customer {
        Checks.notBlank(id, "customer.id");
        Checks.notBlank(name, "customer.name");
        Checks.notNull(supportContract, "customer.supportContract");
    }

    /**
     * {@return whether the customer has a support contract; without one its cases are fixed at the
     * lowest priority}
     */
    public boolean hasSupportContract() {
        return supportContract.isPresent();
    }
}
