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

/**
 * The kinds of request the load driver measures, each with its own latency histogram. The floor
 * kinds are requests that touch no case: what the HTTP stack, Spring Security and (for the sign-in
 * page) Thymeleaf cost by themselves, for comparison with the pages.
 */
enum PageKind {

    /** {@code GET /portal.css}: a static resource, the floor of the HTTP stack. */
    FLOOR_CSS("floor: GET /portal.css"),
    /** {@code GET /sign-in}: a template without a case, the floor of a rendered page. */
    FLOOR_SIGN_IN("floor: GET /sign-in"),
    /** {@code GET /}: the contact's dashboard, two counts and the five newest cases. */
    DASHBOARD("contact: dashboard /"),
    /** {@code GET /cases?view=..&sort=..&dir=..}: a list with a view and a sort. */
    LIST("contact: list /cases"),
    /** {@code GET /cases?q=word*}: a search. */
    SEARCH("contact: search /cases?q="),
    /** {@code GET /case/{number}} as a contact. */
    CASE("contact: case page"),
    /** {@code POST /case/{number}/comment}: a reply (the redirect only; the page after it is a case page). */
    REPLY("contact: POST reply"),
    /** {@code GET /new}: the new-case form. */
    NEW_FORM("contact: new-case form"),
    /** {@code POST /new}: a new case, multipart without files. */
    NEW_CASE("contact: POST new case"),
    /** {@code GET /desk?scope=..}: the agent's queue. */
    DESK("agent: desk /desk"),
    /** {@code GET /case/{number}} as an agent, with the desk's panel. */
    AGENT_CASE("agent: case page"),
    /** {@code POST /desk/case/{number}/assign}. */
    ASSIGN("agent: POST assign"),
    /** {@code POST /desk/case/{number}/status}. */
    STATUS("agent: POST status"),
    /** An internal note: the case page's reply form with "internal" ticked, or {@code POST /desk/case/{number}/note}. */
    NOTE("agent: POST note"),
    /** {@code GET /cases/export?format=csv}: every case the contact may see, streamed. */
    EXPORT_CSV("export: csv, whole list"),
    /** {@code GET /cases/export?format=xlsx}: every case the contact may see, streamed. */
    EXPORT_XLSX("export: xlsx, whole list");

    private final String label;

    PageKind(String label) {
        this.label = label;
    }

    /** {@return the kind as the report prints it} */
    String label() {
        return label;
    }

    /** {@return whether the kind is one of the exports, measured on their own after the run} */
    boolean export() {
        return this == EXPORT_CSV || this == EXPORT_XLSX;
    }
}
