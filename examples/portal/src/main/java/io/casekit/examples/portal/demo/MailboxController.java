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

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The mailbox page: every mail the development mail server received, newest first, so that a
 * visitor of the demo can read its sign-in code and answer a case's mail as its recipient would.
 * Only there while the development server runs: it shows everyone's mail to anyone.
 */
@Controller
@ConditionalOnBooleanProperty(name = "portal.development-mail", matchIfMissing = true)
public class MailboxController {

    private final DevelopmentMailServer server;
    private final String deskAddress;

    /**
     * @param server the development mail server
     * @param deskAddress the desk's address, where replies go
     */
    public MailboxController(DevelopmentMailServer server, @Value("${casekit.mail.from}") String deskAddress) {
        this.server = server;
        this.deskAddress = deskAddress;
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

    /**
     * Answers a mail as its recipient's mail client would: over SMTP to the desk's address, with
     * "Re: " and the case number in the subject.
     *
     * @param from the recipient of the mail answered, now the sender
     * @param subject the subject of the mail answered
     * @param text the answer
     * @param redirect carries the outcome back to the mailbox
     * @return the mailbox of the sender
     */
    @PostMapping("/mailbox/reply")
    public String reply(@RequestParam String from, @RequestParam String subject, @RequestParam String text,
            RedirectAttributes redirect) {
        try {
            server.send(from, deskAddress, subject.startsWith("Re:") ? subject : "Re: " + subject, text);
            redirect.addFlashAttribute("done", true);
        } catch (MessagingException e) {
            redirect.addFlashAttribute("error", "The development mail server refused the mail: " + e.getMessage());
        }
        return "redirect:/mailbox?to=" + UriUtils.encodeQueryParam(from, StandardCharsets.UTF_8);
    }
}
