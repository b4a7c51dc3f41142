package io.casekit.core.cases;

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
/**
 * Changes a case's title.
 *
 * @param caseId the case
 * @param title the new title
 */
public record ChangeTitle(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_TITLE) @Pattern(regexp = CaseCommand.SINGLE_LINE, message = "must be a single line without control characters") String title) implements CaseCommand.OnCase {}
