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
package io.casekit.examples.portal.load;

import io.casekit.examples.portal.load.PortalSession.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's journey. A round: the desk's queue in one of its scopes in turn (all, mine, teams,
 * unassigned; the whole queue when the scope is empty); a case page from it; and one of the desk
 * panel's forms in turn, if the page offers it (else an internal note): an internal note (the case
 * page's reply form with "internal" ticked, multipart as the form is; {@code /desk/case/{n}/note} if
 * the page has no such form), assign to me, a status change to one of the statuses the panel offers
 * (with a comment); followed to the case page, which must say "saved".
 */
final class AgentJourney extends Journey {

    private static final List<String> SCOPES = List.of("all", "mine", "teams", "unassigned");
    private static final Pattern STATUS_SELECT = Pattern.compile("<select id=\"status\" name=\"status\">(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");

    /**
     * @param session the agent's browser
     * @param deadline when the journey ends
     */
    AgentJourney(PortalSession session, long deadline) {
        super(session, deadline);
    }

    @Override
    protected void round(int round) {
        String scope = SCOPES.get(round % SCOPES.size());
        Page desk = session.get(PageKind.DESK, "/desk?scope=" + scope, "name=\"scope\"");
        List<String> numbers = caseNumbers(desk);
        if (numbers.isEmpty() && !scope.equals("all")) {
            numbers = caseNumbers(session.get(PageKind.DESK, "/desk?scope=all", "name=\"scope\""));
        }
        if (numbers.isEmpty()) {
            return;
        }
        String number = any(numbers);
        String casePage = "/case/" + number;
        String panel = "id=\"desk-panel\"";
        Page page = session.get(PageKind.AGENT_CASE, casePage, panel);
        String base = "/desk/case/" + number;
        List<String> statuses = statuses(page);
        int form = round % 3;
        if (form == 1 && page.body().contains("action=\"" + base + "/assign\"")) {
            submit(PageKind.ASSIGN, PageKind.AGENT_CASE, casePage, page,
                    from -> session.postForm(PageKind.ASSIGN, base + "/assign", from, Map.of("to", "me")), panel);
        } else if (form == 2 && !statuses.isEmpty()) {
            Map<String, String> fields = Map.of("status", any(statuses), "comment", "Status changed by " + session.name() + ".");
            submit(PageKind.STATUS, PageKind.AGENT_CASE, casePage, page,
                    from -> session.postForm(PageKind.STATUS, base + "/status", from, fields), panel);
        } else {
            Map<String, String> note = Map.of("body", "Internal note of " + session.name() + ", round " + round + ".");
            String reply = "/case/" + number + "/comment";
            Function<Page, URI> post = page.body().contains("action=\"" + reply + "\"") && page.body().contains("name=\"internal\"")
                    ? from -> session.postMultipart(PageKind.NOTE, reply, from, withInternal(note))
                    : from -> session.postForm(PageKind.NOTE, base + "/note", from, note);
            submit(PageKind.NOTE, PageKind.AGENT_CASE, casePage, page, post, panel);
        }
    }

    private static Map<String, String> withInternal(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("internal", "true");
        return all;
    }

    private static List<String> statuses(Page page) {
        List<String> values = new ArrayList<>();
        Matcher select = STATUS_SELECT.matcher(page.body());
        if (select.find()) {
            Matcher option = OPTION.matcher(select.group(1));
            while (option.find()) {
                values.add(option.group(1));
            }
        }
        return values;
    }
}
