package io.casekit.core.cases;

import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.LinkKind;
import jakarta.validation.constraints.NotNull;

/**
 * Removes a parent or child link between two cases, on both. Agents and the system only. Returns
 * the case.
 *
 * @param caseId the case that has the link
 * @param otherId the other case
 * @param kind {@link LinkKind#PARENT} or {@link LinkKind#CHILD}
 */
public record Unlink(@NotNull CaseId caseId, @NotNull CaseId otherId, @NotNull LinkKind kind) implements CaseCommand.OnCases {}
