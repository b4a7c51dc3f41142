package io.casekit.core.cases;

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
/**
 * Moves a case to a stage of its case type's pipeline: into the first stage, or to a stage that follows the current one.
 *
 * @param caseId the case
 * @param stage the target stage code
 */
public record MoveStage(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_CODE) String stage) implements CaseCommand.OnCase {}
