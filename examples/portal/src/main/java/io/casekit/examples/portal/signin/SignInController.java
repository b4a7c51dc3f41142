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

import io.casekit.core.Casekit;
import io.casekit.core.access.AccessRefusedException;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in in two steps, as in guide 000: the person types a mail address, Casekit mails a code
 * (valid ten minutes, a few attempts), the person types the code and is signed in.
 *
 * <p>An unknown address gets the same answer as a known one, so that the form does not tell who
 * has an account. The code itself never reaches a log or the session.
 */
@Controller
public class SignInController {

    /** The verification purpose of a sign-in code. */
    public static final String PURPOSE = "login";
    private static final String PENDING = SignInController.class.getName() + ".pending";
    private static final Logger LOG = LoggerFactory.getLogger(SignInController.class);

    private final Casekit casekit;
    private final InMemoryDirectory directory;
    private final Sessions sessions;

    /**
     * @param casekit mails and checks the codes
     * @param directory finds the person by mail address
     * @param sessions signs the person in
     */
    public SignInController(Casekit casekit, InMemoryDirectory directory, Sessions sessions) {
        this.casekit = casekit;
        this.directory = directory;
        this.sessions = sessions;
    }

    /** {@return the first step: the mail address} */
    @GetMapping("/sign-in")
    public String addressForm() {
        return "signin/address";
    }

    /**
     * Mails a code to the person with this address, if there is one.
     *
     * @param email the address typed
     * @param session where the pending sign-in waits for its code
     * @param redirect carries a refusal back to the form
     * @return the second step, or the first again with the reason
     */
    @PostMapping("/sign-in")
    public String requestCode(@RequestParam String email, HttpSession session, RedirectAttributes redirect) {
        Optional<Actor> actor = directory.findByEmail(email.strip());
        session.setAttribute(PENDING, actor.map(Actor::id).orElse(""));
        if (actor.isPresent()) {
            try {
                casekit.verificationCodes().request(actor.get().id(), PURPOSE);
            } catch (AccessRefusedException e) {
                LOG.info("sign-in code refused to {}: {}", actor.get().id(), e.reason());
                redirect.addFlashAttribute("error", refusal(e));
                return "redirect:/sign-in";
            }
        }
        return "redirect:/sign-in/code";
    }

    /** {@return the second step: the code} */
    @GetMapping("/sign-in/code")
    public String codeForm() {
        return "signin/code";
    }

    /**
     * Checks the code and signs the person in.
     *
     * @param code the code typed
     * @param request the request, whose session id changes on sign-in
     * @param response the response
     * @param redirect carries a refusal back to the form
     * @return the home page of the person, or the code form again with the reason
     */
    @PostMapping("/sign-in/code")
    public String verify(@RequestParam String code, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        String actorId = session.getAttribute(PENDING) instanceof String pending ? pending : "";
        try {
            if (actorId.isEmpty()) {
                throw new AccessRefusedException(AccessRefusedException.Reason.NO_CODE, "no code was requested");
            }
            casekit.verificationCodes().verify(actorId, PURPOSE, code);
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", refusal(e));
            return "redirect:/sign-in/code";
        }
        Actor actor = directory.findActor(actorId).orElseThrow();
        sessions.signIn(PortalUser.of(actor), request, response);
        session.removeAttribute(PENDING);
        return actor.kind() == ActorKind.AGENT ? "redirect:/desk" : "redirect:/";
    }

    /**
     * @param e why Casekit refused a code
     * @return the message key that tells the person
     */
    public static String refusal(AccessRefusedException e) {
        return "signin.refused." + e.reason().name();
    }
}
