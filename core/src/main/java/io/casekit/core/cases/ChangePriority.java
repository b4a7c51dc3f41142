package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
/**
 * Changes a case's priority (refused for a customer without support contract when the definition fixes its priority).
 *
 * @param caseId the case
 * @param priority the new priority code
 */
@API(status = STABLE, since = "0.1.0")
public record ChangePriority(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_CODE) String priority) implements CaseCommand.OnCase {}
