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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import org.apiguardian.api.API;

/**
 * Who did something, as recorded in an event: the actor's kind and id at that moment.
 *
 * @param kind the kind of actor
 * @param id the actor's id in the host's identity provider, never blank
 */
@API(status = STABLE, since = "0.1.0")
public record ActorRef(ActorKind kind, String id) {

    /** The Casekit system itself, for changes that no person made. */
    public static final ActorRef SYSTEM = new ActorRef(ActorKind.SYSTEM, "system");

    /**
     * Checks the components.
     *
     * @param kind the kind of actor
     * @param id the actor's id in the host's identity provider, never blank
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public ActorRef {
        Checks.notNull(kind, "actor.kind");
        Checks.notBlank(id, "actor.id");
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
