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
package io.casekit.core.cases.internal;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.store.CaseStore;
import java.util.Locale;
import java.util.Optional;

/**
 * Who acts, and which cases it may see: a contact sees its own customer's cases only; agents and
 * the system see every case. A case the actor may not see is reported as not found, as if it did not
 * exist. Thread-safe.
 */
final class Access {

    /** The actor that timers and {@code executeAsSystem} act as. */
    static final Actor SYSTEM = Actor.system("system", "Casekit").language(Locale.ENGLISH).build();

    private final CaseStore store;
    private final IdentityProvider identity;

    Access(CaseStore store, IdentityProvider identity) {
        this.store = store;
        this.identity = identity;
    }

    /**
     * The actor with this id.
     *
     * @throws AccessDeniedException if the identity provider does not know it
     */
    Actor actor(String actorId) {
        return identity.findActor(actorId).orElseThrow(() -> new AccessDeniedException(actorId, "unknown actor"));
    }

    /**
     * The case, as the actor may see it.
     *
     * @throws CaseNotFoundException if there is no such case, or the actor may not see it
     */
    Case visible(Actor actor, CaseId id) {
        return find(actor, id).orElseThrow(() -> new CaseNotFoundException(id.value()));
    }

    /** The case, if it exists and the actor may see it. */
    Optional<Case> find(Actor actor, CaseId id) {
        return store.find(id).filter(c -> canSee(actor, c));
    }

    /** Whether the actor may see the case. */
    static boolean canSee(Actor actor, Case c) {
        return actor.kind() != ActorKind.CONTACT || actor.customerId().equals(Optional.of(c.customerId()));
    }
}
