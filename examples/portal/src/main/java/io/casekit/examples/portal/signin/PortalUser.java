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
package io.casekit.examples.portal.signin;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in: the Casekit actor every page acts as. Kept in the session, so it holds no code
 * and no secret.
 *
 * @param actorId the Casekit actor id
 * @param displayName the name shown in the header
 * @param kind contact or agent
 * @param customerId the contact's customer, empty for an agent
 * @param language the actor's language, the default of the language switch
 */
public record PortalUser(String actorId, String displayName, ActorKind kind, Optional<String> customerId, Locale language)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param actor the actor who proved to own its mail address
     * @return the actor as a portal user
     */
    public static PortalUser of(Actor actor) {
        return new PortalUser(actor.id(), actor.displayName(), actor.kind(), actor.customerId(), actor.language());
    }

    /** {@return whether the user works at the service desk} */
    public boolean isAgent() {
        return kind == ActorKind.AGENT;
    }

    /** {@return the Spring Security roles: {@code ROLE_AGENT} or {@code ROLE_CONTACT}} */
    public List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(isAgent() ? "ROLE_AGENT" : "ROLE_CONTACT"));
    }
}
