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
package io.casekit.examples.portal.cases;

import io.casekit.core.Casekit;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.examples.portal.web.Refusals;
import io.casekit.spi.CasekitException;
import io.casekit.spi.model.Case;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs one action of a case page: finds the case as the user (a case the user may not see is
 * "not found"), lets the action run, and carries Casekit's refusal (an invalid value, a move the
 * definition does not allow, something the user may not do on this case) back to the page.
 */
@Component
public class CaseActions {

    private static final Logger LOG = LoggerFactory.getLogger(CaseActions.class);

    private final Casekit casekit;

    /** @param casekit the cases */
    public CaseActions(Casekit casekit) {
        this.casekit = casekit;
    }

    /**
     * @param user the signed-in person
     * @param number the case's number
     * @param redirect carries the outcome to the case page
     * @param action what to do with the case
     * @return the redirect to the case page
     */
    public String run(PortalUser user, String number, RedirectAttributes redirect, Consumer<Case> action) {
        Case c = casekit.cases().getByNumber(user.actorId(), number);
        try {
            action.accept(c);
            redirect.addFlashAttribute("done", true);
        } catch (CasekitException | IllegalArgumentException e) {
            LOG.debug("{} refused on {}: {}", user.actorId(), number, e.getMessage());
            redirect.addFlashAttribute("error", Refusals.describe(e));
        }
        return "redirect:/case/" + number;
    }
}
