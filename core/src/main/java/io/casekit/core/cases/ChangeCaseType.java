package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
/**
 * Changes a case's type (guide 001: a contact may re-categorise its case). The current priority must be allowed by the new type.
 *
 * @param caseId the case
 * @param caseType the new case type code
 */
@API(status = STABLE, since = "0.1.0")
public record ChangeCaseType(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_CODE) String caseType) implements CaseCommand.OnCase {}
