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

import io.casekit.spi.identity.Channel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One customer contact of a {@link WorkflowScenario}, being set up: {@code
 * scenario.customer("ACME").contact("anna")}. Each method changes the contact at once, for every
 * later step. Not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ContactSetup {

    private final Cast cast;
    private final String customerId;
    private final String id;

    ContactSetup(Cast cast, String customerId, String id) {
        this.cast = cast;
        this.customerId = customerId;
        this.id = id;
    }

    /** {@return the contact's id, which steps name it by ({@code scenario.as(id)})} */
    public String id() {
        return id;
    }

    /**
     * Gives the contact the name people see (default: its id, capitalised).
     *
     * @param displayName the name, not blank
     * @return this setup
     * @throws IllegalArgumentException if {@code displayName} is blank
     */
    public ContactSetup named(String displayName) {
        Cast.requireText(displayName, "displayName");
        cast.updateActor(id, a -> Cast.with(a, displayName, a.authorisedContact(), a.teams(), a.language(), a.channels(), a.email()));
        return this;
    }

    /**
     * Makes the contact one of its customer's authorised contacts (who may approve, for one).
     *
     * @return this setup
     */
    public ContactSetup authorised() {
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), true, a.teams(), a.language(), a.channels(), a.email()));
        return this;
    }

    /**
     * Gives the contact this mail address (default {@code <id>@<customer>.test}).
     *
     * @param address the mail address, not blank
     * @return this setup
     * @throws IllegalArgumentException if {@code address} is blank
     */
    public ContactSetup email(String address) {
        Cast.requireText(address, "address");
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), a.authorisedContact(), a.teams(), a.language(), a.channels(),
                Optional.of(address)));
        return this;
    }

    /**
     * Takes the contact's mail address away: mail to it is not queued.
     *
     * @return this setup
     */
    public ContactSetup withoutEmail() {
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), a.authorisedContact(), a.teams(), a.language(), a.channels(),
                Optional.empty()));
        return this;
    }

    /**
     * Addresses the contact in this language (default English).
     *
     * @param language the language, e.g. {@code Locale.forLanguageTag("nl")}
     * @return this setup
     */
    public ContactSetup language(Locale language) {
        requireNonNull(language, "language");
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), a.authorisedContact(), a.teams(), language, a.channels(), a.email()));
        return this;
    }

    /**
     * Sets the channels the contact accepts notifications on (default: mail only), replacing the
     * ones it had.
     *
     * @param first a channel
     * @param more the other channels, if any
     * @return this setup
     */
    public ContactSetup channels(Channel first, Channel... more) {
        Set<Channel> channels = EnumSet.of(requireNonNull(first, "channels"), more);
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), a.authorisedContact(), a.teams(), a.language(), channels, a.email()));
        return this;
    }

    /**
     * Another contact of the same customer, added if new; see {@link CustomerSetup#contact(String)}.
     *
     * @param contactId the other contact's id, not blank
     * @return the other contact's setup
     * @throws IllegalArgumentException if the id is blank, or taken by an agent or another customer's contact
     */
    public ContactSetup contact(String contactId) {
        return cast.contact(customerId, requireNonNull(contactId, "contactId"));
    }

    /**
     * Another customer, added if new; see {@link WorkflowScenario#customer(String)}.
     *
     * @param otherCustomerId the other customer's id, not blank
     * @return the other customer's setup
     * @throws IllegalArgumentException if {@code otherCustomerId} is blank
     */
    public CustomerSetup customer(String otherCustomerId) {
        return cast.customer(otherCustomerId);
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
