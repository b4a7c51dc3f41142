package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.LinkKind;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;

/**
 * Removes a parent or child link between two cases, on both. Agents and the system only. Returns
 * the case.
 *
 * @param caseId the case that has the link
 * @param otherId the other case
 * @param kind {@link LinkKind#PARENT} or {@link LinkKind#CHILD}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Unlink(@NotNull CaseId caseId, @NotNull CaseId otherId, @NotNull LinkKind kind) implements CaseCommand.OnCases {}
