package io.casekit.core.cases;

import io.casekit.core.text.NoControlCharacters;
import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
/**
 * Changes a case's title.
 *
 * @param caseId the case
 * @param title the new title
 */
public record ChangeTitle(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_TITLE) @NoControlCharacters String title) implements CaseCommand.OnCase {}
