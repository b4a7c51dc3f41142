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
package io.casekit.examples.portal.access;

import io.casekit.core.Casekit;
import io.casekit.core.access.AccessRefusedException;
import io.casekit.core.access.AccessRequestForm;
import io.casekit.core.access.Invite;
import io.casekit.examples.portal.demo.DemoPeople;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.examples.portal.signin.Sessions;
import io.casekit.examples.portal.signin.SignInController;
import io.casekit.examples.portal.web.Refusals;
import io.casekit.spi.CasekitException;
import io.casekit.spi.access.AccessRequestState;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Getting into the portal without an account, as the guides describe: an invitation code from a
 * mail (guide 000) signs the new contact in at once; anyone may ask for access (guide 001), and
 * the desk approves or refuses; an authorised contact sees its colleagues and invites new ones
 * where its definition lets contacts invite.
 */
@Controller
public class AccessController {

    private final Casekit casekit;
    private final IdentityProvider identity;
    private final Sessions sessions;

    /**
     * @param casekit invitations and access requests
     * @param identity the contacts of a customer
     * @param sessions signs an invited contact in
     */
    public AccessController(Casekit casekit, IdentityProvider identity, Sessions sessions) {
        this.casekit = casekit;
        this.identity = identity;
        this.sessions = sessions;
    }

    /**
     * @param code the code from the mail's link, if it came with it
     * @param model the page's model
     * @return the redeem form
     */
    @GetMapping("/invitation")
    public String invitation(@RequestParam Optional<String> code, Model model) {
        model.addAttribute("code", code.orElse(""));
        return "access/invitation";
    }

    /**
     * Redeems the code: Casekit creates the contact, and the portal signs it in.
     *
     * @param code the code
     * @param request the request
     * @param response the response
     * @param redirect carries a refusal back
     * @return the new contact's home page
     */
    @PostMapping("/invitation")
    public String redeem(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Actor contact;
        try {
            contact = casekit.invitations().redeem(code);
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", SignInController.refusal(e));
            return "redirect:/invitation";
        }
        sessions.signIn(PortalUser.of(contact), request, response);
        return "redirect:/";
    }

    /**
     * @param model the page's model
     * @return the empty access request form
     */
    @GetMapping("/access-request")
    public String accessRequestForm(Model model) {
        model.addAttribute("values", Map.of());
        return "access/request";
    }

    /**
     * @param values the form: name, email, company, reason, and optionally phone and function
     * @param model the page's model
     * @return the thank-you page, or the form filled in with Casekit's refusal
     */
    @PostMapping("/access-request")
    public String requestAccess(@RequestParam Map<String, String> values, Model model) {
        try {
            casekit.accessRequests().submit(new AccessRequestForm(values.getOrDefault("name", ""), values.getOrDefault("email", ""),
                    values.getOrDefault("company", ""), optional(values, "phone"), optional(values, "function"),
                    values.getOrDefault("reason", ""), LocaleContextHolder.getLocale(), Optional.empty()));
            return "access/requested";
        } catch (CasekitException | IllegalArgumentException e) {
            model.addAttribute("error", Refusals.describe(e));
            model.addAttribute("values", values);
            return "access/request";
        }
    }

    private static Optional<String> optional(Map<String, String> values, String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    /**
     * @param user the signed-in contact
     * @param model the page's model
     * @return the colleagues page: the customer's contacts, its invitations, and the invite form for
     *     an authorised contact
     */
    @GetMapping("/colleagues")
    public String colleagues(@AuthenticationPrincipal PortalUser user, Model model) {
        String customer = user.customerId().orElseThrow();
        model.addAttribute("contacts", identity.contactsOf(customer));
        boolean mayInvite = identity.findActor(user.actorId()).map(Actor::authorisedContact).orElse(false)
                && casekit.definitionForNewCase(customer).contactsMayInvite();
        model.addAttribute("mayInvite", mayInvite);
        model.addAttribute("invitations", mayInvite ? casekit.invitations().ofCustomer(user.actorId(), customer) : List.of());
        return "access/colleagues";
    }

    /**
     * @param user the signed-in authorised contact
     * @param email the colleague's address
     * @param name the colleague's name
     * @param language the colleague's language
     * @param redirect the outcome
     * @return the colleagues page
     */
    @PostMapping("/colleagues/invite")
    public String invite(@AuthenticationPrincipal PortalUser user, @RequestParam String email, @RequestParam String name,
            @RequestParam(defaultValue = "en") String language, RedirectAttributes redirect) {
        try {
            casekit.invitations().invite(user.actorId(),
                    new Invite(user.customerId().orElseThrow(), email, name, Locale.forLanguageTag(language), false));
            redirect.addFlashAttribute("done", true);
        } catch (CasekitException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Refusals.describe(e));
        }
        return "redirect:/colleagues";
    }

    /**
     * @param user the signed-in agent
     * @param model the page's model
     * @return the pending access requests, with the customers to approve them for
     */
    @GetMapping("/desk/access-requests")
    public String accessRequests(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("requests", casekit.accessRequests().list(user.actorId(), Optional.of(AccessRequestState.PENDING)));
        model.addAttribute("customers", DemoPeople.customers());
        return "access/requests";
    }

    /**
     * @param user the signed-in agent
     * @param id the request
     * @param decision {@code approve} or {@code refuse}
     * @param customer the customer the person is a contact of, for an approval
     * @param authorised whether the new contact is authorised
     * @param redirect the outcome
     * @return the access requests page
     */
    @PostMapping("/desk/access-requests")
    public String decide(@AuthenticationPrincipal PortalUser user, @RequestParam String id, @RequestParam String decision,
            @RequestParam Optional<String> customer, @RequestParam(defaultValue = "false") boolean authorised, RedirectAttributes redirect) {
        try {
            if ("approve".equals(decision)) {
                casekit.accessRequests().approve(user.actorId(), id, customer.orElse(""), authorised);
            } else {
                casekit.accessRequests().refuse(user.actorId(), id);
            }
            redirect.addFlashAttribute("done", true);
        } catch (CasekitException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Refusals.describe(e));
        }
        return "redirect:/desk/access-requests";
    }
}
