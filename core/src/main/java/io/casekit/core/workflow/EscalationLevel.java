package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The people a case escalates to at one level (guide 003: the service desk, the coordinator, the
 * COO, the director), addressed by rules with {@code escalation:N}.
 *
 * @param level 1 or more
 * @param contacts the actor ids, as the identity provider knows them
 */
public record EscalationLevel(int level, List<String> contacts) {

    public EscalationLevel {
        contacts = List.copyOf(requireNonNull(contacts, "escalation.contacts"));
    }
}
