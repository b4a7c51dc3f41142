package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Owner;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Assigns a case to an agent or a team, or unassigns it. Agents and the system only.
 *
 * @param caseId the case
 * @param owner the new owner; empty unassigns
 */
@API(status = STABLE, since = "0.1.0")
public record Assign(@NotNull CaseId caseId, @NotNull Optional<Owner> owner) implements CaseCommand.OnCase {

    /**
     * Assigns to the owner.
     *
     * @param caseId the case
     * @param owner the new owner
     * @throws NullPointerException if {@code owner} is null (use {@link #nobody} to unassign)
     */
    public Assign(CaseId caseId, Owner owner) {
        this(caseId, Arguments.given(owner, "owner"));
    }

    /**
     * Unassigns the case.
     *
     * @param caseId the case
     * @return the command
     */
    public static Assign nobody(CaseId caseId) {
        return new Assign(caseId, Optional.empty());
    }
}
