package io.casekit.core.cases;

import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
/**
 * Adds a comment to a case's timeline. Contacts write public comments only.
 *
 * @param caseId the case
 * @param body the comment text
 * @param visibility who may read it
 */
public record AddComment(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String body, @NotNull Visibility visibility) implements CaseCommand.OnCase {}
