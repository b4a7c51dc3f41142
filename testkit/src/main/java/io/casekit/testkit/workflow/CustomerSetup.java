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
package io.casekit.testkit.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.identity.Customer;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One customer of a {@link WorkflowScenario}, being set up: {@code scenario.customer("ACME")}. A new
 * customer is named by its id and has no support contract; each method changes it at once, for
 * every later step. Not thread-safe.
 *
 * <pre>{@code
 * scenario.customer("ACME").withContract("SLA")
 *         .contact("anna").authorised()
 *         .contact("bob");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CustomerSetup {

    private final Cast cast;
    private final String id;

    CustomerSetup(Cast cast, String id) {
        this.cast = cast;
        this.id = id;
    }

    /** {@return the customer's id} */
    public String id() {
        return id;
    }

    /**
     * Gives the customer a display name (default: its id).
     *
     * @param name the name, not blank
     * @return this setup
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public CustomerSetup named(String name) {
        Cast.requireText(name, "name");
        cast.updateCustomer(id, c -> new Customer(c.id(), name, c.supportContract()));
        return this;
    }

    /**
     * Gives the customer a support contract of this tier, replacing the one it had.
     *
     * @param contract the tier, as the definition's SLA policies name it, e.g. {@code "SLA"}; not blank
     * @return this setup
     * @throws IllegalArgumentException if {@code contract} is blank
     */
    public CustomerSetup withContract(String contract) {
        Cast.requireText(contract, "contract");
        cast.updateCustomer(id, c -> new Customer(c.id(), c.name(), Optional.of(contract)));
        return this;
    }

    /**
     * Takes the customer's support contract away (the default).
     *
     * @return this setup
     */
    public CustomerSetup withoutContract() {
        cast.updateCustomer(id, c -> new Customer(c.id(), c.name(), Optional.empty()));
        return this;
    }

    /**
     * A contact of this customer, added if new: named after its id ({@code "anna"} is "Anna"), not
     * authorised, English, notified by mail at {@code <id>@<customer>.test}.
     *
     * @param contactId the contact's id, not blank
     * @return the contact's setup
     * @throws IllegalArgumentException if the id is blank, or taken by an agent or another customer's
     *     contact
     */
    public ContactSetup contact(String contactId) {
        return cast.contact(id, requireNonNull(contactId, "contactId"));
    }

    /**
     * Another customer, added if new; see {@link WorkflowScenario#customer(String)}.
     *
     * @param customerId the other customer's id, not blank
     * @return the other customer's setup
     * @throws IllegalArgumentException if {@code customerId} is blank
     */
    public CustomerSetup customer(String customerId) {
        return cast.customer(customerId);
    }

    /**
     * An agent, added if new; see {@link WorkflowScenario#agent(String)}.
     *
     * @param agentId the agent's id, not blank
     * @return the agent's setup
     * @throws IllegalArgumentException if the id is blank, or taken by a contact
     */
    public AgentSetup agent(String agentId) {
        return cast.agent(agentId);
    }
}
