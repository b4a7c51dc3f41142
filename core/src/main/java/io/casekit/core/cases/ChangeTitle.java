package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.core.text.NoControlCharacters;
import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
/**
 * Changes a case's title.
 *
 * @param caseId the case
 * @param title the new title
 */
@API(status = STABLE, since = "0.1.0")
public record ChangeTitle(@NotNull CaseId caseId, @NotBlank @Size(max = CaseCommand.MAX_TITLE) @NoControlCharacters String title) implements CaseCommand.OnCase {}
