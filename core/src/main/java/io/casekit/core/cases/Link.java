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
 * Links two cases of one customer as parent and child. The link is recorded on both cases
 * ({@code PARENT} on one, {@code CHILD} on the other), in one atomic commit; closed cases may be
 * linked too. Agents and the system only. Merge and follow-up links are made by {@link Merge} and by
 * a contact's feedback on a closed case, not by this command. Returns the case.
 *
 * @param caseId the case that gets the link
 * @param otherId the other case
 * @param kind {@link LinkKind#PARENT} (the other case is the parent) or {@link LinkKind#CHILD}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Link(@NotNull CaseId caseId, @NotNull CaseId otherId, @NotNull LinkKind kind) implements CaseCommand.OnCases {}
