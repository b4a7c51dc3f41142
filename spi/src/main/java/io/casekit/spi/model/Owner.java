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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import org.apiguardian.api.API;

/** Who a case is assigned to: one agent, or a team. */
@API(status = STABLE, since = "0.1.0")
public sealed interface Owner {

    /** {@return the owner's id in the host's identity provider, never blank} */
    String id();

    /**
     * Assigns to one agent.
     *
     * @param agentId the agent's id in the host's identity provider
     * @return the owner
     * @throws IllegalArgumentException if {@code agentId} is blank
     */
    static Owner agent(String agentId) {
        return new Agent(agentId);
    }

    /**
     * Assigns to a team.
     *
     * @param teamId the team's id in the host's identity provider
     * @return the owner
     * @throws IllegalArgumentException if {@code teamId} is blank
     */
    static Owner team(String teamId) {
        return new Team(teamId);
    }

    /** A case owned by one agent. @param id the agent's id */
    record Agent(String id) implements Owner {
        /**
         * Checks the id.
         *
         * @param id the agent's id
         * @throws IllegalArgumentException if {@code id} is blank
         */
        public Agent {
            Checks.notBlank(id, "owner.agentId");
        }
    }

    /** A case owned by a team. @param id the team's id */
    record Team(String id) implements Owner {
        /**
         * Checks the id.
         *
         * @param id the team's id
         * @throws IllegalArgumentException if {@code id} is blank
         */
        public Team {
            Checks.notBlank(id, "owner.teamId");
        }
    }
}
