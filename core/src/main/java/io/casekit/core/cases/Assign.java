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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Owner;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Assigns a case to an agent or a team, or unassigns it. Agents and the system only.
 *
 * @param caseId the case
 * @param owner the new owner; empty unassigns
 */
@API(status = STABLE, since = "0.1.0")
public record Assign(@NotNull CaseId caseId, @NotNull Optional<Owner> owner) implements CaseCommand.OnCase {

    /**
     * Assigns to the owner.
     *
     * @param caseId the case
     * @param owner the new owner
     * @throws NullPointerException if {@code owner} is null (use {@link #nobody} to unassign)
     */
    public Assign(CaseId caseId, Owner owner) {
        this(caseId, Arguments.given(owner, "owner"));
    }

    /**
     * Unassigns the case.
     *
     * @param caseId the case
     * @return the command
     */
    public static Assign nobody(CaseId caseId) {
        return new Assign(caseId, Optional.empty());
    }
}
