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
package io.casekit.examples.portal.desk;

import io.casekit.core.Casekit;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.Escalate;
import io.casekit.core.cases.Link;
import io.casekit.core.cases.Merge;
import io.casekit.core.cases.MoveStage;
import io.casekit.core.cases.RequestApproval;
import io.casekit.examples.portal.cases.CaseActions;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.examples.portal.web.FormFields;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import io.casekit.spi.query.CaseSortField;
import io.casekit.spi.query.PageCursor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service desk: the queue of open cases, most urgent priority first, with each case's SLA
 * state; and the agent's actions on a case page: assign, status change (only the targets the
 * definition allows), internal notes, escalation, stage moves with the released-in
 * environment, approvals to request, merge and link.
 */
@Controller
public class DeskController {

    private final Casekit casekit;
    private final IdentityProvider identity;
    private final CaseActions actions;

    /**
     * @param casekit the cases
     * @param identity the agent's teams
     * @param actions runs the case page's actions
     */
    public DeskController(Casekit casekit, IdentityProvider identity, CaseActions actions) {
        this.casekit = casekit;
        this.identity = identity;
        this.actions = actions;
    }

    /**
     * @param user the signed-in agent
     * @param scope {@code mine}, {@code teams}, {@code unassigned} or {@code all}
     * @param q a {@code *} search
     * @param after the page's cursor
     * @param model the page's model
     * @return the queue
     */
    @GetMapping("/desk")
    public String queue(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "all") String scope,
            @RequestParam Optional<String> q, @RequestParam Optional<String> after, Model model) {
        CaseFilter.Builder filter = CaseFilter.builder().states(CaseState.OPEN);
        switch (scope) {
            case "mine" -> filter.owners(new Owner.Agent(user.actorId()));
            case "teams" -> filter.owners(teams(user).stream().<Owner>map(Owner.Team::new).toList());
            case "unassigned" -> filter.unassigned(true);
            default -> { }
        }
        q.filter(s -> !s.isBlank()).ifPresent(filter::search);
        CaseQuery query = CaseQuery.firstPage(filter.build()).sortedBy(CaseSort.ascending(CaseSortField.PRIORITY));
        if (after.isPresent() && !after.get().isBlank()) {
            query = query.after(PageCursor.parse(after.get()));
        }
        CasePage page = casekit.cases().search(user.actorId(), query);
        model.addAttribute("page", page);
        model.addAttribute("scope", scope);
        model.addAttribute("q", q.orElse(""));
        return "desk/queue";
    }

    /**
     * @param user the signed-in agent
     * @param number the case
     * @param to {@code me}, {@code nobody} or {@code team:<id>}
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/desk/case/{number}/assign")
    public String assign(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String to,
            RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> execute(user, to.equals("nobody") ? Assign.nobody(c.id())
                : new Assign(c.id(), to.startsWith("team:") ? new Owner.Team(to.substring(5)) : new Owner.Agent(user.actorId()))));
    }

    /**
     * @param user the signed-in agent
     * @param number the case
     * @param status the target status reason
     * @param comment a comment, required where a guard asks for one
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/desk/case/{number}/status")
    public String status(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String status,
            @RequestParam Optional<String> comment, RedirectAttributes redirect) {
        return actions.run(user, number, redirect,
                c -> execute(user, new ChangeStatus(c.id(), status, comment.filter(s -> !s.isBlank()))));
    }

    /**
     * @param user the signed-in agent
     * @param number the case
     * @param reason why
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/desk/case/{number}/escalate")
    public String escalate(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
            @RequestParam Optional<String> reason, RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> execute(user, new Escalate(c.id(), reason.filter(s -> !s.isBlank()))));
    }

    /**
     * @param user the signed-in agent
     * @param number the case
     * @param stage the next stage
     * @param values the fields the stage requires, as {@code field.<name>} (the released-in environment)
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/desk/case/{number}/stage")
    public String stage(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String stage,
            @RequestParam Map<String, String> values, RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> {
            MoveStage move = new MoveStage(c.id(), stage);
            for (Map.Entry<String, String> field : FormFields.of(values).entrySet()) {
                move = move.withField(field.getKey(), field.getValue());
            }
            execute(user, move);
        });
    }

    /**
     * @param user the signed-in agent
     * @param number the case
     * @param kind the approval kind
     * @param subject what is to be approved (an estimate: "16 hours")
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/desk/case/{number}/request-approval")
    public String requestApproval(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String kind,
            @RequestParam Optional<String> subject, RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> execute(user,
                new RequestApproval(c.id(), kind, subject.filter(s -> !s.isBlank()), Optional.empty())));
    }

    /**
     * @param user the signed-in agent
     * @param number the case
     * @param body the internal note
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/desk/case/{number}/note")
    public String note(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String body,
            RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> execute(user, new AddComment(c.id(), body, Visibility.INTERNAL)));
    }

    /**
     * Merges other cases into this one, or links one to it.
     *
     * @param user the signed-in agent
     * @param number the case
     * @param other the other case's number
     * @param kind {@code merge}, or a link kind ({@code related}, ...)
     * @param redirect the outcome
     * @return the case page
     */
    @PostMapping("/desk/case/{number}/link")
    public String link(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam String other,
            @RequestParam String kind, RedirectAttributes redirect) {
        return actions.run(user, number, redirect, c -> {
            Case source = casekit.cases().getByNumber(user.actorId(), other.strip());
            execute(user, "merge".equals(kind) ? new Merge(c.id(), List.of(source.id()))
                    : new Link(c.id(), source.id(), LinkKind.valueOf(kind.toUpperCase(Locale.ROOT))));
        });
    }

    private void execute(PortalUser user, CaseCommand command) {
        casekit.cases().execute(user.actorId(), command);
    }

    private Set<String> teams(PortalUser user) {
        return identity.findActor(user.actorId()).map(Actor::teams).orElse(Set.of());
    }
}
