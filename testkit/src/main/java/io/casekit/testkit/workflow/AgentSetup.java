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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One agent of a {@link WorkflowScenario}, being set up: {@code scenario.agent("bob")}. Each method
 * changes the agent at once, for every later step. Not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class AgentSetup {

    private final Cast cast;
    private final String id;

    AgentSetup(Cast cast, String id) {
        this.cast = cast;
        this.id = id;
    }

    /** {@return the agent's id, which steps name it by ({@code scenario.as(id)})} */
    public String id() {
        return id;
    }

    /**
     * Gives the agent the name people see (default: its id, capitalised).
     *
     * @param displayName the name, not blank
     * @return this setup
     * @throws IllegalArgumentException if {@code displayName} is blank
     */
    public AgentSetup named(String displayName) {
        Cast.requireText(displayName, "displayName");
        cast.updateActor(id, a -> Cast.with(a, displayName, false, a.teams(), a.language(), a.channels(), a.email()));
        return this;
    }

    /**
     * Adds the agent to these teams (it keeps the teams it is in).
     *
     * @param team a team
     * @param more the other teams, if any
     * @return this setup
     * @throws IllegalArgumentException if a team is blank
     */
    public AgentSetup inTeam(String team, String... more) {
        Set<String> added = new HashSet<>();
        for (String t : concat(team, more)) {
            Cast.requireText(t, "team");
            added.add(t);
        }
        cast.updateActor(id, a -> {
            Set<String> teams = new HashSet<>(a.teams());
            teams.addAll(added);
            return Cast.with(a, a.displayName(), false, teams, a.language(), a.channels(), a.email());
        });
        return this;
    }

    /**
     * Gives the agent this mail address (default {@code <id>@desk.test}).
     *
     * @param address the mail address, not blank
     * @return this setup
     * @throws IllegalArgumentException if {@code address} is blank
     */
    public AgentSetup email(String address) {
        Cast.requireText(address, "address");
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), false, a.teams(), a.language(), a.channels(), Optional.of(address)));
        return this;
    }

    /**
     * Takes the agent's mail address away: mail to it is not queued.
     *
     * @return this setup
     */
    public AgentSetup withoutEmail() {
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), false, a.teams(), a.language(), a.channels(), Optional.empty()));
        return this;
    }

    /**
     * Addresses the agent in this language (default English).
     *
     * @param language the language, e.g. {@code Locale.forLanguageTag("nl")}
     * @return this setup
     */
    public AgentSetup language(Locale language) {
        requireNonNull(language, "language");
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), false, a.teams(), language, a.channels(), a.email()));
        return this;
    }

    /**
     * Sets the channels the agent accepts notifications on (default: mail only), replacing the ones
     * it had.
     *
     * @param first a channel
     * @param more the other channels, if any
     * @return this setup
     */
    public AgentSetup channels(Channel first, Channel... more) {
        Set<Channel> channels = EnumSet.of(requireNonNull(first, "channels"), more);
        cast.updateActor(id, a -> Cast.with(a, a.displayName(), false, a.teams(), a.language(), channels, a.email()));
        return this;
    }

    /**
     * Another agent, added if new; see {@link WorkflowScenario#agent(String)}.
     *
     * @param agentId the other agent's id, not blank
     * @return the other agent's setup
     * @throws IllegalArgumentException if the id is blank, or taken by a contact
     */
    public AgentSetup agent(String agentId) {
        return cast.agent(agentId);
    }

    /**
     * A customer, added if new; see {@link WorkflowScenario#customer(String)}.
     *
     * @param customerId the customer's id, not blank
     * @return the customer's setup
     * @throws IllegalArgumentException if {@code customerId} is blank
     */
    public CustomerSetup customer(String customerId) {
        return cast.customer(customerId);
    }

    private static List<String> concat(String first, String... more) {
        requireNonNull(first, "team");
        List<String> all = new java.util.ArrayList<>(List.of(first));
        for (String m : more) {
            all.add(requireNonNull(m, "team"));
        }
        return all;
    }
}
