package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.CaseId;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;

/**
 * Undoes the merge of a source case, within the definition's unmerge window: the source gets back
 * the status it had before the merge and accepts changes again; the links between it and its
 * target are removed (the source's comments leave the target's timeline). Agents and the system
 * only. Returns the source.
 *
 * @param sourceId the merged case
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Unmerge(@NotNull CaseId sourceId) implements CaseCommand.OnCases {}
