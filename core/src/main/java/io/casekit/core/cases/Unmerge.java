/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
