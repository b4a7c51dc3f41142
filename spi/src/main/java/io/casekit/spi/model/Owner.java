package io.casekit.spi.model;

import io.casekit.spi.internal.Checks;

/** Who a case is assigned to: one agent, or a team. */
public sealed interface Owner {

    /** The owner's id in the host's identity provider. */
    String id();

    /** Assigns to one agent. */
    static Owner agent(String agentId) {
        return new Agent(agentId);
    }

    /** Assigns to a team. */
    static Owner team(String teamId) {
        return new Team(teamId);
    }

    /** A case owned by one agent. @param id the agent's id */
    record Agent(String id) implements Owner {
        public Agent {
            Checks.notBlank(id, "owner.agentId");
        }
    }

    /** A case owned by a team. @param id the team's id */
    record Team(String id) implements Owner {
        public Team {
            Checks.notBlank(id, "owner.teamId");
        }
    }
}
