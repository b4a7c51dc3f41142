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
package io.casekit.core.access.internal;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides who may let people into a customer's portal: every agent, and the customer's authorised
 * contacts where the customer's definition says {@code contactsMayInvite}. Thread-safe.
 */
final class Gatekeeper {

    private final IdentityProvider identity;
    private final Function<String, WorkflowDefinition> definitionOf;

    /**
     * @param identity who the actors are
     * @param definitionOf the definition a customer's new cases get
     */
    Gatekeeper(IdentityProvider identity, Function<String, WorkflowDefinition> definitionOf) {
        this.identity = identity;
        this.definitionOf = definitionOf;
    }

    /** The actor, if it may invite to the customer and decide its access requests. */
    Actor mayLetIn(String actorId, String customerId) {
        Actor actor = known(actorId);
        if (actor.kind() == ActorKind.AGENT || contactMayLetIn(actor, Optional.of(customerId))) {
            return actor;
        }
        throw new AccessDeniedException(actorId, "may not let people into customer " + customerId);
    }

    /** The actor, if it may decide some access requests: an agent, or an authorised contact whose definition allows it. */
    Actor mayDecideSome(String actorId) {
        Actor actor = known(actorId);
        if (actor.kind() == ActorKind.AGENT || contactMayLetIn(actor, actor.customerId())) {
            return actor;
        }
        throw new AccessDeniedException(actorId, "may not decide access requests");
    }

    /** The actor, if the identity provider knows it. */
    Actor known(String actorId) {
        return identity.findActor(actorId).orElseThrow(() -> new AccessDeniedException(actorId, "unknown actor"));
    }

    private boolean contactMayLetIn(Actor actor, Optional<String> customerId) {
        return actor.kind() == ActorKind.CONTACT && actor.authorisedContact() && customerId.isPresent()
                && actor.customerId().equals(customerId) && definitionOf.apply(customerId.get()).contactsMayInvite();
    }
}
