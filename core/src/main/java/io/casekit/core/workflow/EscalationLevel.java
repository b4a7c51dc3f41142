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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.SlaKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One rung of the escalation ladder (guide 003: the service desk, the coordinator, the COO, the
 * director): the people a case escalates to at this level, addressed by rules with {@code
 * escalation:N} (or {@code escalation}, the level a case has reached), and the SLA breaches that
 * take a case up to this level by themselves.
 *
 * @param level 1 or more
 * @param contacts the actor ids, as the identity provider knows them
 * @param onBreach the kinds of SLA instance whose breach escalates a case to this level (if it is
 *     lower); empty if only an agent's {@code Escalate} reaches it
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record EscalationLevel(int level, List<String> contacts, Set<SlaKind> onBreach) {

    /**
     * A level that only an agent reaches.
     *
     * @param level 1 or more
     * @param contacts the actor ids, as the identity provider knows them
     */
    public EscalationLevel(int level, List<String> contacts) {
        this(level, contacts, Set.of());
    }

    /**
     * Copies the collections; the level and contacts are checked when the definition is built.
     *
     * @param level 1 or more
     * @param contacts the actor ids, as the identity provider knows them
     * @param onBreach the kinds of SLA instance whose breach escalates a case to this level (if it is
     *     lower); empty if only an agent's {@code Escalate} reaches it
     */
    public EscalationLevel {
        contacts = List.copyOf(requireNonNull(contacts, "escalation.contacts"));
        onBreach = onBreach.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(onBreach));
    }
}
