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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Opens the session of a person who proved to own its mail address, by a code or an invitation. */
@Component
public class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final SecurityContextRepository contexts;

    /** @param contexts keeps the signed-in user in the session */
    public Sessions(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    /**
     * Signs the person in; the session gets a new id against session fixation.
     *
     * @param user the person
     * @param request the request
     * @param response the response
     */
    public void signIn(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        LOG.info("{} signed in", user.actorId());
    }
}
