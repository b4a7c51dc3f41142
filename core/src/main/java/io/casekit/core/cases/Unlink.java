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
