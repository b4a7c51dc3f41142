package io.casekit.core.cases;

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
/**
 * Changes a case's description.
 *
 * @param caseId the case
 * @param description the new description
 */
public record ChangeDescription(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String description) implements CaseCommand.OnCase {}
