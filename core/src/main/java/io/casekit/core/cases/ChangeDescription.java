package io.casekit.core.cases;

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
/**
 * Changes a case's description.
 *
 * @param caseId the case
 * @param description the new description
 */
public record ChangeDescription(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_TEXT) @Pattern(regexp = CaseCommand.NO_CONTROL_CHARACTERS, message = "must not contain control characters") String description) implements CaseCommand.OnCase {}
