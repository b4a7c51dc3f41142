package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * Grants the case's pending request of an approval kind. Only an authorised contact of the case's
 * customer may approve.
 *
 * @param caseId the case
 * @param kind the approval kind's code
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Approve(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_CODE) String kind) implements CaseCommand.OnCase {}
