package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.text.NoControlCharacters;
import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * Refuses the case's pending request of an approval kind, saying why. Only an authorised contact of
 * the case's customer may refuse.
 *
 * @param caseId the case
 * @param kind the approval kind's code
 * @param reason why (public)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RefuseApproval(
        @NotNull CaseId caseId,
        @NotBlank @Size(max = CaseCommand.MAX_CODE) String kind,
        @NotBlank @Size(max = CaseCommand.MAX_TEXT) @NoControlCharacters(lineBreaks = true) String reason)
        implements CaseCommand.OnCase {}
