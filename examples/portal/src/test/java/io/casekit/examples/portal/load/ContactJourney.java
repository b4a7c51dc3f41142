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
import java.util.List;
import java.util.Map;

/**
 * A contact's journey. A round: the dashboard ({@code /}); a list with one of the definition's
 * views (or none) in turn, sorted on a column in turn, ascending or descending, every third round
 * only the contact's own cases; a search for the first word of a demo title ({@code /cases?q=vpn*});
 * a case page from those lists; a reply on it if the page offers the reply form (multipart, as the
 * form is), followed to the case page; and every tenth round the new-case form and a new case
 * (multipart without files), followed to the new case's page.
 */
final class ContactJourney extends Journey {

    private static final List<String> SORTS = List.of("modified", "priority", "number", "title", "status-reason", "created", "case-type");

    private final List<String> views;
    private final List<String> searches;
    private final List<Map<String, String>> newCaseForms;

    /**
     * @param session the contact's browser
     * @param deadline when the journey ends
     * @param views the views of the contact's definition
     * @param searches the search texts
     * @param newCaseForms the new-case forms the contact fills in, in turn
     */
    ContactJourney(PortalSession session, long deadline, List<String> views, List<String> searches,
            List<Map<String, String>> newCaseForms) {
        super(session, deadline);
        List<String> withNone = new ArrayList<>(views);
        withNone.add("");
        this.views = List.copyOf(withNone);
        this.searches = searches;
        this.newCaseForms = newCaseForms;
    }

    @Override
    protected void round(int round) {
        Page home = session.get(PageKind.DASHBOARD, "/", "id=\"by-priority\"");
        String view = views.get(round % views.size());
        String sort = SORTS.get(round % SORTS.size());
        String list = "/cases?view=" + encode(view) + "&sort=" + sort + "&dir=" + (round % 2 == 0 ? "asc" : "desc")
                + (round % 3 == 2 ? "&scope=mine" : "");
        Page cases = session.get(PageKind.LIST, list, "id=\"export-csv\"");
        Page found = session.get(PageKind.SEARCH, "/cases?q=" + encode(any(searches)), "id=\"export-csv\"");
        List<String> numbers = caseNumbers(cases, found);
        if (numbers.isEmpty()) {
            numbers = caseNumbers(home);
        }
        if (!numbers.isEmpty()) {
            String number = any(numbers);
            Page page = session.get(PageKind.CASE, "/case/" + number, "id=\"case-title\"");
            String reply = "/case/" + number + "/comment";
            if (page.body().contains("action=\"" + reply + "\"")) {
                Map<String, String> fields = Map.of("body", "Still happening here, round " + round + " of " + session.name() + ".");
                submit(PageKind.REPLY, PageKind.CASE, "/case/" + number, page,
                        from -> session.postMultipart(PageKind.REPLY, reply, from, fields), "id=\"case-title\"");
            }
        }
        if (round % 10 == 9) {
            Page form = session.get(PageKind.NEW_FORM, "/new", "name=\"caseType\"");
            URI target = session.postMultipart(PageKind.NEW_CASE, "/new", form, newCaseForms.get(round / 10 % newCaseForms.size()));
            if (!target.getPath().startsWith("/case/")) {
                throw session.fail(PageKind.NEW_CASE, "the new case led to " + target);
            }
            session.get(PageKind.CASE, pathOf(target), "id=\"case-title\"");
        }
    }
}
