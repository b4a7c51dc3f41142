package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.text.NoControlCharacters;
import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Takes a case one level up the customer's escalation ladder (guide 003: service desk, coordinator,
 * operations director, managing director). Agents and the system only; refused at the highest level
 * of the definition. Notification rules on {@code ESCALATED} reach the people of the new level.
 *
 * @param caseId the case
 * @param reason why, kept as an internal comment with the escalation
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Escalate(@NotNull CaseId caseId, @NotNull Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String> reason) implements CaseCommand.OnCase {

    /**
     * Escalates without a reason.
     *
     * @param caseId the case
     */
    public Escalate(CaseId caseId) {
        this(caseId, Optional.empty());
    }

    /**
     * Escalates with a reason for the agents.
     *
     * @param caseId the case
     * @param reason why, kept as an internal comment
     * @throws NullPointerException if {@code reason} is null (use the one-argument constructor for none)
     */
    public Escalate(CaseId caseId, String reason) {
        this(caseId, Arguments.given(reason, "reason"));
    }
}
