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
package io.casekit.examples.portal.demo;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Prints where the portal runs and whom a visitor can sign in as, once it is ready. */
@Component
public class DemoLogins implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLogins.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : 8080;
        String people = DemoPeople.people().stream()
                .map(actor -> String.format("  %-22s %-7s %-16s %s", actor.email().orElseThrow(), actor.kind().name().toLowerCase(java.util.Locale.ROOT),
                        actor.displayName(), describe(actor)))
                .collect(Collectors.joining("\n"));
        LOG.info("""

                Casekit portal on http://localhost:{}/  (the mailbox with the sign-in codes: http://localhost:{}/mailbox)
                Sign in with one of these addresses; the code arrives in the mailbox:
                {}""", port, port, people);
    }

    private static String describe(Actor actor) {
        if (actor.kind() == ActorKind.AGENT) {
            return "teams " + String.join(", ", actor.teams());
        }
        return actor.customerId().orElseThrow() + (actor.authorisedContact() ? ", authorised" : "");
    }
}
