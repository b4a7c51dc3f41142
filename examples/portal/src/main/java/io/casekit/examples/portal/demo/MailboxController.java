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

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mailbox page: every mail the development mail server received, newest first, so that a
 * visitor of the demo can read its sign-in code. Only there while the development server runs.
 */
@Controller
@ConditionalOnBooleanProperty(name = "portal.development-mail", matchIfMissing = true)
public class MailboxController {

    private final DevelopmentMailServer server;

    /** @param server the development mail server */
    public MailboxController(DevelopmentMailServer server) {
        this.server = server;
    }

    /**
     * @param to only the mails to this address, when given
     * @param model the page's model
     * @return the mailbox page
     */
    @GetMapping("/mailbox")
    public String mailbox(@RequestParam Optional<String> to, Model model) {
        model.addAttribute("mails", server.received(to.filter(s -> !s.isBlank())));
        model.addAttribute("to", to.orElse(""));
        return "mailbox";
    }
}
